/// Snowball's English stemmer ("Porter2"), as snowballstem.org defines it (Snowball 3.1), so that
/// "family" and "families" both give "famili" and "overdose" and "overdosing" give "overdos".
///
/// It reads a lowercase word; letters other than `a e i o u y` count as non-vowels, so words of
/// other scripts and numbers go through unchanged or nearly so. The search script
/// (`assets/search.js`) has the same algorithm, letter for letter; `EnglishStemmerTests` and
/// `scripts/check_stemmers.js` hold both to the same list of words. Linear in the word: each
/// step looks at a few letters at its end.
public enum EnglishStemmer {
    public static func stem(_ text: String) -> String {
        var word = StemmingWord(text)
        guard word.count >= 3 else { return text }
        if word.count <= 6, let exception = exceptions.firstIndex(where: { word.count == $0.word.count && word.ends(with: $0.word) }) {
            return exceptions[exception].stem
        }

        // Prelude: no leading apostrophe; `y` at the start or after a vowel is a consonant, `Y`.
        if word[0] == apostrophe { word.removeFirst() }
        var hasY = false
        for index in 0..<word.count where word[index] == y && (index == 0 || isVowel(word[index - 1])) {
            word.set(index, to: capitalY, isEdit: false)
            hasY = true
        }
        // R1 starts after the first non-vowel after a vowel, or after one of a few prefixes
        // ("gener", "univers") that would otherwise lose too much; R2 the same way after R1.
        let p1 = regionPrefixes.firstIndex(where: { word.starts(with: $0) }).map { regionPrefixes[$0].count }
            ?? word.regionStart(from: 0, isVowel: isVowel)
        let p2 = word.regionStart(from: p1, isVowel: isVowel)

        step1a(&word)
        step1b(&word, p1: p1)
        step1c(&word)
        replace(&word, rules: step2Rules, from: p1, p2: p2)
        replace(&word, rules: step3Rules, from: p1, p2: p2)
        replace(&word, rules: step4Rules, from: p2, p2: p2)
        step5(&word, p1: p1, p2: p2)
        if hasY {
            for index in 0..<word.count where word[index] == capitalY { word.set(index, to: y, isEdit: false) }
        }
        return word.string(original: text)
    }

    // MARK: - The steps

    /// Step 0, the possessive, then step 1a, plurals: `sses`, `ied`, `ies`, `s`.
    private static func step1a(_ word: inout StemmingWord) {
        if word.ends(with: apostropheSApostrophe) {
            word.removeLast(3)
        } else if word.ends(with: apostropheS) {
            word.removeLast(2)
        } else if word.ends(with: justApostrophe) {
            word.removeLast()
        }
        if word.ends(with: sses) {
            word.replaceSuffix(4, with: ss)
        } else if word.ends(with: ied) || word.ends(with: ies) {
            // "ties" gives "tie", "cries" "cri".
            word.replaceSuffix(3, with: word.count - 3 > 1 ? justI : ie)
        } else if word.ends(with: us) || word.ends(with: ss) {
            return
        } else if word.count >= 2, word[word.count - 1] == s, hasVowel(word, before: word.count - 2) {
            // "gaps" loses its s, "gas" and "this" keep it.
            word.removeLast()
        }
    }

    /// Step 1b: `eed`, `ed`, `ing` and their `-ly` forms.
    private static func step1b(_ word: inout StemmingWord, p1: Int) {
        if word.ends(with: eedly) || word.ends(with: eed) {
            let start = word.count - (word.ends(with: eedly) ? 5 : 3)
            if eedExceptions.contains(where: { word.prefix(start, is: $0) }) { return }
            if start >= p1 { word.replaceSuffix(word.count - start, with: ee) }
            return
        }
        let length: Int
        if word.ends(with: ingly) { length = 5 } else if word.ends(with: edly) { length = 4 } else if word.ends(with: ing) {
            length = 3
            let start = word.count - 3
            // "dying" gives "die"; "inning", "outing", "evening" stay as they are.
            if start == 2 && word[1] == y && !isVowel(word[0]) {
                word.replaceSuffix(4, with: ie)
                return
            }
            if ingExceptions.contains(where: { word.prefix(start, is: $0) }) { return }
        } else if word.ends(with: ed) { length = 2 } else { return }
        let start = word.count - length
        guard hasVowel(word, before: start) else { return }
        word.removeLast(length)
        let count = word.count
        if word.ends(with: at) || word.ends(with: bl) || word.ends(with: iz) {
            word.append(e) // "luxuriat" gives "luxuriate"
        } else if count >= 2 && word[count - 1] == word[count - 2] && isDoubled(word[count - 1]) {
            // "hopp" gives "hop", but "add", "egg" and "off" stay.
            if !(count == 3 && (word[0] == a || word[0] == e || word[0] == o)) { word.removeLast() }
        } else if count == p1 && endsWithShortSyllable(word, at: count) {
            word.append(e) // "hop" gives "hope"
        }
    }

    /// Step 1c: a final `y` after a consonant that is not the first letter becomes `i`.
    private static func step1c(_ word: inout StemmingWord) {
        let count = word.count
        guard count >= 3, word[count - 1] == y || word[count - 1] == capitalY, !isVowel(word[count - 2]) else { return }
        word.set(count - 1, to: i)
    }

    /// Steps 2, 3 and 4: the longest suffix of `rules` is replaced when it starts at `start` or
    /// after (in R1 or R2) and its condition holds.
    private static func replace(_ word: inout StemmingWord, rules: SuffixTable<Rule>, from start: Int, p2: Int) {
        guard let rule = word.longest(rules) else { return }
        let position = word.count - rule.suffix.count
        guard position >= start else { return }
        let before = position > 0 ? word[position - 1] : 0
        switch rule.condition {
        case .always: break
        case .inR2: guard position >= p2 else { return }
        case .afterL: guard before == l else { return }
        case .afterValidLI: guard isValidLIEnding(before) else { return }
        case .afterSOrT: guard before == s || before == t else { return }
        }
        word.replaceSuffix(rule.suffix.count, with: rule.replacement)
    }

    /// Step 5: a final `e` in R2, or in R1 after no short syllable, and the second `l` of a final
    /// `ll` in R2, go.
    private static func step5(_ word: inout StemmingWord, p1: Int, p2: Int) {
        let last = word.count - 1
        guard last >= 0 else { return }
        if word[last] == e {
            if last >= p2 || (last >= p1 && !endsWithShortSyllable(word, at: last)) { word.removeLast() }
        } else if word[last] == l, last >= p2, last > 0, word[last - 1] == l {
            word.removeLast()
        }
    }

    // MARK: - Letters

    /// Whether the first `end` letters end in a short syllable: a vowel between a non-vowel and
    /// a non-vowel other than `w`, `x` and `Y`; or a vowel then a non-vowel that are the whole
    /// part; or `past`.
    private static func endsWithShortSyllable(_ word: StemmingWord, at end: Int) -> Bool {
        if end >= 3 {
            let last = word[end - 1]
            if !isVowel(last) && last != w && last != x && last != capitalY && isVowel(word[end - 2]) && !isVowel(word[end - 3]) { return true }
        } else if end == 2 && !isVowel(word[1]) && isVowel(word[0]) {
            return true
        }
        return word.ends(with: past, at: end)
    }

    private static func hasVowel(_ word: StemmingWord, before end: Int) -> Bool {
        var index = 0
        while index < end {
            if isVowel(word[index]) { return true }
            index += 1
        }
        return false
    }

    private static func isVowel(_ letter: UInt32) -> Bool {
        switch letter {
        case a, e, i, o, u, y: return true
        default: return false
        }
    }
}
