import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The site folder, holding `Content/` and `Templates/`.
    public var root: URL
    /// Where the site is written; `Output/` under the root when nil.
    public var output: URL?
    /// Whether articles with `draft: true` are published.
    public var includeDrafts: Bool
    /// Whether articles dated after today are published.
    public var includeFuture: Bool
    /// How the root is shown in messages (`""` for the current folder, else the path as typed).
    public var displayRoot: String
    /// Whether what a meeting list holds that would be changed or left out is an error rather
    /// than a warning (`build --strict`, `check`).
    public var strict = false
    /// The day the build is made, for future articles, catalog reviews and the date printed on
    /// handouts; today in UTC when nil (`SOURCE_DATE_EPOCH` sets it for reproducible builds).
    public var today: SiteDate?

    /// `today`, or the current date.
    var buildDate: SiteDate { today ?? .today }

    public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, includeFuture: Bool = false, displayRoot: String? = nil) {
        self.root = root.standardizedFileURL
        self.output = output?.standardizedFileURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.displayRoot = displayRoot ?? Self.displayPath(for: root)
    }

    static let contentFolderName = "Content"
    static let templatesFolderName = "Templates"
    static let outputFolderName = "Output"
    static let staticFolderName = "static"

    var contentFolder: URL { root.appendingPathComponent(Self.contentFolderName) }
    var templatesFolder: URL { root.appendingPathComponent(Self.templatesFolderName) }
    var outputFolder: URL { output ?? root.appendingPathComponent(Self.outputFolderName) }

    /// `name` under the root as shown in messages: `Content` or `mysite/Content`.
    func display(_ name: String) -> String {
        displayRoot.isEmpty ? name : "\(displayRoot)/\(name)"
    }

    /// A path relative to the current folder when it lies below it.
    static func displayPath(for url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path == current { return "" }
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
