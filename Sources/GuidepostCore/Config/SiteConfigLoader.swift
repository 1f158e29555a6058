import Foundation
internal import Yams

/// Reads and validates `site.yml`.
struct SiteConfigLoader {
    static let fileName = "site.yml"
    /// The longest `markdown.time_limit`, in seconds: an hour.
    static let longestMarkdownTimeLimit = 3_600
    static let allowedKeys = ["title", "description", "base_url", "language", "languages", "untranslated", "help_page", "quick_exit_label", "menu", "footer", "disclaimer", "quick_exit_url", "markdown", "catalog", "paginate", "params", "timezone", "meetings", "meeting_directory", "handouts"]
    static let markdownKeys = ["raw_html", "smart_punctuation", "phone_links", "time_limit"]
    static let catalogKeys = ["review_after_days"]
    /// The settings that are mappings, with their keys.
    static let nestedKeys = ["markdown": markdownKeys, "catalog": catalogKeys, "meeting_directory": meetingDirectoryKeys, "handouts": handoutKeys]

    let source: YAMLSource

    /// Every problem found is appended to `diagnostics`; the result is nil when any is an error.
    func load(into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let before = diagnostics.count
        guard let map = source.rootMap(
            what: "site.yml", emptyMessage: "site.yml is empty; it needs at least 'title' and 'base_url'", into: &diagnostics
        ) else { return nil }
        map.rejectUnknownKeys(allowing: Self.allowedKeys, in: "site.yml", nested: Self.nestedKeys, into: &diagnostics)

        let languages = readLanguages(map, into: &diagnostics)
        let defaultLanguage = languages.first ?? "en"
        var localized = SiteConfig.LocalizedSettings()
        localized.title = readLocalized("title", required: true, map, languages: languages, into: &diagnostics)
        localized.description = readLocalized("description", map, languages: languages, into: &diagnostics)
        localized.footer = readLocalized("footer", map, languages: languages, into: &diagnostics)
        localized.disclaimer = readLocalized("disclaimer", map, languages: languages, into: &diagnostics)
        localized.quickExitLabel = readLocalized("quick_exit_label", map, languages: languages, into: &diagnostics)
        let title = localized.title?.resolved(for: defaultLanguage)
        if let title, title.trimmed.isEmpty, let node = map["title"] {
            diagnostics.append(source.error("'title' must not be empty", at: node))
        }
        let description = localized.description?.resolved(for: defaultLanguage)
        let baseURL = readBaseURL(map, into: &diagnostics)
        let footer = localized.footer?.resolved(for: defaultLanguage)
        let menu = readMenu(map, languages: languages, into: &diagnostics)
        let untranslated = readUntranslated(map, into: &diagnostics)
        let helpPage = readHelpPage(map, into: &diagnostics)
        var markdown = SiteConfig.MarkdownSettings()
        if let settings = map.map("markdown", into: &diagnostics) {
            settings.rejectUnknownKeys(allowing: Self.markdownKeys, in: "'markdown'", into: &diagnostics)
            markdown.rawHTML = settings.bool("raw_html", into: &diagnostics) ?? false
            markdown.smartPunctuation = settings.bool("smart_punctuation", into: &diagnostics) ?? false
            markdown.phoneLinks = settings.bool("phone_links", into: &diagnostics) ?? true
            if let seconds = settings.int("time_limit", into: &diagnostics), let node = settings["time_limit"] {
                if (1...Self.longestMarkdownTimeLimit).contains(seconds) {
                    markdown.timeLimitSeconds = seconds
                } else {
                    diagnostics.append(source.error("'time_limit' must be a number of seconds from 1 to \(Self.longestMarkdownTimeLimit), found \(seconds)", at: node))
                }
            }
        }
        let disclaimer = localized.disclaimer?.resolved(for: defaultLanguage)
        var quickExitURL: String?
        if let url = map.string("quick_exit_url", in: "site.yml", into: &diagnostics), let node = map["quick_exit_url"] {
            if let problem = SafeURL.webAddressProblem(url) {
                diagnostics.append(source.error("'quick_exit_url' must be an http or https address of a neutral site, found '\(SafeURL.shown(url))'\(Self.detail(problem, of: url))", at: node))
            } else {
                quickExitURL = url
            }
        }
        var reviewAfterDays: Int?
        if let settings = map.map("catalog", into: &diagnostics) {
            settings.rejectUnknownKeys(allowing: Self.catalogKeys, in: "'catalog'", into: &diagnostics)
            reviewAfterDays = settings.int("review_after_days", into: &diagnostics)
            if let days = reviewAfterDays, days < 1, let node = settings["review_after_days"] {
                diagnostics.append(source.error("'review_after_days' must be at least 1, found \(days)", at: node))
            }
        }
        let paginate = map.int("paginate", into: &diagnostics)
        if let paginate, paginate < 1, let node = map["paginate"] {
            diagnostics.append(source.error("'paginate' must be at least 1 (how many entries a list page shows), found \(paginate)", at: node))
        }
        var params: ConfigValue?
        if let node = map["params"] {
            // Aliases share their anchor's node, so nine lines can stand for a billion values.
            var budget = Self.maximumParamValues
            params = Self.configValue(node, budget: &budget)
            if params == nil {
                diagnostics.append(source.error("'params' holds more than \(Self.maximumParamValues) values once its aliases (*name) are expanded; write the values out instead", at: node))
            }
        }

        let timeZone = readTimeZone(map, into: &diagnostics)
        let meetingLists = readMeetingLists(map, hasTimeZone: timeZone != nil, into: &diagnostics)
        let meetingDirectory = readMeetingDirectory(map, into: &diagnostics)
        let handouts = readHandouts(map, into: &diagnostics)
        if handouts.sheets.contains(.meetings), meetingLists.isEmpty, map["meetings"] == nil, let node = map["handouts"] {
            diagnostics.append(source.error("the 'meetings' handout needs meetings: add a meeting list with 'meetings:' (see docs/meetings.md) or leave the sheet out", at: node))
        }

        guard diagnostics.count == before, let title, let baseURL else { return nil }
        var config = SiteConfig(
            title: title,
            description: description,
            baseURL: baseURL,
            language: defaultLanguage,
            menu: menu,
            footer: footer,
            footerLocation: map["footer"].map(source.location(of:)),
            footerSourceLine: map["footer"]?.mark.flatMap { source.fileText.line(at: $0.line + source.lineOffset) },
            disclaimer: disclaimer,
            disclaimerLocation: map["disclaimer"].map(source.location(of:)),
            disclaimerSourceLine: map["disclaimer"]?.mark.flatMap { source.fileText.line(at: $0.line + source.lineOffset) },
            quickExitURL: quickExitURL ?? SiteConfig.defaultQuickExitURL,
            markdown: markdown,
            reviewAfterDays: reviewAfterDays ?? 365,
            paginate: paginate ?? ListPager.defaultPageSize,
            params: params,
            timeZone: timeZone,
            meetingLists: meetingLists,
            meetingDirectory: meetingDirectory
        )
        config.handouts = handouts
        config.languages = languages
        config.localized = localized
        config.untranslatedPages = untranslated
        config.helpPage = helpPage
        config.helpPageLocation = map["help_page"].map(source.location(of:))
        config.quickExitLabel = localized.quickExitLabel?.resolved(for: defaultLanguage)
        return config
    }

