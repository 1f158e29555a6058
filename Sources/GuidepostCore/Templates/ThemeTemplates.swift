import Foundation
internal import Mustache

/// The theme's Mustache templates, each parsed once per build and checked before any page is
/// rendered: syntax, partials that exist, no partial or block that includes itself, and no
/// nesting deeper than `TemplateOutline.nestingLimit`.
struct ThemeTemplates: Sendable {
    /// Templates every theme must have, by name (path under `Templates/` without `.mustache`).
    static let required = ["layout", "home", "section", "article", "404", "redirect"]
    static let fileExtension = "mustache"
    static let assetsFolder = "assets"

    let library: MustacheLibrary
    /// The templates that, with every partial they include, compile; the others are rendered
    /// by swift-mustache (see `CompiledTemplate`).
    let compiled: [String: CompiledTemplate]
    let names: Set<String>
    /// Changes whenever any template's text changes.
    let fingerprint: Int

    /// A theme as a preview session last loaded it: parsed again only when a template's text,
    /// or the list of templates the site needs, changed.
    struct Loaded: Sendable {
        var texts: [String: String]
        var required: [String]
        var templates: ThemeTemplates?
        var diagnostics: [Diagnostic]
    }

    /// Loads every `.mustache` file under `folder` (except `assets/`), appending every problem.
    static func load(
        from folder: URL, displayFolder: String, required: [String] = required, into diagnostics: inout [Diagnostic]
    ) -> ThemeTemplates? {
        var loaded: Loaded?
        return load(from: folder, displayFolder: displayFolder, required: required, reusing: &loaded, into: &diagnostics)
    }

