/// The settings of a site, from `Content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public struct MenuItem: Sendable, Hashable {
        public var title: String
        /// The title per language, when written as `{en: ..., es: ...}`.
        public var titles: LocalizedText?
        /// As written: a site-relative path such as `/learn/` or an absolute URL.
        public var url: String
        /// Where it was written, for errors about the target.
        public var location: SourceLocation
        /// In an edition other than the default, the final address of an entry whose page has
        /// no translation there (the default edition's page, or a file of the site).
        public var otherEditionURL: String?
    }

    public var title: String
    public var description: String?
    /// Absolute, always ending with `/`.
    public var baseURL: String
    /// BCP 47 tag for `<html lang>`, e.g. `en` or `es-US`: the language of this edition.
    public var language: String
    /// The languages of the site's editions (`languages:`), the default first; the default
    /// edition is published at the base URL, each other one in a folder named after it (`es/`).
    public var languages: [String] = ["en"]
    /// The folder of this edition under the base URL: `""` for the default edition, `es/`.
    public var editionFolder = ""
    /// Reader-facing settings written per language (`title: {en: ..., es: ...}`), which
    /// `edition(_:)` resolves.
    public var localized = LocalizedSettings()
    /// What an edition other than the default does with a page that has no translation.
    public var untranslatedPages = UntranslatedPages.omit
    /// The page that tells where to get help now, relative to `Content/` (`help_page:`); the
    /// theme links to it (or to its translation) from every page.
    public var helpPage = SiteConfig.defaultHelpPage
    /// Where `help_page` was written, when it was: a page named there must exist.
    public var helpPageLocation: SourceLocation?
    /// The quick exit link's words, when the publisher chose them (`quick_exit_label:`).
    public var quickExitLabel: String?
    public var menu: [MenuItem]
    /// Markdown shown in every page's footer.
    public var footer: String?
    /// Where the footer text starts, for errors about its links.
    public var footerLocation: SourceLocation?
    /// The line of site.yml the footer starts on, quoted under such errors.
    public var footerSourceLine: String?
    /// Markdown shown on every page: what the site is not (medical advice, a crisis service).
    public var disclaimer: String?
    public var disclaimerLocation: SourceLocation?
    public var disclaimerSourceLine: String?
    /// Where the quick-exit control leads: a neutral site.
    public var quickExitURL = SiteConfig.defaultQuickExitURL
    public var markdown: MarkdownSettings
    /// After how many days a group's `reviewed` date earns a warning.
    public var reviewAfterDays = 365
    /// How many entries a list page shows before the rest go to pages of their own
    /// (`/learn/page/2/`); a section's `paginate` front matter overrides it.
    public var paginate = ListPager.defaultPageSize
    /// Free values a theme may read as `site.params.*`.
    public var params: ConfigValue?
    /// IANA name of the time zone meeting times are in; required once there are meetings.
    public var timeZone: String?
    /// The meeting lists under Content/ (`meetings:`), in the order written.
    public var meetingLists: [MeetingListSettings] = []
    /// How the meeting directory's pages are made (`meeting_directory:`).
    public var meetingDirectory = MeetingDirectorySettings()
    /// The printable sheets the site publishes (`handouts:`).
    public var handouts = HandoutSettings()

    public struct MarkdownSettings: Sendable, Hashable {
        public var rawHTML = false
        public var smartPunctuation = false
        /// Whether phone numbers written in Markdown text become `tel:` and `sms:` links.
        public var phoneLinks = true
        /// How long reading one Markdown text may take before the build gives up on it.
        public var timeLimitSeconds = SiteConfig.defaultMarkdownTimeLimit
    }

    /// Seconds: far above the few milliseconds a long article takes.
    public static let defaultMarkdownTimeLimit = 10

    public static let defaultQuickExitURL = "https://www.weather.gov/"
    public static let defaultHelpPage = "get-help-now.md"

    /// Settings a publisher may write once per language.
    public struct LocalizedSettings: Sendable, Hashable {
        public var title: LocalizedText?
        public var description: LocalizedText?
        public var footer: LocalizedText?
        public var disclaimer: LocalizedText?
        public var quickExitLabel: LocalizedText?
    }

    /// `untranslated:` in site.yml.
    public enum UntranslatedPages: String, Sendable, Hashable, CaseIterable {
        /// Left out of the other editions (the default).
        case omit
        /// Shown in the other editions in the default language, with a notice and a canonical
        /// link to the original.
        case show
    }

    /// The default language: the first of `languages`.
    public var defaultLanguage: String { languages.first ?? language }

    /// Whether the site has more than one edition.
    public var isMultilingual: Bool { languages.count > 1 }

    /// The settings of the edition in `language`: every per-language setting resolved, and page
    /// addresses under the edition's folder.
    public func edition(_ language: String) -> SiteConfig {
        var edition = self
        edition.language = language
        edition.editionFolder = language == defaultLanguage ? "" : Self.editionFolder(of: language)
        if let title = localized.title { edition.title = title.resolved(for: language) }
        if let text = localized.description { edition.description = text.resolved(for: language) }
        if let text = localized.footer { edition.footer = text.resolved(for: language) }
        if let text = localized.disclaimer { edition.disclaimer = text.resolved(for: language) }
        if let text = localized.quickExitLabel { edition.quickExitLabel = text.resolved(for: language) }
        edition.menu = menu.map { item in
            var item = item
            if let titles = item.titles { item.title = titles.resolved(for: language) }
            return item
        }
        return edition
    }

    /// `es` -> `es/`; `es-US` -> `es-us/`.
    public static func editionFolder(of language: String) -> String {
        language.lowercased() + "/"
    }

    /// The path under which this edition's pages are published: `/`, `/es/`, `/guide/es/`.
    public var pagesPath: String { basePath + editionFolder }

    /// The absolute address of this edition's home page.
    public var pagesURL: String { baseURL + editionFolder }

    /// The path part of the base URL (`/` or `/guide/`): the prefix of every site-relative link.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[schemeEnd.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
        return String(afterHost[slash...])
    }
}

/// A free-form value from `params` in site.yml.
public enum ConfigValue: Sendable, Hashable {
    case text(String)
    case list([ConfigValue])
    case map([String: ConfigValue])
}
