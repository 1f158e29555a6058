/// The meeting types a list may use: the specification's, plus any a publisher defines in
/// site.yml. Finds a type by its code (`O`) or by its English label (`Open`), as the plugin's
/// table export writes them.
public struct MeetingTypeTable: Sendable, Hashable {
    public private(set) var types: [MeetingType]
    private var byCode: [String: Int] = [:]
    private var byLabel: [String: Int] = [:]

    /// The specification's types, made once.
    public static let standard = MeetingTypeTable()

    public init(adding extra: [MeetingType] = []) {
        types = []
        for type in MeetingType.specification + extra { add(type) }
    }

    private mutating func add(_ type: MeetingType) {
        if let index = byCode[type.code] {
            types[index] = type
        } else {
            byCode[type.code] = types.count
            types.append(type)
        }
        byLabel[type.english.lowercased()] = byCode[type.code]
    }

    public subscript(code code: String) -> MeetingType? { byCode[code].map { types[$0] } }

    /// What a list wrote: a code (matched exactly, then ignoring case) or a label.
    func lookUp(_ written: String) -> String? {
        let text = written.trimmed
        if byCode[text] != nil || MeetingType.attendanceCodes.contains(text) { return text }
        let lower = text.lowercased()
        if let code = MeetingType.pluginLabels[lower] { return code }
        if let index = byLabel[lower] { return types[index].code }
        let upper = text.uppercased()
        if byCode[upper] != nil || MeetingType.attendanceCodes.contains(upper) { return upper }
        return nil
    }

    /// Codes and labels to suggest from when a list uses one that is not known.
    var suggestions: [String] { types.map(\.code) + types.map(\.english) }
}
