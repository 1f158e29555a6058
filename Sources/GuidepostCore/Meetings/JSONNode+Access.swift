extension JSONNode {
    /// The value of the first member named `key`, or nil when there is none or this is not an
    /// object.
    public subscript(key key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The members of an object, or nil.
    public var members: [JSONMember]? {
        guard case .object(let members) = value else { return nil }
        return members
    }

    /// The items of a list, or nil.
    public var items: [JSONNode]? {
        guard case .array(let items) = value else { return nil }
        return items
    }

    /// The text of a string, or nil.
    public var stringValue: String? {
        guard case .string(let text) = value else { return nil }
        return text
    }

    /// The literal of a number as written, or nil.
    public var numberText: String? {
        guard case .number(let text) = value else { return nil }
        return text
    }

    /// The value of `true` or `false`, or nil.
    public var boolValue: Bool? {
        guard case .bool(let flag) = value else { return nil }
        return flag
    }

    public var isNull: Bool { value == .null }

    /// What kind of value this is, for messages: "a string", "a number", "a list", "an object",
    /// "true", "false" or "null".
    public var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// The place of the value in `file`.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

extension JSONMember {
    /// The place of the key in `file`.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
