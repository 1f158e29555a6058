import Foundation

/// The generated HTML pages of one build as the verifier reads them, with each page's problems;
/// a preview session keeps it, so that after edits to some pages' text only those pages, and the
/// pages whose `#fragment` links lead into them, are checked again.
struct SiteVerification: Sendable {
    private(set) var verifier: SiteVerifier
    private var checker: OutputLinkChecker
    /// Every output path, pages and copied files.
    var outputPaths: Set<String> { checker.files }
    private(set) var scanned: [OutputPage]
    private let indexByPath: [String: Int]
    /// Each page's problems, before suggestions and places.
    private var found: [[(OutputProblem, missing: String?)]]
    /// For each page, the pages its `#fragment` links lead into, whose ids its problems depend on.
    private var fragmentTargets: [Set<String>]
    /// The other way round: by page, the pages whose `#fragment` links lead into it.
    private var fragmentLinkers: [String: Set<Int>]

    /// Checks every page of `scanned`, among the output `files`.
    static func check(_ scanned: [OutputPage], files: [OutputFile], verifier: SiteVerifier) async -> SiteVerification {
        let checker = OutputLinkChecker(
            files: Set(files.map(\.path)),
            pages: Dictionary(scanned.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            basePath: verifier.basePath
        )
        // Pages are checked in runs, each run following an address from the root once.
        let run = 64
        let results = await Array(stride(from: 0, to: scanned.count, by: run)).concurrentMap { start in
            var known = OutputLinkChecker.KnownTargets()
            return scanned[start..<min(start + run, scanned.count)].map { page in
                (checker.problems(of: page, known: &known), checker.fragmentTargets(of: page, known: &known))
            }
        }.flatMap { $0 }
        return SiteVerification(verifier: verifier, checker: checker, scanned: scanned, found: results.map(\.0), fragmentTargets: results.map(\.1))
    }

    private init(
        verifier: SiteVerifier, checker: OutputLinkChecker, scanned: [OutputPage],
        found: [[(OutputProblem, missing: String?)]], fragmentTargets: [Set<String>]
    ) {
        self.verifier = verifier
        self.checker = checker
        self.scanned = scanned
        self.found = found
        self.fragmentTargets = fragmentTargets
        indexByPath = Dictionary(scanned.indices.map { (scanned[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        var linkers: [String: Set<Int>] = [:]
        for (index, targets) in fragmentTargets.enumerated() {
            for target in targets { linkers[target, default: []].insert(index) }
        }
        fragmentLinkers = linkers
    }

    /// Every problem, errors and warnings, each at the place to change in `content`, sorted by place.
    func problems(in content: SiteContent) -> [Diagnostic] {
        verifier.diagnostics(for: checker.withHints(found.flatMap { $0 }), in: content)
    }

    /// The same verification of the same output paths after `pages` were made again, whatever
    /// changed in the content (`verifier`); nil when a page is not one of the output.
    func replacing(_ pages: [OutputPage], verifier: SiteVerifier) -> SiteVerification? {
        var copy = self
        copy.verifier = verifier
        return copy.replace(pages) ? copy : nil
    }

    /// Checks `pages`, made again, and the pages whose `#fragment` links lead into them, in
    /// place; false, with nothing changed, when a page is not one of the output.
    mutating func replace(_ pages: [OutputPage]) -> Bool {
        guard pages.allSatisfy({ indexByPath[$0.path] != nil }) else { return false }
        var recheck: Set<Int> = []
        for page in pages {
            guard let index = indexByPath[page.path] else { continue }
            scanned[index] = page
            checker.pages[page.path] = page
            recheck.insert(index)
            recheck.formUnion(fragmentLinkers[page.path] ?? [])
        }
        for index in recheck.sorted() {
            let page = scanned[index]
            found[index] = checker.problems(of: page)
            let targets = checker.fragmentTargets(of: page)
            for removed in fragmentTargets[index].subtracting(targets) { fragmentLinkers[removed]?.remove(index) }
            for added in targets.subtracting(fragmentTargets[index]) { fragmentLinkers[added, default: []].insert(index) }
            fragmentTargets[index] = targets
        }
        return true
    }
}
