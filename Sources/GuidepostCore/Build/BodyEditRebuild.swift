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
        guard var state = cache.lastRender, var verification = cache.verification else { return nil }
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
        guard !edited.isEmpty else {
            return Result(files: [:], searchChanges: nil, pagesRendered: 0, warnings: state.warnings + verification.problems(in: state.contexts.content))
        }

        // From here the last render is changed in place, without copying its lists of pages and
        // bodies (nothing else holds them); when this returns nil, the whole build that follows
        // starts over without it.
        cache.lastRender = nil
        let search = state.search.map { (tables: $0.tables, catalogTexts: $0.catalogTexts) }
        state.search = nil
        for edit in edited {
            guard let file = edit.parsed.file else { return nil }
            var page = state.contexts.content.pages[edit.index]
            page.frontMatterText = file.frontMatterText
            page.body = file.body
            page.bodyLineOffset = file.bodyLineOffset
            let body = state.bodyRenderer.render(page, index: edit.index)
            guard body.diagnostics.isEmpty else { return nil }
            state.contexts.content.pages[edit.index] = page
            state.contexts.bodies[edit.index] = body
        }
        let editedIndices = Set(edited.map(\.index))
        for (index, body) in state.contexts.bodies.enumerated() {
            for check in body.anchorChecks where editedIndices.contains(index) || editedIndices.contains(check.targetPageIndex) {
                guard SiteChecker.holds(check, bodies: state.contexts.bodies) else { return nil }
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
            let context = SitePageContexts.decorated(
                state.contexts.context(forPage: edit.index), for: planned, pages: state.contexts, translations: state.translations, strings: state.strings
            )
            let data = PageRenderer.render(planned, with: context, templates: state.templates)
            let scan = OutputPage(path: planned.outputPath, data: data)
            files[planned.outputPath] = data
            rendered.append((planned, context, data, scan))
            scans.append(scan)
        }
        // The check is changed in place too, and kept even when the edit fails; the edited pages'
        // scans are forgotten until it succeeds, so that any build that follows reads them again.
        cache.verification = nil
        guard verification.replace(scans) else {
            cache.verification = verification
            return nil
        }
        for scan in scans { cache.scans.forget(scan.path) }
        cache.verification = verification
        let problems = verification.problems(in: state.contexts.content)
        guard !problems.contains(where: { $0.severity == .error }) else { return nil }

        let rendererKey = cache.bodies.rendererKey ?? RenderedBodyCache.key(of: state.bodyRenderer)
        for (edit, page) in zip(edited, rendered) {
            cache.pages.store(page.data, for: page.planned, context: page.context, templates: state.templates)
            if let key = cache.pages.entries[page.planned.outputPath]?.key { cache.scans.store(page.scan, key: key) }
            cache.parsed[edit.path] = edit.parsed
            cache.bodies.store(state.contexts.bodies[edit.index], for: state.contexts.content.pages[edit.index], index: edit.index, rendererKey: rendererKey)
        }
        var searchChanges: (files: [String: Data], removed: [String])?
        if let search, var postings = state.searchPostings, !edited.isEmpty {
            let builder = SearchIndexBuilder(contexts: state.contexts, tables: search.tables, catalogTexts: search.catalogTexts)
            var termChanges: [(position: Int, terms: ChunkedSearchIndex.PageTerms?)] = []
            let stemmer = SearchStemmer(language: state.contexts.config.language)
            for edit in edited {
                let entry = builder.entry(forPage: edit.index)
                state.searchValues[edit.index] = entry
                termChanges.append((edit.index, ChunkedSearchIndex.pageTerms(of: entry, stemmer: stemmer)))
            }
            // Only the files of the terms whose fields changed in the edited pages, their records
            // and (when a file came or went) the manifest are written again; a term file no page
            // needs any more is gone.
            state.searchPostings = nil
            searchChanges = postings.replace(termChanges, entries: state.searchValues, language: state.contexts.config.language)
            state.searchPostings = postings
            state.search = builder
        }
        cache.lastRender = state
        return Result(files: files, searchChanges: searchChanges, pagesRendered: edited.count, warnings: state.warnings + problems)
    }
}
