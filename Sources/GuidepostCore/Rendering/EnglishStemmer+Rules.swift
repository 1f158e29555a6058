extension EnglishStemmer {
    /// A suffix of steps 2 to 4, what replaces it, and what must hold besides its region.
    struct Rule: SuffixRule {
        enum Condition { case always, inR2, afterL, afterValidLI, afterSOrT }
        let suffix: Suffix
        let replacement: Suffix
        let condition: Condition

        init(_ suffix: String, _ replacement: String, _ condition: Condition = .always) {
            self.suffix = Suffix(suffix)
            self.replacement = Suffix(replacement)
            self.condition = condition
        }
    }

    /// Step 2, in R1.
    static let step2Rules = SuffixTable([
        Rule("ational", "ate"), Rule("ization", "ize"), Rule("fulness", "ful"), Rule("ousness", "ous"), Rule("iveness", "ive"),
        Rule("tional", "tion"), Rule("biliti", "ble"), Rule("lessli", "less"),
        Rule("entli", "ent"), Rule("ation", "ate"), Rule("alism", "al"), Rule("aliti", "al"), Rule("ousli", "ous"),
        Rule("iviti", "ive"), Rule("fulli", "ful"), Rule("ogist", "og"),
        Rule("enci", "ence"), Rule("anci", "ance"), Rule("abli", "able"), Rule("izer", "ize"), Rule("ator", "ate"), Rule("alli", "al"),
        Rule("bli", "ble"), Rule("ogi", "og", .afterL),
        Rule("li", "", .afterValidLI),
    ])

    /// Step 3, in R1.
    static let step3Rules = SuffixTable([
        Rule("ational", "ate"), Rule("tional", "tion"),
        Rule("alize", "al"), Rule("icate", "ic"), Rule("iciti", "ic"), Rule("ative", "", .inR2),
        Rule("ical", "ic"), Rule("ness", ""), Rule("ful", ""),
    ])

    /// Step 4, in R2.
    static let step4Rules = SuffixTable([
        Rule("ement", ""),
        Rule("ance", ""), Rule("ence", ""), Rule("able", ""), Rule("ible", ""), Rule("ment", ""),
        Rule("ant", ""), Rule("ent", ""), Rule("ism", ""), Rule("ate", ""), Rule("iti", ""), Rule("ous", ""), Rule("ive", ""),
        Rule("ize", ""), Rule("ion", "", .afterSOrT),
        Rule("al", ""), Rule("er", ""), Rule("ic", ""),
    ])

    /// Words stemmed as a whole, before the steps, and their stems.
    static let exceptions: [(word: Suffix, stem: String)] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"),
        ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ].map { (Suffix($0.0), $0.1) }

    /// Prefixes after which R1 starts, so that "generous" and "general" stay apart.
    static let regionPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"].map(Suffix.init)

    /// Words before `eed` and `ing` that keep it: "proceed", "inning", "evening".
    static let eedExceptions = ["proc", "exc", "succ"].map(Suffix.init)
    static let ingExceptions = ["inn", "out", "cann", "herr", "earr", "even"].map(Suffix.init)

    // Letters as Unicode scalar values, written out so that they cost nothing to read.
    static var a: UInt32 { 0x61 }
    static var e: UInt32 { 0x65 }
    static var i: UInt32 { 0x69 }
    static var o: UInt32 { 0x6F }
    static var u: UInt32 { 0x75 }
    static var y: UInt32 { 0x79 }
    static var l: UInt32 { 0x6C }
    static var s: UInt32 { 0x73 }
    static var t: UInt32 { 0x74 }
    static var w: UInt32 { 0x77 }
    static var x: UInt32 { 0x78 }
    static var capitalY: UInt32 { 0x59 }
    static var apostrophe: UInt32 { 0x27 }

    /// Letters a double of which loses one before a removed `ed` or `ing`: `b d f g m n p r t`.
    static func isDoubled(_ letter: UInt32) -> Bool {
        switch letter {
        case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: return true
        default: return false
        }
    }

    /// Letters before which `li` goes in step 2: `c d e g h k m n r t`.
    static func isValidLIEnding(_ letter: UInt32) -> Bool {
        switch letter {
        case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
        default: return false
        }
    }

    static let apostropheSApostrophe = Suffix("'s'"), apostropheS = Suffix("'s"), justApostrophe = Suffix("'")
    static let sses = Suffix("sses"), ss = Suffix("ss"), us = Suffix("us")
    static let ied = Suffix("ied"), ies = Suffix("ies"), justI = Suffix("i"), ie = Suffix("ie")
    static let eed = Suffix("eed"), eedly = Suffix("eedly"), ee = Suffix("ee")
    static let ed = Suffix("ed"), edly = Suffix("edly"), ing = Suffix("ing"), ingly = Suffix("ingly")
    static let at = Suffix("at"), bl = Suffix("bl"), iz = Suffix("iz"), past = Suffix("past")
}
