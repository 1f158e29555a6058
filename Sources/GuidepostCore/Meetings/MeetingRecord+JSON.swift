/// Meeting records from a Meeting Guide JSON feed: a list of objects.
extension MeetingRecord {
    static func records(fromJSON file: MeetingListFile, into diagnostics: inout [Diagnostic]) -> [MeetingRecord]? {
        let root: JSONNode
        do {
            root = try JSONReader.parse(file.text, file: file.path)
        } catch {
            diagnostics.append(error)
            return nil
        }
        guard case .array(let items) = root.value else {
            diagnostics.append(file.diagnostic(
                .error, "a meeting list must be a list of meetings ([ {...}, {...} ]), found \(root.kindDescription)",
                at: file.location(line: root.line, column: root.column)))
            return nil
        }
        var records: [MeetingRecord] = []
        records.reserveCapacity(items.count)
        for item in items {
            let location = file.location(line: item.line, column: item.column)
            guard case .object(let members) = item.value else {
                diagnostics.append(file.diagnostic(.warning, "each item of a meeting list must be a meeting ({ \"name\": ... }), found \(item.kindDescription); it is skipped", at: location))
                records.append(MeetingRecord(location: location, isMeeting: false))
                continue
            }
            var record = MeetingRecord(location: location)
            for member in members {
                let key = key(for: member.key)
                if let earlier = record.fields[key] {
                    let name = nameForMessage(members)
                    diagnostics.append(file.diagnostic(
                        .warning, "\(name)'\(member.key)' is given twice (first on line \(earlier.location.line ?? 0)); the second is used",
                        at: file.location(line: member.line, column: member.column)))
                }
                record.fields[key] = field(member.value, in: file)
            }
            records.append(record)
        }
        return records
    }

    private static func field(_ node: JSONNode, in file: MeetingListFile) -> Field {
        let location = file.location(line: node.line, column: node.column)
        switch node.value {
        case .null: return Field(value: .null, location: location)
        case .bool(let flag): return Field(value: .bool(flag), location: location)
        case .number(let literal): return Field(value: .number(literal), location: location)
        case .string(let text): return Field(value: .text(text), location: location)
        case .array(let items): return Field(value: .list(items.map { field($0, in: file) }), location: location)
        case .object: return Field(value: .other(kind: "an object"), location: location)
        }
    }

    /// "meeting 'Name': " when the object has a usable name, for messages about its keys.
    private static func nameForMessage(_ members: [JSONMember]) -> String {
        for member in members where member.key == "name" {
            if case .string(let name) = member.value.value, !name.isEmpty { return "meeting '\(name)': " }
        }
        return ""
    }
}
