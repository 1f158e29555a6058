import Foundation
internal import Mustache

/// The theme's Mustache templates, each parsed once per build and checked before any page is
/// rendered: syntax, partials that exist, no partial that includes itself.
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
        let listing = DirectoryWalker(root: folder).listing(skippingFolders: { $0 == assetsFolder })
        for folder in listing.unreadable {
            let path = folder.path.isEmpty ? displayFolder : "\(displayFolder)/\(folder.path)"
            diagnostics.append(Diagnostic(at: SourceLocation(file: path), "cannot read folder: \(folder.reason)"))
        }
        let realFolder = StaticFiles.realPath(folder.path)
        for path in listing.files where path.hasSuffix(".\(fileExtension)") {
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
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
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
        checkPartials(sources, names: names, unreadable: unreadable, into: &diagnostics)
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

    // MARK: - Checks

    private static func checkPartials(
        _ sources: [String: SourceFile], names: Set<String>, unreadable: Set<String>, into diagnostics: inout [Diagnostic]
    ) {
        var edges: [String: [PartialReference]] = [:]
        for (name, file) in sources {
            // Only partials named in the text can be checked before rendering; one that reached
            // itself at render time would recurse until the stack overflows.
            let scan = PartialReference.scan(file.text)
            if let change = scan.delimiterChange {
                diagnostics.append(.error(
                    "a template may not change the tag delimiters; write every tag with '{{' and '}}'", file: file.displayPath,
                    line: change.line, column: change.column, in: file.text
                ))
            }
            for reference in scan.references where reference.isDynamic {
                diagnostics.append(.error(
                    "partial '*\(reference.name)' takes its name from the page; write the partial's name, so that it can be checked before rendering",
                    file: file.displayPath, line: reference.line, column: reference.column, in: file.text
                ))
            }
            let references = scan.references.filter { !$0.isDynamic }
            edges[name] = references
            // A partial that exists but was refused or could not be read is reported once, where it is.
            for reference in references where !names.contains(reference.name) && !unreadable.contains(reference.name) {
                let hint = Suggestion.hint(for: reference.name, in: names)
                diagnostics.append(.error(
                    "unknown partial '\(reference.name)'\(hint)", file: file.displayPath,
                    line: reference.line, column: reference.column, in: file.text
                ))
            }
        }
        // A partial that reaches itself again renders forever: report each loop once, at the
        // reference that closes it.
        var reported: Set<Set<String>> = []
        for name in edges.keys.sorted() {
            var stack = [(name: name, path: [name])]
            var visited: Set<String> = [name]
            while let (current, path) = stack.popLast() {
                for reference in edges[current] ?? [] {
                    if reference.name == name {
                        guard reported.insert(Set(path)).inserted, let file = sources[current] else { continue }
                        let chain = path.dropFirst().reduce("'\(name)'") { "\($0) includes '\($1)', which" } + " includes '\(name)' again"
                        let message = path.count == 1
                            ? "partial '\(name)' includes itself through this reference; a partial may not be recursive"
                            : "partials include each other in a loop: \(chain); a partial may not be recursive"
                        diagnostics.append(.error(message, file: file.displayPath, line: reference.line, column: reference.column, in: file.text))
                    } else if visited.insert(reference.name).inserted {
                        stack.append((reference.name, path + [reference.name]))
                    }
                }
            }
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