    /// The same, handing back `loaded`'s templates and problems when every template reads as it
    /// did then, and keeping what was loaded in `loaded`.
    static func load(
        from folder: URL, displayFolder: String, required: [String] = required, reusing loaded: inout Loaded?,
        into diagnostics: inout [Diagnostic]
    ) -> ThemeTemplates? {
        let before = diagnostics.count
        var sources: [String: SourceFile] = [:]
        // Templates that exist but cannot be read are reported once, not also as missing.
        var unreadable: Set<String> = []
        let listing = DirectoryWalker(root: folder).listing(skippingFolders: { $0 == assetsFolder }).keeping { $0.hasSuffix(".\(fileExtension)") }
        diagnostics += listing.problems(displayFolder: displayFolder)
        let realFolder = StaticFiles.realPath(folder.path)
        for path in listing.files {
            let name = String(path.dropLast(fileExtension.count + 1))
            // A template's text is published in every page: a link to a file elsewhere on the
            // machine (a guide copied from someone else) would publish that file.
            let file = folder.appendingPathComponent(path)
            if let realFolder, let real = StaticFiles.realPath(file.path), !real.hasPrefix(realFolder + "/") {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) ?? real
                diagnostics.append(Diagnostic(
                    at: SourceLocation(file: "\(displayFolder)/\(path)"),
                    "symbolic link to '\(target)', a file outside the theme folder; a template's text is published in every page, so copy the file in instead"
                ))
                unreadable.insert(name)
                continue
            }
            switch SourceFile.read(folder.appendingPathComponent(path), relativePath: path, displayPath: "\(displayFolder)/\(path)") {
            case .success(let file): sources[name] = file
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                unreadable.insert(name)
            }
        }
        let texts = sources.mapValues(\.text)
        // Only a theme that read without a problem is kept: a folder or file that could not be
        // read is read again next time.
        let readCleanly = diagnostics.count == before
        if readCleanly, let loaded, loaded.texts == texts, loaded.required == required {
            diagnostics += loaded.diagnostics
            return loaded.templates
        }
        let templates = parse(sources, required: required, unreadable: unreadable, displayFolder: displayFolder, into: &diagnostics)
        loaded = readCleanly
            ? Loaded(texts: texts, required: required, templates: templates, diagnostics: Array(diagnostics[before...])) : nil
        return templates
    }

    /// Parses and checks the templates read from the theme folder.
    private static func parse(
        _ sources: [String: SourceFile], required: [String], unreadable: Set<String>, displayFolder: String,
        into diagnostics: inout [Diagnostic]
    ) -> ThemeTemplates? {
        let before = diagnostics.count
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        let outlines = sources.mapValues { TemplateOutline(scanning: $0.text) }
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            let outline = outlines[name] ?? TemplateOutline(scanning: file.text)
            // The parser recurses once per level: a template nested too deep is not parsed.
            if let place = outline.firstTooDeep {
                diagnostics.append(.error(
                    "sections and blocks are nested more than \(TemplateOutline.nestingLimit) deep here; a template may nest them at most \(TemplateOutline.nestingLimit) deep",
                    file: file.displayPath, line: place.line, column: place.column, in: file.text
                ))
                continue
            }
            if let place = outline.firstPastTagLimit {
                diagnostics.append(.error(
                    "this template holds \(outline.tagCount) tags; a template may hold at most \(TemplateOutline.tagLimit) (this is the first past the limit): split it into partials",
                    file: file.displayPath, line: place.line, column: place.column, in: file.text
                ))
                continue
            }
            do {
                let template = try MustacheTemplate(string: FastHTMLEscaping.pragmaLine + file.text)
                library.register(template, named: name)
                compiled[name] = CompiledTemplate(parsed: template)
            } catch let error as MustacheTemplate.ParserError {
                // The parser notices an unclosed section at the end of the file; point at its tag.
                if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = UnclosedSection.last(in: file.text) {
                    diagnostics.append(.error(
                        "section '\(open.tag)' is never closed; add '{{/\(open.name)}}' where it ends", file: file.displayPath,
                        line: open.line, column: open.column, in: file.text
                    ))
                    continue
                }
                // The parser runs out of text inside a tag the end of the file cuts off.
                if !(error.error is MustacheTemplate.Error), let tag = outline.unterminatedTag {
                    diagnostics.append(.error(
                        Self.message(for: tag.kind), file: file.displayPath, line: tag.place.line, column: tag.place.column, in: file.text
                    ))
                    continue
                }
                // The pragma line added in front is not the publisher's: count lines without it.
                diagnostics.append(.error(
                    message(for: error.error), file: file.displayPath,
                    line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber, in: file.text
                ))
            } catch {
                diagnostics.append(Diagnostic(at: SourceLocation(file: file.displayPath), "cannot parse template: \(error)"))
            }
        }
        let names = Set(sources.keys)
        checkReferences(sources, outlines: outlines, names: names, unreadable: unreadable, into: &diagnostics)
        for name in required where !names.contains(name) && !unreadable.contains(name) {
            diagnostics.append(Diagnostic(
                at: SourceLocation(file: "\(displayFolder)/\(name).\(fileExtension)"),
                "the theme has no '\(name)' template; every theme needs \(required.map { "'\($0)'" }.joined(separator: ", "))"
            ))
        }
        guard diagnostics.count == before else { return nil }
        var hasher = Hasher()
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(file.text)
        }
        return ThemeTemplates(library: library, compiled: withCompiledPartials(compiled), names: names, fingerprint: hasher.finalize())
    }

    /// Renders `name` with `context`.
    func render(_ name: String, _ context: TemplateContext) -> String {
        guard let template = compiled[name] else { return renderThroughMustache(name, context) }
        return template.render(context, partials: compiled)
    }

    /// A whole page: the page template `name` with `context`, then `layout` with its text as `body`.
    func renderPage(_ name: String, _ context: TemplateContext) -> String {
        var context = context
        context["body"] = .text(render(name, context))
        return render("layout", context)
    }

    /// What swift-mustache itself writes for `name` with `context`.
    func renderThroughMustache(_ name: String, _ context: TemplateContext) -> String {
        library.render(TemplateValue.map(context).mustacheObject, withTemplate: name) ?? ""
    }

    /// The compiled templates whose partials, and theirs, all compiled too: a template is
    /// rendered by one engine from start to end.
    private static func withCompiledPartials(_ compiled: [String: CompiledTemplate]) -> [String: CompiledTemplate] {
        var kept = compiled
        while let name = kept.first(where: { !$0.value.partialNames.isSubset(of: kept.keys) })?.key {
            kept[name] = nil
        }
        return kept
    }

    // MARK: - Messages

    private static func message(for kind: TemplateOutline.UnterminatedTag.Kind) -> String {
        switch kind {
        case .comment: "this comment is never closed: the file ends before its '}}'"
        case .tripleMustache: "this '{{{' tag is never closed: the file ends before its '}}}'"
        case .tag: "this tag is never closed: the file ends before its '}}'"
        }
    }

    private static func message(for error: Swift.Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "this closing tag does not match the section that is open"
        case .unfinishedName?: return "unfinished tag; expected '}}'"
        case .expectedSectionEnd?: return "a section opened here is never closed with '{{/name}}'"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection?: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?: return "only '{{$block}}' sections may appear inside '{{<parent}}'"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return "invalid '{{% ... }}' pragma"
        case nil: return "invalid template: \(error)"
        }
    }
}
