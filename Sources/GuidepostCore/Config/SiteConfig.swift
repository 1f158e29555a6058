/// The settings of a site, from `Content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public struct MenuItem: Sendable, Hashable {
        public var title: String
        /// As written: a site-relative path such as `/learn/` or an absolute URL.
        public var url: String
        /// Where it was written, for errors about the target.
        public var location: SourceLocation
    }

    public var title: String
    public var description: String?
    /// Absolute, always ending with `/`.
    public var baseURL: String
    /// BCP 47 tag for `<html lang>`, e.g. `en` or `es-US`.
    public var language: String
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

    public struct MarkdownSettings: Sendable, Hashable {
        public var rawHTML = false
        public var smartPunctuation = false
        /// How long reading one Markdown text may take before the build gives up on it.
        public var timeLimitSeconds = SiteConfig.defaultMarkdownTimeLimit
    }

    /// Seconds: far above the few milliseconds a long article takes.
    public static let defaultMarkdownTimeLimit = 10

    public static let defaultQuickExitURL = "https://www.weather.gov/"

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
