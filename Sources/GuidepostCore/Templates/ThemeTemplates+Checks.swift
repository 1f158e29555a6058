/// The checks of a theme that follow its templates from one to another: partials that exist,
/// no partial or block that includes itself, and no nesting deeper than the renderers allow.
/// Only what the text names can be checked before rendering; a template that reached itself
/// at render time would recurse until the stack overflows.
extension ThemeTemplates {
    static func checkReferences(
        _ sources: [String: SourceFile], outlines: [String: TemplateOutline], names: Set<String>, unreadable: Set<String>,
        into diagnostics: inout [Diagnostic]
    ) {
        var edges: [String: [PartialReference]] = [:]
        for (name, file) in sources {
            guard let outline = outlines[name] else { continue }
            if let change = outline.delimiterChange {
                diagnostics.append(.error(
                    "a template may not change the tag delimiters; write every tag with '{{' and '}}'", file: file.displayPath,
                    line: change.line, column: change.column, in: file.text
                ))
            }
            for reference in outline.references where reference.isDynamic {
                diagnostics.append(.error(
                    "partial '*\(reference.name)' takes its name from the page; write the partial's name, so that it can be checked before rendering",
                    file: file.displayPath, line: reference.line, column: reference.column, in: file.text
                ))
            }
            let references = outline.references.filter { !$0.isDynamic }
            edges[name] = references.filter { names.contains($0.name) }
            // A partial that exists but was refused or could not be read is reported once, where it is.
            for reference in references where !names.contains(reference.name) && !unreadable.contains(reference.name) {
                let hint = Suggestion.hint(for: reference.name, in: names)
                diagnostics.append(.error(
                    "unknown partial '\(reference.name)'\(hint)", file: file.displayPath,
                    line: reference.line, column: reference.column, in: file.text
                ))
            }
        }
        let before = diagnostics.count
        checkPartialLoops(sources, edges: edges, into: &diagnostics)
        checkBlockLoops(sources, outlines: outlines, edges: edges, into: &diagnostics)
        // The depth through partials is only finite without loops.
        if diagnostics.count == before {
            checkNestingThroughPartials(sources, outlines: outlines, edges: edges, into: &diagnostics)
        }
    }

    /// A partial that reaches itself again renders forever: each loop is reported once, at the
    /// reference that closes it.
    private static func checkPartialLoops(_ sources: [String: SourceFile], edges: [String: [PartialReference]], into diagnostics: inout [Diagnostic]) {
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

    /// A block given to a parent (`{{<parent}}{{$name}}…{{/name}}{{/parent}}`) replaces every
    /// `{{$name}}` rendered inside the parent, its own text included. When that text includes a
    /// template that shows `{{$name}}`, the parent for one, the block renders itself forever.
    private static func checkBlockLoops(
        _ sources: [String: SourceFile], outlines: [String: TemplateOutline], edges: [String: [PartialReference]],
        into diagnostics: inout [Diagnostic]
    ) {
        // For each block name, the templates that show it or include one that does.
        var showing: [String: Set<String>] = [:]
        var includedBy: [String: [String]] = [:]
        for (name, references) in edges {
            for reference in references { includedBy[reference.name, default: []].append(name) }
        }
        func templatesShowing(_ block: String) -> Set<String> {
            if let known = showing[block] { return known }
            var found = Set(outlines.filter { $0.value.blockExpansions.contains(block) }.keys)
            var queue = Array(found)
            while let name = queue.popLast() {
                for including in includedBy[name] ?? [] where found.insert(including).inserted { queue.append(including) }
            }
            showing[block] = found
            return found
        }
        for name in outlines.keys.sorted() {
            guard let outline = outlines[name], let file = sources[name] else { continue }
            for block in outline.blockOverrides {
                if block.expansions.contains(block.name) {
                    diagnostics.append(.error(
                        "block '\(block.name)' given to '\(block.parent)' shows '{{$\(block.name)}}' inside itself, so it would render itself without end; a block may not show itself",
                        file: file.displayPath, line: block.place.line, column: block.place.column, in: file.text
                    ))
                    continue
                }
                let showingBlock = templatesShowing(block.name)
                guard let reference = block.references.first(where: { showingBlock.contains($0.name) }) else { continue }
                let shows = outlines[reference.name]?.blockExpansions.contains(block.name) == true
                    ? "'\(reference.name)', which shows '{{$\(block.name)}}'"
                    : "'\(reference.name)', which leads to a template that shows '{{$\(block.name)}}'"
                diagnostics.append(.error(
                    "block '\(block.name)' given to '\(block.parent)' includes \(shows), so the block would render itself without end; a block may not include a template that shows it",
                    file: file.displayPath, line: reference.line, column: reference.column, in: file.text
                ))
            }
        }
    }

    /// How deep `reference` nests: its own nesting, the partial's depth, and the depth of each
    /// parent whose block it is in.
    private static func nestingDepth(through reference: PartialReference, _ depths: [String: Int]) -> Int {
        reference.nesting + 1 + (depths[reference.name] ?? 0) + reference.parents.reduce(0) { $0 + (depths[$1] ?? 0) }
    }

    /// Sections, blocks and partials nest through every partial a template includes; a block
    /// given to a parent is rendered inside the parent, so the parent's depth counts too. Each
    /// place that takes the depth past the limit is reported, not every template above it.
    private static func checkNestingThroughPartials(
        _ sources: [String: SourceFile], outlines: [String: TemplateOutline], edges: [String: [PartialReference]],
        into diagnostics: inout [Diagnostic]
    ) {
        let limit = TemplateOutline.nestingLimit
        // Each template is measured once, after the templates it includes (there are no loops
        // here): an explicit stack, as a long chain of partials would overflow a recursion.
        var depths: [String: Int] = [:]
        for start in edges.keys.sorted() where depths[start] == nil {
            var stack = [(name: start, expanded: false)]
            while let (name, expanded) = stack.popLast() {
                guard depths[name] == nil else { continue }
                let needed = (edges[name] ?? []).flatMap { [$0.name] + $0.parents }.filter { depths[$0] == nil }
                if expanded || needed.isEmpty {
                    depths[name] = (edges[name] ?? []).reduce(outlines[name]?.deepestNesting ?? 0) { max($0, nestingDepth(through: $1, depths)) }
                } else {
                    stack.append((name, true))
                    stack += needed.map { ($0, false) }
                }
            }
        }
        func depth(of name: String) -> Int { depths[name] ?? 0 }
        for name in edges.keys.sorted() {
            guard let file = sources[name], outlines[name]?.firstTooDeep == nil else { continue }
            for reference in edges[name] ?? [] {
                let total = nestingDepth(through: reference, depths)
                // Reported where the limit is crossed: the partials it includes are within it.
                guard total > limit, depth(of: reference.name) <= limit, reference.parents.allSatisfy({ depth(of: $0) <= limit }) else { continue }
                diagnostics.append(.error(
                    "including '\(reference.name)' here nests sections, blocks and partials \(total) deep; a theme may nest them at most \(limit) deep",
                    file: file.displayPath, line: reference.line, column: reference.column, in: file.text
                ))
            }
        }
    }
}
