internal import Yams

/// Meeting records from a YAML list kept by hand, with the keys of the Meeting Guide format.
extension MeetingRecord {
    static func records(fromYAML file: MeetingListFile, into diagnostics: inout [Diagnostic]) -> [MeetingRecord]? {
        let source = YAMLSource(path: file.path, yaml: file.text)
        let root: Node
        switch source.compose() {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(nil):
            return []
        case .success(let node?):
            root = node
        }
        let before = diagnostics.count
        source.refuseControlCharacters(in: root, into: &diagnostics)
        guard diagnostics.count == before else { return nil }
        guard let items = root.sequence else {
            diagnostics.append(source.error("a meeting list must be a list of meetings, each starting with '- name:', found \(root.kindName)", at: root))
            return nil
        }
        var records: [MeetingRecord] = []
        for item in items {
            let location = source.location(of: item)
            guard let mapping = item.mapping else {
                var warning = source.error("each item of a meeting list must be a meeting (keys such as 'name:' and 'day:'), found \(item.kindName); it is skipped", at: item)
                warning.severity = .warning
                diagnostics.append(warning)
                records.append(MeetingRecord(location: location, isMeeting: false))
                continue
            }
            var record = MeetingRecord(location: location)
            for (keyNode, value) in mapping {
                record.fields[key(for: keyNode.string ?? "")] = field(value, in: source)
            }
            records.append(record)
        }
        return records
    }

    private static func field(_ node: Node, in source: YAMLSource) -> Field {
        let location = source.location(of: node)
        switch node {
        case .scalar(let scalar):
            if node.isNull { return Field(value: .null, location: location) }
            return Field(value: .text(scalar.string), location: location)
        case .sequence(let items):
            return Field(value: .list(items.map { field($0, in: source) }), location: location)
        case .mapping:
            return Field(value: .other(kind: "a mapping"), location: location)
        case .alias:
            return Field(value: .null, location: location)
        }
    }
}
