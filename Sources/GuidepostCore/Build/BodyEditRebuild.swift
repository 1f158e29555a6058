import Foundation

/// A preview rebuild after edits that changed only the Markdown bodies of published pages, the
/// most common edit while writing: only the edited pages and the search index are made again.
///
/// A body feeds its own page and the search index, and nothing else: lists, menus, feeds and
/// sitemaps show front matter only. So when every changed file is a published page whose front
/// matter is unchanged, whose new body has no problem, and whose headings still satisfy every
/// `#fragment` link to it, the other pages keep their bytes. Anything else (a new, deleted or
/// broken file, front matter, settings, catalog or theme edits) returns nil and the caller runs
/// a whole build, which reports problems the usual way.
struct BodyEditRebuild {
    let contentFolder: URL
    let displayFolder: String

    struct Result {
        /// Output files whose bytes were made again, by output path.
        var files: [String: Data]
        /// The files of the split search index written again, and the paths of its files that
        /// are gone, when only some of it was made again.
        var searchChanges: (files: [String: Data], removed: [String])?
        var pagesRendered: Int
        var warnings: [Diagnostic]
    }

    /// Applies edits to the files at `changedPaths` (relative to `Content/`), updating `cache`.
    func apply(_ changedPaths: Set<String>, cache: inout BuildCache) -> Result? {
        guard var state = cache.lastRender, let lastVerification = cache.verification else { return nil }
        var edited: [(index: Int, path: String, parsed: BuildCache.ParsedFile)] = []
        for path in changedPaths.sorted() {
            guard path.hasSuffix(".md"), let index = state.contexts.content.pageIndexBySourcePath[path],
                  let previous = cache.parsed[path], let previousFile = previous.file else { return nil }
            let parsed = BuildCache.ParsedFile.read(path, in: contentFolder, displayFolder: displayFolder, reusing: previous)
            guard parsed.text != nil else { return nil }
            if parsed.text == previous.text { continue }
            guard parsed.problems.isEmpty, let file = parsed.file, file.frontMatter == previousFile.frontMatter else { return nil }
            edited.append((index, path, parsed))
        }

        // Files saved without a change: nothing to do.
        guard !edited.isEmpty else { return Result(files: [:], searchChanges: nil, pagesRendered: 0, warnings: state.warnings + lastVerification.problems()) }

        var contexts = state.contexts
        for edit in edited {
            guard let file = edit.parsed.file else { return nil }
            var page = contexts.content.pages[edit.index]
            page.frontMatterText = file.frontMatterText
            page.body = file.body
            page.bodyLineOffset = file.bodyLineOffset
            let body = state.bodyRenderer.render(page, index: edit.index)
            guard body.diagnostics.isEmpty else { return nil }
            contexts.content.pages[edit.index] = page
            contexts.bodies[edit.index] = body
        }
        let editedIndices = Set(edited.map(\.index))
        for (index, body) in contexts.bodies.enumerated() {
            for check in body.anchorChecks where editedIndices.contains(index) || editedIndices.contains(check.targetPageIndex) {
                guard SiteChecker.holds(check, bodies: contexts.bodies) else { return nil }
            }
        }

        // The edited pages, verified with the rest of the site as it stands, before anything is kept.
        var files: [String: Data] = [:]
        var rendered: [(planned: PlannedPage, context: TemplateContext, data: Data, scan: OutputPage)] = []
        var scans: [OutputPage] = []
        for edit in edited {
            // Markdown pages come first in the plan, in page order.
            let planned = state.plan.pages[edit.index]
            guard case .markdown(edit.index) = planned.identity else { return nil }
            let context = contexts.context(forPage: edit.index)
            let data = PageRenderer.render(planned, with: context, templates: state.templates)
            let scan = OutputPage(path: planned.outputPath, html: String(decoding: data, as: UTF8.self))
            files[planned.outputPath] = data
            rendered.append((planned, context, data, scan))
            scans.append(scan)
        }
        guard let verification = lastVerification.replacing(scans, content: contexts.content) else { return nil }
        let problems = verification.problems()
        guard !problems.contains(where: { $0.severity == .error }) else { return nil }

        let rendererKey = RenderedBodyCache.key(of: state.bodyRenderer)
        for (edit, page) in zip(edited, rendered) {
            cache.pages.store(page.data, for: page.planned, context: page.context, templates: state.templates)
            if let key = cache.pages.entries[page.planned.outputPath]?.key { cache.scans.store(page.scan, key: key) }
            cache.parsed[edit.path] = edit.parsed
            cache.bodies.store(contexts.bodies[edit.index], for: contexts.content.pages[edit.index], index: edit.index, rendererKey: rendererKey)
        }
        var searchChanges: (files: [String: Data], removed: [String])?
        if let search = state.search, !edited.isEmpty {
            let builder = SearchIndexBuilder(contexts: contexts, tables: search.tables, catalogTexts: search.catalogTexts)
            // The page lists, from the terms as they were before these edits, made on the first edit.
            var postings = state.searchPostings ?? SearchPostings(state.searchTerms)
            var termChanges: [(position: Int, old: ChunkedSearchIndex.PageTerms?, new: ChunkedSearchIndex.PageTerms?)] = []
            for edit in edited {
                let entry = builder.entry(forPage: edit.index)
                let terms = ChunkedSearchIndex.pageTerms(of: entry)
                state.searchEntries[edit.index] = SearchIndexBuilder.encode(entry)
                state.searchValues[edit.index] = entry
                termChanges.append((edit.index, state.searchTerms[edit.index], terms))
                state.searchTerms[edit.index] = terms
            }
            files[String(ListingPageBuilder.searchIndexPath.dropFirst())] = SearchIndexBuilder.join(state.searchEntries)
            // Only the files of the terms the edited pages have or had, their records and the
            // manifest are written again; a term file no page needs any more is gone.
            searchChanges = postings.replace(termChanges, entries: state.searchValues, language: contexts.config.language)
            state.searchPostings = postings
            state.search = builder
        }
        state.contexts = contexts
        cache.verification = verification
        cache.lastRender = state
        return Result(files: files, searchChanges: searchChanges, pagesRendered: edited.count, warnings: state.warnings + problems)
    }
}
