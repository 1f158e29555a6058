/// Ids already defined in one namespace, to report the second definition of an id.
struct IDRegistry {
    private var locations: [String: SourceLocation] = [:]

    /// Records `id`; false (with a diagnostic) when it was defined before.
    mutating func register(_ id: String, kind: String, at map: YAMLMap, into diagnostics: inout [Diagnostic]) -> Bool {
        let node = map["id"] ?? map.node
        if let first = locations[id] {
            diagnostics.append(map.source.error("duplicate \(kind) id '\(id)'; it is first defined at \(first)", at: node))
            return false
        }
        locations[id] = map.source.location(of: node)
        return true
    }
}
