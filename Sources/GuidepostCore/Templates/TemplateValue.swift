/// A value a template can show or test: what `site`, `page` and `body` are made of.
///
/// Typed, so that `CompiledTemplate` finds a value with a dictionary lookup and a `switch`
/// instead of asking the Swift runtime what an `Any` is (about 2 µs for every `{{name}}`).
enum TemplateValue: Sendable, Hashable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case map([String: TemplateValue])

    /// `.text(text)`, or nil when there is no text: a missing value, not an empty one, since
    /// Mustache treats an empty string as present.
    init?(_ text: String?) {
        guard let text else { return nil }
        self = .text(text)
    }

    /// The value `name` inside a map, or nil.
    subscript(name: String) -> TemplateValue? {
        guard case .map(let values) = self else { return nil }
        return values[name]
    }

    /// The same value as plain Swift values (`String`, `Int`, `Bool`, arrays and dictionaries),
    /// for templates that swift-mustache renders itself.
    var mustacheObject: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .list(let values): values.map(\.mustacheObject)
        case .map(let values): values.mapValues(\.mustacheObject)
        }
    }

    /// What `{{name}}` writes before escaping, as swift-mustache writes it.
    var renderedText: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .list, .map: String(describing: mustacheObject)
        }
    }
}

/// The values a template is rendered with: `site`, `page`, and `body` in `layout`.
typealias TemplateContext = [String: TemplateValue]

extension TemplateValue: ExpressibleByStringInterpolation {
    init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    init(booleanLiteral value: Bool) { self = .flag(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
