import Foundation

/// Checks generated HTML pages against the whole output: every address within the site leads
/// to a file and every `#fragment` to an element, every image has alt text, and no id is used
/// twice on a page.
struct OutputLinkChecker: Sendable {
    /// Every output path: `index.html`, `learn/peer-support/index.html`, `assets/style.css`.
    let files: Set<String>
    /// The scanned HTML pages, by output path.
    var pages: [String: OutputPage]
    /// The path of the base URL, `/` or `/guide/`: the prefix of every site-relative address.
    let basePath: String

    /// Where an address leads.
    enum Target: Equatable {
        /// Another site, an e-mail address, a phone number, inline data: not checked.
        case elsewhere
        /// A file of the output, and the fragment after `#`, if any.
        case file(String, fragment: String?)
        /// A path of the site where nothing was generated.
        case missing(String)
        /// Something that cannot be part of the site, with the reason.
        case outside(String)
    }

    /// `found` with a "did you mean" suggestion for each link to a missing path.
    func withHints(_ found: [(OutputProblem, missing: String?)]) -> [OutputProblem] {
        guard found.contains(where: { $0.missing != nil }) else { return found.map(\.0) }
        // A link broken in a template is broken on every page: look for a suggestion once.
        var hints: [String: String] = [:]
        let candidates = files.sorted().map(Self.siteAddress(ofFile:))
        return found.map { problem, missing in
            guard let missing else { return problem }
            if hints[missing] == nil {
                hints[missing] = Suggestion.hint(for: missing, in: candidates)
            }
            var hinted = problem
            hinted.message += hints[missing] ?? ""
            return hinted
        }
    }

    /// Where the addresses that start at the site's root lead: the same place from every page,
    /// so that a check of many pages follows each of them once (the menu, the footer, the
    /// theme's files).
    struct KnownTargets {
        fileprivate var byAddress: [String: Target] = [:]
    }

    /// The problems of one page; a broken link to a missing site-relative path comes with that
    /// path, to look for a suggestion.
    func problems(of page: OutputPage) -> [(OutputProblem, missing: String?)] {
        var known = KnownTargets()
        return problems(of: page, known: &known)
    }

    /// The same, following addresses that start at the root once for all the pages `known` is
    /// kept for.
    func problems(of page: OutputPage, known: inout KnownTargets) -> [(OutputProblem, missing: String?)] {
        var problems: [(OutputProblem, missing: String?)] = []
        for (id, count) in page.repeatedIDs {
            problems.append((OutputProblem(
                severity: .error, page: page.path,
                message: "id '\(id)' is given to \(count) elements of \(page.path); an id must be unique within its page",
                spellings: ["id=\"\(id)\"", "id='\(id)'"], repeatedID: id
            ), nil))
        }
        for reference in page.references {
            guard let (reason, missing) = brokenReason(reference, on: page, known: &known) else { continue }
            let shown = shownAddress(reference)
            problems.append((OutputProblem(
                severity: .error, page: page.path,
                message: "broken link '\(shown)' in \(page.path): \(reason)",
                spellings: spellings(of: reference)
            ), missing.flatMap { shown.hasPrefix("/") ? $0 : nil }))
        }
        for image in page.images {
            let shown = shownAddress(image.source)
            if image.alt == nil {
                problems.append((OutputProblem(
                    severity: .error, page: page.path,
                    message: "image '\(shown)' in \(page.path) has no alt text; add alt=\"...\" saying what it shows, or alt=\"\" with role=\"presentation\" if it is only decoration",
                    spellings: spellings(of: image.source)
                ), nil))
            } else if image.alt?.allSatisfy(\.isWhitespace) == true, !image.isDecorative {
                problems.append((OutputProblem(
                    severity: .warning, page: page.path,
                    message: "image '\(shown)' in \(page.path) has an empty alt text, so screen readers skip it; describe what it shows, or add role=\"presentation\" if it is only decoration",
                    spellings: spellings(of: image.source)
                ), nil))
            }
        }
        return problems
    }

    /// The other pages whose ids `page`'s `#fragment` links depend on.
    func fragmentTargets(of page: OutputPage) -> Set<String> {
        var known = KnownTargets()
        return fragmentTargets(of: page, known: &known)
    }

    func fragmentTargets(of page: OutputPage, known: inout KnownTargets) -> Set<String> {
        var targets: Set<String> = []
        for reference in page.references where reference.utf8.contains(UInt8(ascii: "#")) {
            if case .file(let path, let fragment?) = target(of: reference, from: page.path, known: &known), !fragment.isEmpty, path != page.path {
                targets.insert(path)
            }
        }
        return targets
    }

