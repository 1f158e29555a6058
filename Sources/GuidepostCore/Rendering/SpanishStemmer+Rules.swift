extension SpanishStemmer {
    /// A standard suffix of step 1, what replaces it, and what is looked at after.
    struct StandardRule: SuffixRule {
        enum Action: Equatable {
            /// Replaced (or deleted) in R2.
            case replace
            /// Deleted in R2, then `ic` before it in R2.
            case deleteThenIC
            /// `amente`: deleted in R1, then `iv` (and `at` before it), `os`, `ic` or `ad` in R2.
            case deleteInR1ThenDerivation
            /// `mente`: deleted in R2, then `ante`, `able` or `ible` before it in R2.
            case deleteThenMente
            /// `idad`: deleted in R2, then `abil`, `ic` or `iv` before it in R2.
            case deleteThenIdad
            /// `iva`: deleted in R2, then `at` before it in R2.
            case deleteThenAt
        }

        let suffix: Suffix
        let replacement: Suffix
        let action: Action
    }

    /// A verb suffix of step 2b; `afterGU` for `en`, `es`, `éis` and `emos`.
    struct VerbRule: SuffixRule {
        let suffix: Suffix
        let afterGU: Bool
    }

    /// An ending before an attached pronoun; `plain` is the ending without its accent (empty
    /// when it has none), `afterU` for `yendo`, which must follow `u`.
    struct PronounEnding {
        let suffix: Suffix
        let plain: Suffix
        var afterU = false

        init(_ suffix: String, _ plain: String = "", afterU: Bool = false) {
            self.suffix = Suffix(suffix)
            self.plain = Suffix(plain)
            self.afterU = afterU
        }
    }

    static let pronouns = SuffixTable(words("me se sela selo selas selos la le lo las les los nos"))

    static let pronounEndings = [
        PronounEnding("iéndo", "iendo"), PronounEnding("iendo"), PronounEnding("yendo", afterU: true),
        PronounEnding("ándo", "ando"), PronounEnding("ando"),
        PronounEnding("ár", "ar"), PronounEnding("ér", "er"), PronounEnding("ír", "ir"),
        PronounEnding("ar"), PronounEnding("er"), PronounEnding("ir"),
    ]

    /// `acion` and `ucion` are the forms without an accent that Snowball 3 added.
    static let standardRules: SuffixTable<StandardRule> = {
        func rules(_ suffixes: String, _ replacement: String = "", _ action: StandardRule.Action = .replace) -> [StandardRule] {
            words(suffixes).map { StandardRule(suffix: $0, replacement: Suffix(replacement), action: action) }
        }
        let all = rules("anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos")
            + rules("adora ador ación adoras adores aciones ante antes ancia ancias acion", "", .deleteThenIC)
            + rules("logía logías", "log") + rules("ución uciones ucion", "u") + rules("encia encias", "ente")
            + rules("amente", "", .deleteInR1ThenDerivation) + rules("mente", "", .deleteThenMente)
            + rules("idad idades", "", .deleteThenIdad) + rules("iva ivo ivas ivos", "", .deleteThenAt)
        return SuffixTable(all)
    }()

    static let yVerbSuffixes = SuffixTable(words("ya ye yan yen yeron yendo yo yó yas yes yais yamos"))

    static let verbRules: SuffixTable<VerbRule> = {
        let afterGU = words("en es éis emos").map { VerbRule(suffix: $0, afterGU: true) }
        let others = words("""
            arían arías arán arás aríais aría aréis aríamos aremos ará aré
            erían erías erán erás eríais ería eréis eríamos eremos erá eré
            irían irías irán irás iríais iría iréis iríamos iremos irá iré
            aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron ado ido ando iendo ió
            ar er ir as abas adas idas ías aras ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis isteis ados
            idos amos ábamos íamos imos áramos iéramos iésemos ásemos
            """).map { VerbRule(suffix: $0, afterGU: false) }
        return SuffixTable(afterGU + others)
    }()

    static let residualSuffixes = SuffixTable(words("os a o á í ó e é"))

    static let amenteEndings = SuffixTable(words("iv os ic ad"))
    static let menteEndings = SuffixTable(words("ante able ible"))
    static let idadEndings = SuffixTable(words("abil ic iv"))
    static let ic = Suffix("ic"), iv = Suffix("iv"), at = Suffix("at")
    static let e = Suffix("e"), eAcute = Suffix("é")
    static var u: UInt32 { 0x75 }
    static var g: UInt32 { 0x67 }

    // MARK: - Helpers

    private static func words(_ text: String) -> [Suffix] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Suffix(String($0)) }
    }
}
