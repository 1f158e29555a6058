/// What is not translated yet in each edition other than the default: pages, theme strings,
/// catalog texts and meeting kinds, each at the place to add the translation, so that a
/// translator has a work list (`guidepost check`).
public struct TranslationReport: Sendable {
    /// What one language lacks, as notes at their places.
    public struct Language: Sendable {
        public var language: String
        public var pages: [Diagnostic] = []
        public var strings: [Diagnostic] = []
        public var catalog: [Diagnostic] = []
        public var meetingKinds: [Diagnostic] = []
        var pageCount = 0
        var stringCount = 0
        var catalogCount = 0
        var meetingKindCount = 0

        public var notes: [Diagnostic] { pages + strings + catalog + meetingKinds }

        /// `es: 2 of 12 pages, 0 of 98 theme strings, 4 of 120 catalog texts and 0 of 9 meeting kinds not translated`.
        public var summary: String {
            "\(language): \(pages.count) of \(pageCount) pages, \(strings.count) of \(stringCount) theme strings, "
                + "\(catalog.count) of \(catalogCount) catalog texts and \(meetingKinds.count) of \(meetingKindCount) meeting kinds not translated"
        }
    }

    public var languages: [Language] = []

    public init(site: SiteBuilder.RenderedSite) {
        guard let defaultEdition = site.editions.first, site.editions.count > 1 else { return }
        for (config, content) in site.editions.dropFirst() {
            var report = Language(language: config.language)
            let translated = Set(content.pages.compactMap { $0.fallbackLanguage == nil ? $0.translationKey : nil })
            for page in defaultEdition.content.pages {
                guard let key = page.translationKey, let display = page.displayPath else { continue }
                report.pageCount += 1
                guard !translated.contains(key) else { continue }
                let target = display.dropLast(3) + ".\(config.language).md"
                report.pages.append(Diagnostic(.note, at: SourceLocation(file: display, line: 1, column: 1), "not translated into '\(config.language)': write \(target)"))
            }
            if let tables = site.stringTables {
                let keys = tables.keys
                report.stringCount = keys.count
                let path = tables.tablePath(for: config.language)
                let english = tables.strings(for: ThemeStringTables.referenceLanguage)
                report.strings = tables.missingKeys(in: config.language).map { key in
                    let english = english.values[key] ?? ThemeString(rawValue: key)?.english ?? ""
                    return Diagnostic(.note, at: SourceLocation(file: path), "theme string '\(key)' is not translated into '\(config.language)' (English: \"\(english)\")")
                }
            }
            Self.catalogNotes(site.catalog, language: config.language, into: &report)
            Self.meetingKindNotes(site.meetings, language: config.language, into: &report)
            languages.append(report)
        }
    }

    private static func catalogNotes(_ catalog: Catalog, language: String, into report: inout Language) {
        func check(_ text: LocalizedText?, _ what: String, at location: SourceLocation) {
            guard let text else { return }
            report.catalogCount += 1
            guard !text.isTranslated(into: language) else { return }
            report.catalog.append(Diagnostic(.note, at: location, "\(what) has no '\(language)' text: write it as {en: ..., \(language): ...}"))
        }
        for dimension in catalog.dimensions {
            check(dimension.label, "the label of dimension '\(dimension.id)'", at: dimension.location)
            check(dimension.description, "the description of dimension '\(dimension.id)'", at: dimension.location)
            for value in dimension.values ?? [] {
                check(value.label, "the label of value '\(value.id)' of dimension '\(dimension.id)'", at: dimension.location)
                check(value.description, "the description of value '\(value.id)' of dimension '\(dimension.id)'", at: dimension.location)
            }
        }
        for type in catalog.types {
            check(type.name, "the name of type '\(type.id)'", at: type.location)
            check(type.summary, "the summary of type '\(type.id)'", at: type.location)
            check(type.description, "the description of type '\(type.id)'", at: type.location)
        }
        for group in catalog.groups {
            check(group.name, "the name of group '\(group.id)'", at: group.location)
            check(group.summary, "the summary of group '\(group.id)'", at: group.location)
            check(group.description, "the description of group '\(group.id)'", at: group.location)
            for (dimension, value) in group.values.sorted(by: { $0.key < $1.key }) {
                if case .text(let text) = value { check(text, "the '\(dimension)' of group '\(group.id)'", at: group.location) }
            }
        }
        for comparison in catalog.comparisons {
            check(comparison.caption, "the caption of comparison '\(comparison.id)'", at: comparison.location)
            check(comparison.intro, "the intro of comparison '\(comparison.id)'", at: comparison.location)
        }
        for line in catalog.helpLines {
            check(line.name, "the name of help line '\(line.id)'", at: line.location)
            check(line.description, "the description of help line '\(line.id)'", at: line.location)
            check(line.hours, "the hours of help line '\(line.id)'", at: line.location)
            for language in line.languages {
                check(language, "a language of help line '\(line.id)'", at: line.location)
            }
        }
    }

    /// Kinds of the site's meetings with no label or explanation in `language`; only Spanish
    /// has them besides English.
    private static func meetingKindNotes(_ meetings: MeetingDirectory, language: String, into report: inout Language) {
        let spanish = ThemeStrings.isSpanish(language)
        var seen: Set<String> = []
        for meeting in meetings.shown(in: .pages) {
            for type in meeting.types where seen.insert(type.code).inserted {
                report.meetingKindCount += 1
                let hasEnglishExplanation = MeetingKindExplanations.explanation(of: type.code, program: nil) != nil
                let missing: String? = if !spanish || type.spanish.isEmpty { "label" }
                    else if hasEnglishExplanation, MeetingKindExplanations.spanishExplanation(of: type.code, program: nil) == nil { "explanation" }
                    else { nil }
                guard let missing else { continue }
                let place = meetings.reports.first.map { SourceLocation(file: $0.path) } ?? SourceLocation(file: "site.yml")
                report.meetingKinds.append(Diagnostic(.note, at: place, "meeting kind '\(type.code)' (\(type.english)) has no '\(language)' \(missing)"))
            }
        }
    }
}
