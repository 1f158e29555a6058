import Foundation
internal import Yams

/// Reads and validates `site.yml`.
struct SiteConfigLoader {
    static let fileName = "site.yml"
    /// The longest `markdown.time_limit`, in seconds: an hour.
    static let longestMarkdownTimeLimit = 3_600
    static let allowedKeys = ["title", "description", "base_url", "language", "menu", "footer", "disclaimer", "quick_exit_url", "markdown", "catalog", "paginate", "params", "timezone", "meetings", "meeting_directory"]
    static let markdownKeys = ["raw_html", "smart_punctuation", "time_limit"]
    static let catalogKeys = ["review_after_days"]
    /// The settings that are mappings, with their keys.
    static let nestedKeys = ["markdown": markdownKeys, "catalog": catalogKeys, "meeting_directory": meetingDirectoryKeys]

    let source: YAMLSource

    /// Every problem found is appended to `diagnostics`; the result is nil when any is an error.
    func load(into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let before = diagnostics.count
        guard let map = source.rootMap(
            what: "site.yml", emptyMessage: "site.yml is empty; it needs at least 'title' and 'base_url'", into: &diagnostics
        ) else { return nil }
        map.rejectUnknownKeys(allowing: Self.allowedKeys, in: "site.yml", nested: Self.nestedKeys, into: &diagnostics)

        let title = map.string("title", required: true, in: "site.yml", into: &diagnostics)
        let description = map.string("description", in: "site.yml", into: &diagnostics)
        let baseURL = readBaseURL(map, into: &diagnostics)
        let language = readLanguage(map, into: &diagnostics)
        let footer = map.string("footer", in: "site.yml", into: &diagnostics)
        let menu = readMenu(map, into: &diagnostics)
        var markdown = SiteConfig.MarkdownSettings()
        if let settings = map.map("markdown", into: &diagnostics) {
            settings.rejectUnknownKeys(allowing: Self.markdownKeys, in: "'markdown'", into: &diagnostics)
            markdown.rawHTML = settings.bool("raw_html", into: &diagnostics) ?? false
            markdown.smartPunctuation = settings.bool("smart_punctuation", into: &diagnostics) ?? false
            if let seconds = settings.int("time_limit", into: &diagnostics), let node = settings["time_limit"] {
                if (1...Self.longestMarkdownTimeLimit).contains(seconds) {
                    markdown.timeLimitSeconds = seconds
                } else {
                    diagnostics.append(source.error("'time_limit' must be a number of seconds from 1 to \(Self.longestMarkdownTimeLimit), found \(seconds)", at: node))
                }
            }
        }
        let disclaimer = map.string("disclaimer", in: "site.yml", into: &diagnostics)
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

        guard diagnostics.count == before, let title, let baseURL else { return nil }
        return SiteConfig(
            title: title,
            description: description,
            baseURL: baseURL,
            language: language ?? "en",
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

    private func readLanguage(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> String? {
        guard let language = map.string("language", in: "site.yml", into: &diagnostics) else { return nil }
        let isTag = !language.isEmpty && language.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        if !isTag, let node = map["language"] {
            diagnostics.append(source.error("'language' must be a language tag such as en or es-US, found '\(language)'", at: node))
            return nil
        }
        return language
    }

    private func readMenu(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> [SiteConfig.MenuItem] {
        guard let node = map["menu"] else { return [] }
        guard let entries = node.sequence else {
            diagnostics.append(source.error("'menu' must be a list of entries with 'title' and 'url', found \(node.kindName)", at: node))
            return []
        }
        var items: [SiteConfig.MenuItem] = []
        for entry in entries {
            guard let item = YAMLMap(entry, source: source, what: "a menu entry", diagnostics: &diagnostics) else { continue }
            item.rejectUnknownKeys(allowing: ["title", "url"], in: "a menu entry", into: &diagnostics)
            let title = item.string("title", required: true, in: "this menu entry", into: &diagnostics)
            let url = item.url("url", required: true, allowingSitePaths: true, in: "this menu entry", into: &diagnostics)
            guard let title, let url else { continue }
            let location = source.location(of: item["url"] ?? entry)
            items.append(SiteConfig.MenuItem(title: title, url: url, location: location))
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
