internal import Yams

/// `handouts:` in site.yml.
extension SiteConfigLoader {
    static let handoutKeys = ["sheets", "qr_code"]

    /// `handouts: {sheets: [help, group-types, meetings], qr_code: true}`, or just the list of
    /// sheets (`handouts: [help, meetings]`).
    func readHandouts(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> HandoutSettings {
        var settings = HandoutSettings()
        guard let node = map["handouts"], !node.isNull else { return settings }
        settings.location = source.location(of: node)
        let sheets: [(String, Node)]?
        if node.sequence != nil {
            sheets = map.stringList("handouts", into: &diagnostics)
        } else if let handouts = YAMLMap(node, source: source, what: "'handouts'", diagnostics: &diagnostics) {
            handouts.rejectUnknownKeys(allowing: Self.handoutKeys, in: "'handouts'", into: &diagnostics)
            sheets = handouts.stringList("sheets", into: &diagnostics)
            if let qrCode = handouts.bool("qr_code", into: &diagnostics) { settings.qrCode = qrCode }
            if sheets == nil, handouts["sheets"] == nil {
                diagnostics.append(source.error("'handouts' needs 'sheets', the sheets to publish, such as 'sheets: [help, group-types, meetings]'", at: node))
            }
        } else {
            return settings
        }
        let names = HandoutSettings.Sheet.allCases.map(\.rawValue)
        for (written, item) in sheets ?? [] {
            guard let sheet = HandoutSettings.Sheet(rawValue: written) else {
                diagnostics.append(source.error("unknown handout '\(written)': the sheets are \(names.joined(separator: ", "))\(Suggestion.hint(for: written, in: names))", at: item))
                continue
            }
            if settings.sheets.contains(sheet) {
                diagnostics.append(source.error("the handout '\(written)' is listed twice", at: item))
            } else {
                settings.sheets.append(sheet)
            }
        }
        return settings
    }
}