    /// Why `url` on `page` is broken, and the site-relative path it misses, or nil when it is fine.
    func brokenReason(_ url: String, on page: OutputPage, known: inout KnownTargets) -> (String, missing: String?)? {
        switch target(of: url, from: page.path, known: &known) {
        case .elsewhere:
            return nil
        case .outside(let reason):
            return (reason, nil)
        case .missing(let path):
            let lastComponent = path.split(separator: "/").last ?? ""
            let isPage = path.isEmpty || path.hasSuffix("/") || path.hasSuffix(".html") || !lastComponent.contains(".")
            return (isPage ? "no such page" : "no such file", "/" + path)
        case .file(let path, let fragment):
            guard let fragment, !fragment.isEmpty, fragment.lowercased() != "top", let target = pages[path] else { return nil }
            let id = fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding ?? fragment : fragment
            guard !target.ids.contains(id) else { return nil }
            let place = path == page.path ? "on this page" : "in \(path)"
            return ("no element with id '\(id)' \(place)\(Suggestion.hint(for: id, in: target.ids.sorted()))", nil)
        }
    }

    /// Where `url`, written on the page at `pagePath`, leads; from `known` when it starts at the
    /// site's root (`/`), which makes it lead to the same place from every page.
    func target(of url: String, from pagePath: String, known: inout KnownTargets) -> Target {
        guard url.utf8.first == UInt8(ascii: "/") else { return target(of: url, from: pagePath) }
        if let target = known.byAddress[url] { return target }
        let target = target(of: url, from: pagePath)
        known.byAddress[url] = target
        return target
    }

    /// Where `url`, written on the page at `pagePath`, leads.
    func target(of url: String, from pagePath: String) -> Target {
        let url = Self.mayHaveSpaceAtAnEnd(url) ? url.trimmingCharacters(in: .whitespacesAndNewlines) : url
        guard !url.hasPrefix("//"), !LinkResolver.hasScheme(url) else { return .elsewhere }
        // `#` and `?` split the address as a browser splits it, by byte: a combining mark after
        // either does not make it part of the path.
        let utf8 = url.utf8
        var pathEnd = utf8.endIndex
        var fragment: String?
        if let hash = utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(url[utf8.index(after: hash)...])
            pathEnd = hash
        }
        if let question = utf8[..<pathEnd].firstIndex(of: UInt8(ascii: "?")) { pathEnd = question }
        let path = url[..<pathEnd]
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? String(path) : String(path)
        let sitePath: String
        if decoded.isEmpty {
            sitePath = pagePath
        } else if decoded.hasPrefix("/") {
            if basePath != "/", decoded + "/" == basePath {
                sitePath = ""
            } else if decoded.hasPrefix(basePath) {
                sitePath = String(decoded.dropFirst(basePath.count))
            } else {
                return .outside("it leads outside the site, which is published under '\(basePath)' (the path of 'base_url' in site.yml)")
            }
        } else {
            guard let joined = Self.join(folder: Self.folder(of: pagePath), decoded) else {
                return .outside("it leads above the top folder of the site")
            }
            sitePath = joined
        }
        if sitePath.isEmpty || sitePath.hasSuffix("/") {
            let index = sitePath + "index.html"
            return files.contains(index) ? .file(index, fragment: fragment) : .missing(sitePath)
        }
        if files.contains(sitePath) { return .file(sitePath, fragment: fragment) }
        // `/learn/basics` without the slash: web servers answer with the folder's index page.
        if files.contains(sitePath + "/index.html") { return .file(sitePath + "/index.html", fragment: fragment) }
        return .missing(sitePath)
    }

    // MARK: - Helpers

    /// Whether `url` may start or end with white space, which is trimmed before it is followed;
    /// decided on its bytes when both ends are ASCII.
    static func mayHaveSpaceAtAnEnd(_ url: String) -> Bool {
        guard let first = url.utf8.first, let last = url.utf8.last else { return false }
        guard first < 0x80, last < 0x80 else { return url.first?.isWhitespace == true || url.last?.isWhitespace == true }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        return isSpace(first) || isSpace(last)
    }

    /// `url` as a publisher writes it: without the base path, which Guidepost adds to links.
    func shownAddress(_ url: String) -> String {
        guard basePath != "/", url.hasPrefix(basePath) else { return url }
        return "/" + url.dropFirst(basePath.count)
    }

    /// The ways `url` may be written in Markdown: as shown, as generated, and percent-decoded.
    func spellings(of url: String) -> [String] {
        var spellings: [String] = []
        for spelling in [shownAddress(url), url, shownAddress(url).removingPercentEncoding ?? ""]
        where !spelling.isEmpty && !spellings.contains(spelling) {
            spellings.append(spelling)
        }
        return spellings
    }

    /// `learn/x/index.html` -> `/learn/x/`; `assets/style.css` -> `/assets/style.css`.
    static func siteAddress(ofFile path: String) -> String {
        if path == "index.html" { return "/" }
        return "/" + (path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    /// The folder of an output file, with a trailing slash: `learn/x/index.html` -> `learn/x/`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `relative` resolved against `folder` as a browser does, keeping a trailing slash; nil when
    /// it climbs above the top folder.
    static func join(folder: String, _ relative: String) -> String? {
        var components = folder.split(separator: "/").map(String.init)
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            switch part {
            case ".", "":
                continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default:
                components.append(String(part))
                if isLast { return components.joined(separator: "/") }
            }
        }
        return components.isEmpty ? "" : components.joined(separator: "/") + "/"
    }
}
