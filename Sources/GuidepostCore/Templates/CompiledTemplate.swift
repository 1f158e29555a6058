/// A theme template as a tree of nodes that find their values in typed `TemplateValue`s.
///
/// swift-mustache parses every template (its syntax, whitespace rules and errors are the
/// theme's); `CompiledTemplate(parsed:)` then reads the parsed tokens into these nodes, and
/// `render` writes the same text swift-mustache would, several times faster, because a value is
/// found with dictionary lookups and a `switch` instead of runtime casts of `Any`. A template
/// that uses what these nodes do not cover (transforms such as `uppercased()`, inheritance, a
/// content type other than HTML) is not compiled and swift-mustache renders it instead.
struct CompiledTemplate: Sendable {
    /// Not `indirect`: a section's body is reached through its array of nodes. (An indirect
    /// enum keeps its case in the pointer's spare bits, and LeakSanitizer then takes every node
    /// of a theme that is still in use at exit for a leak.)
    enum Node: Sendable {
        /// Text written as it is.
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}`, `{{& name}}` (not escaped).
        case value(ValuePath, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(ValuePath, inverted: Bool, body: CompiledTemplate)
        /// `{{> name}}`; `indentation` is the whitespace before a partial alone on its line.
        case partial(name: String, indentation: String?)
    }

    /// Where a tag's value comes from.
    struct ValuePath: Sendable {
        enum Start: Sendable {
            /// The first name is looked up from the innermost value outwards (`{{page.title}}`).
            case enclosing
            /// Only inside the current value (`{{.}}`, `{{.title}}`).
            case current
            /// A helper about the current list entry (`{{#first()}}`, `{{index()}}`).
            case listPosition(ListPosition.Helper)
        }

        var start: Start
        /// The names after the start, in order; `page.title` is `["page", "title"]`.
        var names: [String]
    }

    var nodes: [Node]
    /// The partials this template includes, directly or in its sections.
    var partialNames: Set<String> {
        var names: Set<String> = []
        for node in nodes {
            switch node {
            case .partial(let name, _): names.insert(name)
            case .section(_, _, let body): names.formUnion(body.partialNames)
            case .text, .value: break
            }
        }
        return names
    }
}

/// Where the current entry of a list section is, for `first()`, `last()` and `index()`.
struct ListPosition: Sendable {
    enum Helper: String, Sendable {
        case first, last, index, even, odd
    }

    var index: Int
    var isLast: Bool

    func value(of helper: Helper) -> TemplateValue {
        switch helper {
        case .first: .flag(index == 0)
        case .last: .flag(isLast)
        case .index: .number(index)
        case .even: .flag(index & 1 == 0)
        case .odd: .flag(index & 1 == 1)
        }
    }
}