    // MARK: - Fields

    private func readBaseURL(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> String? {
        guard let text = map.string("base_url", required: true, in: "site.yml", into: &diagnostics) else { return nil }
        var problem = SafeURL.webAddressProblem(text)
        if problem == nil, text.contains("?") || text.contains("#") {
            problem = "the address of a site's home cannot hold '?' or '#'"
        }
        if let problem {
            if let node = map["base_url"] {
                diagnostics.append(source.error("'base_url' must be an absolute http or https address such as https://example.org/, found '\(SafeURL.shown(text))'\(Self.detail(problem, of: text))", at: node))
            }
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// What is wrong with an address whose scheme is http or https, after a colon; nothing for
    /// another scheme, as the message already asks for http or https.
    private static func detail(_ problem: String, of address: String) -> String {
        let scheme = SafeURL.scheme(of: address)
        return scheme == "http" || scheme == "https" ? ": \(problem)" : ""
    }

    /// `languages: [en, es]`, or the one `language:`; `en` when neither is written.
    private func readLanguages(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> [String] {
        if let node = map["languages"] {
            if let single = map["language"] {
                diagnostics.append(source.error("write either 'language' (one language) or 'languages' (a list, the default first), not both", at: single))
            }
            guard let list = map.stringList("languages", into: &diagnostics) else { return ["en"] }
            guard !list.isEmpty else {
                diagnostics.append(source.error("'languages' must list at least one language, the default first, such as [en, es]", at: node))
                return ["en"]
            }
            var languages: [String] = []
            for (tag, item) in list {
                guard Self.isLanguageTag(tag) else {
                    diagnostics.append(source.error("'\(tag)' is not a language tag such as en, es or es-US", at: item))
                    continue
                }
                if languages.contains(where: { $0.lowercased() == tag.lowercased() }) {
                    diagnostics.append(source.error("language '\(tag)' is listed twice in 'languages'", at: item))
                    continue
                }
                languages.append(tag)
            }
            return languages.isEmpty ? ["en"] : languages
        }
        guard let language = map.string("language", in: "site.yml", into: &diagnostics) else { return ["en"] }
        guard Self.isLanguageTag(language) else {
            if let node = map["language"] {
                diagnostics.append(source.error("'language' must be a language tag such as en or es-US, found '\(language)'", at: node))
            }
            return ["en"]
        }
        return [language]
    }

    /// `en`, `es`, `es-US`, `es-419`, `zh-Hant-TW`: a language of two or three letters, then
    /// subtags of one to eight letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// Text written once, or once per language of the site: `{en: ..., es: ...}`.
    private func readLocalized(
        _ key: String, required: Bool = false, _ map: YAMLMap, in what: String = "site.yml", languages: [String],
        into diagnostics: inout [Diagnostic]
    ) -> LocalizedText? {
        guard let node = map[key] else {
            if required { diagnostics.append(map.missing(key, in: what)) }
            return nil
        }
        guard let text = YAMLMap.localized(node, key: key, source: source, into: &diagnostics) else { return nil }
        if let mapping = node.mapping {
            for (language, _) in mapping {
                let tag = language.string ?? ""
                guard !languages.contains(tag) else { continue }
                let listed = languages.joined(separator: ", ")
                diagnostics.append(source.error(
                    "'\(key)' has text in '\(tag)', which is not one of the site's languages (\(listed)); add it to 'languages' or remove this text",
                    at: language
                ))
            }
            if text.translations[languages.first ?? "en"] == nil {
                diagnostics.append(source.error("'\(key)' needs text in the default language, '\(languages.first ?? "en")'", at: node))
                return nil
            }
        }
        return text
    }

    private func readUntranslated(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> SiteConfig.UntranslatedPages {
        guard let text = map.string("untranslated", in: "site.yml", into: &diagnostics), let node = map["untranslated"] else { return .omit }
        guard let value = SiteConfig.UntranslatedPages(rawValue: text) else {
            diagnostics.append(source.error("'untranslated' must be 'omit' (leave pages without a translation out of the other editions) or 'show' (show them in the default language), found '\(text)'", at: node))
            return .omit
        }
        return value
    }

    private func readHelpPage(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> String {
        guard let text = map.string("help_page", in: "site.yml", into: &diagnostics), let node = map["help_page"] else { return SiteConfig.defaultHelpPage }
        guard text.hasSuffix(".md"), !text.hasPrefix("/"), !text.split(separator: "/").contains("..") else {
            diagnostics.append(source.error("'help_page' must be a Markdown file under Content/ such as get-help-now.md, found '\(text)'", at: node))
            return SiteConfig.defaultHelpPage
        }
        return text
    }

    private func readMenu(_ map: YAMLMap, languages: [String], into diagnostics: inout [Diagnostic]) -> [SiteConfig.MenuItem] {
        guard let node = map["menu"] else { return [] }
        guard let entries = node.sequence else {
            diagnostics.append(source.error("'menu' must be a list of entries with 'title' and 'url', found \(node.kindName)", at: node))
            return []
        }
        var items: [SiteConfig.MenuItem] = []
        for entry in entries {
            guard let item = YAMLMap(entry, source: source, what: "a menu entry", diagnostics: &diagnostics) else { continue }
            item.rejectUnknownKeys(allowing: ["title", "url"], in: "a menu entry", into: &diagnostics)
            let titles = readLocalized("title", required: true, item, in: "this menu entry", languages: languages, into: &diagnostics)
            let url = item.url("url", required: true, allowingSitePaths: true, in: "this menu entry", into: &diagnostics)
            guard let titles, let url else { continue }
            let title = titles.resolved(for: languages.first ?? "en")
            let location = source.location(of: item["url"] ?? entry)
            items.append(SiteConfig.MenuItem(title: title, titles: titles, url: url, location: location))
        }
        return items
    }

    /// The most values `params` may hold, counted with every alias expanded.
    static let maximumParamValues = 10_000

    /// The value of `node`, or nil when it holds more values than `budget` allows.
    private static func configValue(_ node: Node, budget: inout Int) -> ConfigValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            return .text(scalar.string)
        case .sequence(let sequence):
            var values: [ConfigValue] = []
            for item in sequence {
                guard let value = configValue(item, budget: &budget) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .mapping(let mapping):
            var values: [String: ConfigValue] = [:]
            for (key, value) in mapping {
                guard let converted = configValue(value, budget: &budget) else { return nil }
                values[key.string ?? ""] = converted
            }
            return .map(values)
        case .alias:
            return .text("")
        }
    }
}
