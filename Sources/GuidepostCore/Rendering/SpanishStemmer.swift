/// Snowball's Spanish stemmer, as snowballstem.org defines it (Snowball 3.1), so that "reunión" and
/// "reuniones" both give "reunion" and "familia" and "familias" give "famili".
///
/// It reads a lowercase word, with or without accents. Search gives it words already folded
/// (without accents), which is how the algorithm reads text whose accents were left out: the
/// same stem for "reunión" and "reunion". The search script (`assets/search.js`) has the same
/// algorithm; `SpanishStemmerTests` and `scripts/check_stemmers.js` hold both to the same list
/// of words. Linear in the word: each step looks at a few letters at its end.
public enum SpanishStemmer {
    public static func stem(_ text: String) -> String {
        var word = StemmingWord(text)
        let (rv, r1, r2) = regions(word)
        attachedPronoun(&word, rv: rv)
        if !standardSuffix(&word, r1: r1, r2: r2) && !yVerbSuffix(&word, rv: rv) {
            verbSuffix(&word, rv: rv)
        }
        residualSuffix(&word, rv: rv)
        // Acute accents go; ü and ñ stay.
        for index in 0..<word.count where word[index] >= 0xE1 {
            switch word[index] {
            case 0xE1: word.set(index, to: 0x61)
            case 0xE9: word.set(index, to: 0x65)
            case 0xED: word.set(index, to: 0x69)
            case 0xF3: word.set(index, to: 0x6F)
            case 0xFA: word.set(index, to: 0x75)
            default: break
            }
        }
        return word.string(original: text)
    }

    // MARK: - The steps

    /// RV: after the next vowel when the second letter is a consonant, after the next
    /// consonant when the first two are vowels, after the third letter otherwise (the end of the
    /// word when there is no such place); R1 and R2 as in every Snowball stemmer.
    private static func regions(_ word: StemmingWord) -> (rv: Int, r1: Int, r2: Int) {
        let count = word.count
        var rv = count
        if count >= 2 {
            let first = isVowel(word[0]), second = isVowel(word[1])
            if !second {
                // After the next vowel, from the third letter on.
                var index = 2
                while index < count && !isVowel(word[index]) { index += 1 }
                if index < count { rv = index + 1 }
            } else if first {
                var index = 2
                while index < count && isVowel(word[index]) { index += 1 }
                if index < count { rv = index + 1 }
            } else if count >= 3 {
                rv = 3
            }
        }
        let r1 = word.regionStart(from: 0, isVowel: isVowel)
        return (rv, r1, word.regionStart(from: r1, isVowel: isVowel))
    }

    /// Step 0: a pronoun after a verb's `-ando`, `-iendo`, `-ar`, `-er`, `-ir` (or `-yendo` after
    /// `u`) in RV goes: "haciéndola" gives "haciendo".
    private static func attachedPronoun(_ word: inout StemmingWord, rv: Int) {
        guard let pronoun = word.longest(pronouns) else { return }
        let end = word.count - pronoun.count
        guard let index = pronounEndings.firstIndex(where: { word.ends(with: $0.suffix, at: end) }) else { return }
        let ending = pronounEndings[index]
        let start = end - ending.suffix.count
        guard start >= rv else { return }
        if ending.afterU && !(start > 0 && word[start - 1] == u) { return }
        if ending.plain.count > 0 {
            // An accented ending loses its accent too: "ár" becomes "ar".
            word.replaceSuffix(word.count - start, with: ending.plain)
        } else {
            word.removeLast(pronoun.count)
        }
    }

    /// Step 1: the longest standard suffix, in the region its rule names. Whether one was
    /// removed (then steps 2a and 2b are left out).
    private static func standardSuffix(_ word: inout StemmingWord, r1: Int, r2: Int) -> Bool {
        guard let rule = word.longest(standardRules) else { return false }
        let start = word.count - rule.suffix.count
        guard start >= (rule.action == .deleteInR1ThenDerivation ? r1 : r2) else { return false }
        word.replaceSuffix(rule.suffix.count, with: rule.replacement)
        switch rule.action {
        case .replace:
            break
        case .deleteThenIC:
            removeSuffix(ic, from: &word, ifFrom: r2)
        case .deleteInR1ThenDerivation:
            // "-ivamente", "-osamente", "-icamente", "-adamente"; "-ativamente" loses "at" too.
            guard let before = word.longest(amenteEndings), word.count - before.count >= r2 else { break }
            word.removeLast(before.count)
            if before == iv { removeSuffix(at, from: &word, ifFrom: r2) }
        case .deleteThenMente:
            removeLongest(of: menteEndings, from: &word, ifFrom: r2)
        case .deleteThenIdad:
            removeLongest(of: idadEndings, from: &word, ifFrom: r2)
        case .deleteThenAt:
            removeSuffix(at, from: &word, ifFrom: r2)
        }
        return true
    }

    /// Step 2a: a verb suffix that starts with `y`, in RV, after `u`. Whether one was removed.
    private static func yVerbSuffix(_ word: inout StemmingWord, rv: Int) -> Bool {
        guard let suffix = word.longest(yVerbSuffixes, from: rv) else { return false }
        let start = word.count - suffix.count
        guard start > 0, word[start - 1] == u else { return false }
        word.removeLast(suffix.count)
        return true
    }

    /// Step 2b: other verb suffixes, in RV; after `en`, `es`, `éis` and `emos`, the `u` of a
    /// `gu` before them goes too.
    private static func verbSuffix(_ word: inout StemmingWord, rv: Int) {
        guard let rule = word.longest(verbRules, from: rv) else { return }
        var length = rule.suffix.count
        let start = word.count - length
        if rule.afterGU && start >= 2 && word[start - 1] == u && word[start - 2] == g { length += 1 }
        word.removeLast(length)
    }

    /// Step 3: a final `os`, `a`, `o`, `á`, `í`, `ó`, `e` or `é` in RV; after `e` and `é`, the
    /// `u` of a `gu` before it goes too when the `u` is in RV.
    private static func residualSuffix(_ word: inout StemmingWord, rv: Int) {
        guard let suffix = word.longest(residualSuffixes), word.count - suffix.count >= rv else { return }
        word.removeLast(suffix.count)
        if suffix == e || suffix == eAcute {
            let count = word.count
            if count >= 2 && word[count - 1] == u && word[count - 2] == g && count - 1 >= rv { word.removeLast() }
        }
    }

    // MARK: - Helpers

    private static func removeSuffix(_ suffix: Suffix, from word: inout StemmingWord, ifFrom region: Int) {
        if word.ends(with: suffix) && word.count - suffix.count >= region { word.removeLast(suffix.count) }
    }

    private static func removeLongest(of suffixes: SuffixTable<Suffix>, from word: inout StemmingWord, ifFrom region: Int) {
        if let suffix = word.longest(suffixes), word.count - suffix.count >= region { word.removeLast(suffix.count) }
    }

    /// `a e i o u á é í ó ú ü`.
    static func isVowel(_ letter: UInt32) -> Bool {
        switch letter {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xFC: return true
        default: return false
        }
    }
}
