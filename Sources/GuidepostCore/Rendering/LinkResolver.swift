import Foundation
import GuidepostMarkdown

/// Rewrites links written as relative `.md` paths to the URLs of the pages they name.
///
/// `[choosing](../choosing/choosing-a-group.md#questions)` in `learn/kinds.md` becomes
/// `/choosing/choosing-a-group/#questions`. A link to a file that does not exist is an error at
/// the link; its `#fragment` is checked later, when every page's headings are known.
struct LinkResolver: Sendable, Hashable {
    let pageIndexBySourcePath: [String: Int]
    /// Final URLs (base path included), by page index.
    let pageURLs: [String]
    let omittedDrafts: Set<String>
    var omittedFuture: Set<String> = []
    /// The base URL's path (`/` or `/guide/`), put in front of site-absolute links.
    var basePath = "/"
    /// The path this edition's pages are published under (`/`, `/es/`), put in front of the
    /// catalog's short links.
    var pagesPath = "/"
    /// Final URLs of pages of another edition, by source path: where a link to a page that has
    /// no translation in this edition leads.
    var otherEditionURLs: [String: String] = [:]
    /// Pages of the default edition shown untranslated in this one, by source path: their
    /// links lead to the pages they were written for, the default edition's.
    var untranslatedSources: Set<String> = []
    /// Final URLs of every page of the default edition, by source path, for those links.
    var defaultEditionURLs: [String: String] = [:]
    /// Site-relative paths of the catalog's short links (`group:aa` -> `/groups/aa/`).
    let catalogTargets: [String: String]
    /// "Did you mean" for a missing page, looked up once per broken link among every page.
    let pageSuggestions: SuggestionIndex
    /// "Did you mean" for an unknown catalog id, by scheme (`group`, `type`, `compare`).
    let catalogSuggestions: [String: SuggestionIndex]

    init(
        pageIndexBySourcePath: [String: Int], pageURLs: [String], omittedDrafts: Set<String>,
        omittedFuture: Set<String> = [], basePath: String = "/", pagesPath: String? = nil, otherEditionURLs: [String: String] = [:],
        catalogTargets: [String: String] = [:]
    ) {
        self.pagesPath = pagesPath ?? basePath
        self.otherEditionURLs = otherEditionURLs
        self.pageIndexBySourcePath = pageIndexBySourcePath
        self.pageURLs = pageURLs
        self.omittedDrafts = omittedDrafts
        self.omittedFuture = omittedFuture
        self.basePath = basePath
        self.catalogTargets = catalogTargets
        pageSuggestions = SuggestionIndex(pageIndexBySourcePath.keys)
        var idsByScheme: [String: [String]] = [:]
        for key in catalogTargets.keys {
            guard let colon = key.firstIndex(of: ":") else { continue }
            idsByScheme[String(key[..<colon]), default: []].append(String(key[key.index(after: colon)...]))
        }
        catalogSuggestions = Dictionary(uniqueKeysWithValues: Self.catalogSchemes.map { ($0, SuggestionIndex(idsByScheme[$0] ?? [])) })
    }

    static let catalogSchemes = ["group", "type", "compare", "meeting"]

    enum Resolution {
        /// Not a link to a page (external, relative to the page, a static file): left as written.
        case unchanged
        /// A site-absolute link (`/images/x.svg`) moved under the base path.
        case rewritten(String)
        /// A fragment of the same page.
        case samePage(fragment: String)
        case page(index: Int, url: String, fragment: String?)
        case failure(String)
    }

