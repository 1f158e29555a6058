import GuidepostMarkdown

extension CompiledTemplate {
    /// What a tag sees while rendering, as swift-mustache keeps it: the values from the outermost
    /// (the context) to the innermost (the current section's), the current list entry's position,
    /// and the indentation of the partial being rendered.
    struct Scope {
        var stack: [TemplateValue]
        var position: ListPosition?
        var indentation: String?
    }

    /// The text swift-mustache would write for this template with `context`; `partials` holds the
    /// theme's compiled templates by name.
    func render(_ context: TemplateContext, partials: [String: CompiledTemplate]) -> String {
        var output = ""
        var scope = Scope(stack: [.map(context)])
        render(into: &output, scope: &scope, partials: partials)
        return output
    }

    private func render(into output: inout String, scope: inout Scope, partials: [String: CompiledTemplate]) {
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for node in nodes { write(node, into: &output, scope: &scope, partials: partials) }
            return
        }
        // Inside an indented partial, swift-mustache indents a node's text when what this
        // template wrote so far ends a line (a "\r\n" is one Character, not a "\n").
        var written = ""
        for node in nodes {
            var text = ""
            write(node, into: &text, scope: &scope, partials: partials)
            if !text.isEmpty, written.last == "\n" { written += indentation }
            written += text
        }
        output += written
    }

    private func write(_ node: Node, into output: inout String, scope: inout Scope, partials: [String: CompiledTemplate]) {
        switch node {
        case .text(let text):
            output += text
        case .value(let path, let escaped):
            guard let value = Self.value(at: path, in: scope) else { return }
            let text = value.renderedText
            output += escaped ? MarkdownRenderer.escapeHTML(text) : text
        case .section(let path, let inverted, let body):
            let value = Self.value(at: path, in: scope)
            if inverted {
                switch value {
                case nil, .flag(false)?:
                    body.render(into: &output, scope: &scope, partials: partials)
                case .list(let entries)? where entries.isEmpty:
                    body.render(into: &output, within: .list([]), position: nil, scope: &scope, partials: partials)
                default:
                    break
                }
                return
            }
            switch value {
            case nil, .flag(false)?:
                break
            case .flag(true)?:
                body.render(into: &output, scope: &scope, partials: partials)
            case .list(let entries)?:
                for (index, entry) in entries.enumerated() {
                    let position = ListPosition(index: index, isLast: index == entries.count - 1)
                    body.render(into: &output, within: entry, position: position, scope: &scope, partials: partials)
                }
            case let value?:
                body.render(into: &output, within: value, position: nil, scope: &scope, partials: partials)
            }
        case .partial(let name, let indentation):
            // A missing partial was reported before rendering began.
            guard let partial = partials[name] else { return }
            // Only what the partial changes is kept aside: a copy of the whole scope would make
            // the partial's first section copy the stack.
            let (outerIndentation, outerPosition) = (scope.indentation, scope.position)
            if let indentation { scope.indentation = (outerIndentation ?? "") + indentation }
            scope.position = nil
            partial.render(into: &output, scope: &scope, partials: partials)
            (scope.indentation, scope.position) = (outerIndentation, outerPosition)
        }
    }

    /// Renders with `value` as the current value, and the list position set to `position`.
    private func render(
        into output: inout String, within value: TemplateValue, position: ListPosition?, scope: inout Scope,
        partials: [String: CompiledTemplate]
    ) {
        let outerPosition = scope.position
        scope.stack.append(value)
        scope.position = position
        render(into: &output, scope: &scope, partials: partials)
        scope.stack.removeLast()
        scope.position = outerPosition
    }

    /// The value a tag names, found as swift-mustache finds it: the first name from the innermost
    /// value outwards, the following names only inside what the previous one found.
    static func value(at path: ValuePath, in scope: Scope) -> TemplateValue? {
        var found: TemplateValue
        var names = path.names[...]
        switch path.start {
        case .listPosition(let helper):
            return scope.position?.value(of: helper)
        case .current:
            guard let current = scope.stack.last else { return nil }
            found = current
        case .enclosing:
            guard let first = names.popFirst(), let value = scope.stack.reversed().lazy.compactMap({ $0[first] }).first else {
                return nil
            }
            found = value
        }
        for name in names {
            guard let child = found[name] else { return nil }
            found = child
        }
        return found
    }
}
