import Foundation

/// The generated HTML pages of one build as the verifier reads them, with every output path;
/// a preview session keeps it to verify again after body edits without scanning every page.
struct SiteVerification: Sendable {
    private(set) var verifier: SiteVerifier
    /// Every output path, pages and copied files.
    let outputPaths: Set<String>
    private(set) var scanned: [OutputPage]
    private let indexByPath: [String: Int]

    init(verifier: SiteVerifier, files: [OutputFile], scanned: [OutputPage]) {
        self.verifier = verifier
        self.outputPaths = Set(files.map(\.path))
        self.scanned = scanned
        self.indexByPath = Dictionary(scanned.indices.map { (scanned[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every problem, errors and warnings, sorted by place.
    func problems() async -> [Diagnostic] {
        await verifier.problems(of: scanned, files: outputPaths)
    }

    /// Replaces the scan of a page whose bytes changed; the page must be one of the output.
    mutating func replace(_ page: OutputPage) -> Bool {
        guard let index = indexByPath[page.path] else { return false }
        scanned[index] = page
        return true
    }

    /// The same verification with `content` instead, for pages whose Markdown changed.
    func with(content: SiteContent) -> SiteVerification {
        var copy = self
        copy.verifier = SiteVerifier(
            content: content, markdown: verifier.markdown, basePath: verifier.basePath, outputDisplayPath: verifier.outputDisplayPath
        )
        return copy
    }
}