    /// Resolves `destination` as written in the file at `sourcePath` (relative to `Content/`).
    func resolve(_ destination: String, from sourcePath: String) -> Resolution {
        if destination.hasPrefix("#") {
            return .samePage(fragment: String(destination.dropFirst()))
        }
        if let resolution = resolveCatalogLink(destination) { return resolution }
        // cmark-gfm blanks these only while raw HTML is off; an error says what happened either way.
        if SafeURL.isDangerous(destination) {
            return .failure("unsafe link '\(SafeURL.shown(destination))': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site")
        }
        guard !Self.hasScheme(destination) else { return .unchanged }
        if destination.hasPrefix("/") {
            guard basePath != "/", !destination.hasPrefix("//") else { return .unchanged }
            return .rewritten(basePath + destination.dropFirst())
        }
        // Links are split on ASCII marks, so the UTF-8 view finds them without grapheme breaking.
        var path = destination
        var fragment: String?
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        var query = ""
        if let question = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(path[question...])
            path = String(path[..<question])
        }
        guard path.hasSuffix(".md") else { return .unchanged }
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? (path.removingPercentEncoding ?? path) : path
        guard let target = Self.join(ContentLoader.folder(of: sourcePath), decoded) else {
            return .failure("link '\(destination)' points outside the content folder")
        }
        if untranslatedSources.contains(sourcePath), let url = defaultEditionURLs[target] {
            return .rewritten(url + query + (fragment.map { "#\($0)" } ?? ""))
        }
        if let index = pageIndexBySourcePath[target] {
            let url = pageURLs[index] + query + (fragment.map { "#\($0)" } ?? "")
            return .page(index: index, url: url, fragment: fragment)
        }
        if let url = otherEditionURLs[target] {
            return .rewritten(url + query + (fragment.map { "#\($0)" } ?? ""))
        }
        if omittedFuture.contains(target) {
            return .failure("link to '\(destination)', which is dated in the future and is not published yet; build with --future or remove the link")
        }
        if omittedDrafts.contains(target) {
            return .failure("link to '\(destination)', which is a draft and is not published; build with --drafts or remove the link")
        }
        let hint = pageSuggestions.closest(to: target, typed: decoded).map {
            "; did you mean '\(Self.relative(path: $0, from: ContentLoader.folder(of: sourcePath)))'?"
        } ?? ""
        return .failure("link to missing file '\(destination)'\(hint)")
    }

    /// `group:aa`, `type:online`, `compare:choosing`, optionally with `#fragment`.
    private func resolveCatalogLink(_ destination: String) -> Resolution? {
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = String(destination[..<colon])
        guard Self.catalogSchemes.contains(scheme) else { return nil }
        let rest = destination[destination.index(after: colon)...]
        let id = String(rest.prefix { $0 != "#" })
        let fragment = rest.dropFirst(id.count)
        guard let path = catalogTargets["\(scheme):\(id)"] else {
            let noun = ["group": "group", "type": "group type", "compare": "comparison", "meeting": "meeting"][scheme] ?? scheme
            return .failure("unknown \(noun) '\(id)' in link '\(destination)'\(catalogSuggestions[scheme]?.hint(for: id) ?? "")")
        }
        return .rewritten(pagesPath + path.dropFirst() + fragment)
    }

    // MARK: - Paths

    static func hasScheme(_ destination: String) -> Bool {
        let utf8 = destination.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        // An ASCII scheme is read on its bytes; letters and digits of other scripts by Character.
        var isASCII = true
        for byte in utf8[..<colon] {
            guard byte < 0x80 else {
                isASCII = false
                break
            }
            let isLetter = (byte | 0x20) &- UInt8(ascii: "a") < 26, isDigit = byte &- UInt8(ascii: "0") < 10
            guard isLetter || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
        }
        if isASCII { return colon != utf8.startIndex }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// `folder` + `relative`, with `.` and `..` resolved; nil when it climbs above the root.
    static func join(_ folder: String, _ relative: String) -> String? {
        // On UTF-8 bytes: a `/` byte is always the scalar `/`, as pathComponents splits.
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var components = folder.utf8.split(separator: slash).map { Substring($0) }
        for component in relative.utf8.split(separator: slash) {
            if component.count == 1, component.first == dot { continue }
            if component.count == 2, component.allSatisfy({ $0 == dot }) {
                guard !components.isEmpty else { return nil }
                components.removeLast()
                continue
            }
            components.append(Substring(component))
        }
        return components.joined(separator: "/")
    }

    /// `path` written relative to `folder`, as a publisher would type it.
    static func relative(path: String, from folder: String) -> String {
        let from = pathComponents(folder)
        let to = pathComponents(path)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }

    /// The non-empty components of a `/`-separated path. Split by scalar, not by Character: a
    /// `/` followed by a combining mark is one Character, yet it still separates two names.
    static func pathComponents(_ path: String) -> [String] {
        path.unicodeScalars.split(separator: "/").map { String(Substring($0)) }
    }
}
