internal import Mustache

extension CompiledTemplate {
    /// The nodes of a template swift-mustache has parsed, or nil when the template uses
    /// something the nodes do not cover (see the type's comment).
    ///
    /// swift-mustache keeps its tokens to itself, so they are read by reflection: the token
    /// cases and their payloads, as swift-mustache 2.1 declares them. Anything unexpected, such
    /// as a later version that stores them differently, gives nil, and swift-mustache renders the
    /// template itself: slower, never different.
    init?(parsed template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value else {
            return nil
        }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children {
            guard let (kind, payload) = Mirror(reflecting: token.value).children.first.map({ ($0.label, $0.value) }) else {
                return nil
            }
            let fields = Dictionary(
                Mirror(reflecting: payload).children.map { ($0.label ?? "", $0.value) }, uniquingKeysWith: { first, _ in first }
            )
            switch kind {
            case "text":
                guard let text = payload as? String else { return nil }
                nodes.append(.text(text))
            case "variable", "unescapedVariable":
                guard let path = Self.path(fields) else { return nil }
                nodes.append(.value(path, escaped: kind == "variable"))
            case "section", "invertedSection":
                guard let path = Self.path(fields), let body = fields["template"] as? MustacheTemplate,
                      let compiled = CompiledTemplate(parsed: body) else { return nil }
                nodes.append(.section(path, inverted: kind == "invertedSection", body: compiled))
            case "partial":
                // Inheritance (`{{< parent}}`) arrives as a partial with block overrides.
                guard let name = fields[".0"] as? String, let indentation = fields["indentation"],
                      let inherits = fields["inherits"], Self.isNil(inherits) else { return nil }
                nodes.append(.partial(name: name, indentation: Self.isNil(indentation) ? nil : indentation as? String))
            case "contentType":
                // Every theme template starts with the pragma that selects this escaping.
                guard payload is FastHTMLEscaping else { return nil }
            default:
                return nil
            }
        }
        self.nodes = nodes
    }

    private static func path(_ fields: [String: Any]) -> ValuePath? {
        guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String] else { return nil }
        if !transforms.isEmpty {
            // Only the list helpers: `first()` is the name "" with the transform "first".
            guard name.isEmpty, transforms.count == 1, let helper = ListPosition.Helper(rawValue: transforms[0]) else { return nil }
            return ValuePath(start: .listPosition(helper), names: [])
        }
        // As swift-mustache reads names: empty parts between dots are skipped.
        let names = name.split(separator: ".").map(String.init)
        if name.first == "." || names.isEmpty { return ValuePath(start: .current, names: names) }
        return ValuePath(start: .enclosing, names: names)
    }

    private static func isNil(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }
}
