internal import Yams

/// `timezone` and `meetings` in site.yml.
extension SiteConfigLoader {
    static let meetingListKeys = ["file", "region", "program", "hide"]
    static let meetingDirectoryKeys = ["kinds", "report_url", "paginate"]

    /// `meeting_directory:`: the kinds with pages of their own, where to report a change, the
    /// size of a list page.
    func readMeetingDirectory(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> MeetingDirectorySettings {
        var settings = MeetingDirectorySettings()
        guard let directory = map.map("meeting_directory", into: &diagnostics) else { return settings }
        directory.rejectUnknownKeys(allowing: Self.meetingDirectoryKeys, in: "'meeting_directory'", into: &diagnostics)
        if let kinds = directory.stringList("kinds", into: &diagnostics) {
            let table = MeetingTypeTable.standard
            settings.kinds = kinds.compactMap { written, node in
                guard let code = table.lookUp(written), table[code: code] != nil else {
                    diagnostics.append(source.error("unknown meeting type '\(written)' in 'kinds'\(Suggestion.hint(for: written, in: table.suggestions))", at: node))
                    return nil
                }
                return code
            }
        }
        if let url = directory.string("report_url", in: "'meeting_directory'", into: &diagnostics), let node = directory["report_url"] {
            let isMail = url.lowercased().hasPrefix("mailto:") && url.count > 7
            if isMail || SafeURL.webAddressProblem(url) == nil {
                settings.reportURL = url
            } else {
                diagnostics.append(source.error("'report_url' must be a mailto: address or an http or https address of a form, found '\(SafeURL.shown(url))'", at: node))
            }
        }
        if let size = directory.int("paginate", into: &diagnostics), let node = directory["paginate"] {
            if size >= 1 { settings.paginate = size } else {
                diagnostics.append(source.error("'paginate' must be at least 1 (how many meetings a list page shows), found \(size)", at: node))
            }
        }
        return settings
    }

    /// The IANA time zone name, checked against the ones this machine knows.
    func readTimeZone(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> String? {
        guard let name = map.string("timezone", in: "site.yml", into: &diagnostics), let node = map["timezone"] else { return nil }
        guard MeetingTimeZones.isKnown(name) else {
            diagnostics.append(source.error("'timezone' must be a time zone name such as America/Chicago or Europe/Madrid, found '\(name)'\(Suggestion.hint(for: name, in: MeetingTimeZones.names))", at: node))
            return nil
        }
        return name
    }

    /// One list (`meetings: meetings/riverbend.json`) or several, each a file name or a
    /// mapping with `file` and the settings that apply to its meetings.
    func readMeetingLists(_ map: YAMLMap, hasTimeZone: Bool, into diagnostics: inout [Diagnostic]) -> [MeetingListSettings] {
        guard let node = map["meetings"] else { return [] }
        let entries: [Node]
        if node.scalar != nil {
            entries = [node]
        } else if let sequence = node.sequence {
            entries = Array(sequence)
        } else {
            diagnostics.append(source.error("'meetings' must be a meeting list file under Content/ (such as meetings/riverbend.json) or a list of them, found \(node.kindName)", at: node))
            return []
        }
        var lists: [MeetingListSettings] = []
        for entry in entries {
            if let file = entry.scalar?.string {
                if let settings = meetingList(file: file, at: entry, into: &diagnostics) { lists.append(settings) }
                continue
            }
            guard let item = YAMLMap(entry, source: source, what: "an entry of 'meetings'", diagnostics: &diagnostics) else { continue }
            item.rejectUnknownKeys(allowing: Self.meetingListKeys, in: "a meeting list entry", into: &diagnostics)
            guard let file = item.string("file", required: true, in: "this meeting list entry", into: &diagnostics),
                  var settings = meetingList(file: file, at: item["file"] ?? entry, into: &diagnostics) else { continue }
            settings.region = item.string("region", in: "this meeting list entry", into: &diagnostics)
            settings.program = item.string("program", in: "this meeting list entry", into: &diagnostics)
            settings.programLocation = item["program"].map(source.location(of:))
            settings.hide = readHide(item, into: &diagnostics)
            lists.append(settings)
        }
        if !lists.isEmpty, !hasTimeZone, map["timezone"] == nil {
            diagnostics.append(source.error("a site with meetings needs 'timezone', the time zone its meeting times are in, such as 'timezone: America/Chicago'", at: node))
        }
        return lists
    }

    private func meetingList(file: String, at node: Node, into diagnostics: inout [Diagnostic]) -> MeetingListSettings? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard !file.hasPrefix("/"), !file.contains("\\"), !parts.contains(where: { $0 == ".." || $0.isEmpty || $0 == "." }) else {
            diagnostics.append(source.error("a meeting list must be a file under Content/ written relative to it, such as meetings/riverbend.json, found '\(file)'", at: node))
            return nil
        }
        guard MeetingListFile.format(of: file) != nil else {
            diagnostics.append(source.error("a meeting list must be a Meeting Guide .json file, a .csv table or a .yml list, found '\(file)'", at: node))
            return nil
        }
        return MeetingListSettings(file: file, location: source.location(of: node))
    }

    /// `hide:` as a mapping of slugs to where each meeting is kept out of (pages, feed, print).
    private func readHide(_ item: YAMLMap, into diagnostics: inout [Diagnostic]) -> [String: Set<MeetingOutput>] {
        guard let hide = item.map("hide", into: &diagnostics) else { return [:] }
        var result: [String: Set<MeetingOutput>] = [:]
        for (keyNode, value) in hide.mapping {
            guard let slug = keyNode.string else { continue }
            var outputs: Set<MeetingOutput> = []
            let words = value.sequence.map { $0.compactMap(\.scalar?.string) } ?? value.scalar.map { [$0.string] } ?? []
            for word in words {
                if let named = MeetingOutput.outputs(named: word) {
                    outputs.formUnion(named)
                } else {
                    diagnostics.append(source.error("'hide' takes pages, feed, print or all for each slug, found '\(word)'\(Suggestion.hint(for: word, in: MeetingOutput.allCases.map(\.rawValue) + ["all"]))", at: value))
                }
            }
            result[slug] = outputs
        }
        return result
    }
}
