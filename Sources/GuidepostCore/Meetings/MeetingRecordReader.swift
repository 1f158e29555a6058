import Foundation

/// Reads meetings out of the records of one list, leniently, the way the Meeting Guide app and
/// TSML UI do, and reports at its place everything it changes or leaves out.
struct MeetingRecordReader {
    let file: MeetingListFile
    let settings: MeetingListSettings
    /// The site's `timezone`: every meeting without its own has this one.
    let siteTimeZone: String
    let types: MeetingTypeTable
    private(set) var diagnostics: [Diagnostic] = []
    /// Said once per list, at the first such time, not for every meeting.
    var reportedTwelveHourTimes = false

    init(file: MeetingListFile, settings: MeetingListSettings, siteTimeZone: String, types: MeetingTypeTable) {
        self.file = file
        self.settings = settings
        self.siteTimeZone = siteTimeZone
        self.types = types
    }

    enum Outcome {
        /// One meeting per weekday of the record.
        case read([Meeting])
        case skipped(MeetingSkipReason)
    }

    mutating func read(_ record: MeetingRecord) -> Outcome {
        guard record.isMeeting else { return .skipped(.notAMeeting) }
        guard let name = text("name", of: record, label: nil) else {
            warn("a meeting with no name is skipped; every meeting needs 'name'", at: record["name"]?.location ?? record.location)
            return .skipped(.noName)
        }
        let label = "meeting '\(name)': "
        // Every field is read, and reported on, before the record is kept or skipped, so that
        // a publisher sees all of a record's problems at once.
        let schedules = schedules(of: record, label: label)
        let timeZone = timeZone(of: record, label: label)
        let types = meetingTypes(of: record, label: label)
        let place = place(of: record, codes: Set(types.codes), label: label)
        var regions = settings.region.map { [$0] } ?? []
        regions += self.regions(of: record, label: label)
        let baseSlug = slug(of: record, name: name, label: label)
        var hidden = hideList(of: record, label: label)
        hidden.formUnion(settings.hide[baseSlug] ?? [])
        let notes = text("notes", of: record, label: label)
        checkAnonymity(of: record, keys: ["notes", "group_notes", "location_notes"], label: label)
        let program = text("program", of: record, label: label) ?? settings.program
        let group = text("group", of: record, label: label)
        let groupNotes = text("group_notes", of: record, label: label)
        let updated = updated(of: record, label: label)
        guard let schedules else { return .skipped(.noDayOrTime) }
        guard let place else { return .skipped(.noPlaceOrLink) }
        let meeting = Meeting(
            slug: baseSlug, name: name, schedule: .byAppointment, timeZone: timeZone,
            attendance: place.attendance, location: place.location, conference: place.conference,
            types: types.known, program: program, regions: regions, group: group,
            groupNotes: groupNotes, notes: notes, updated: updated, hidden: hidden, source: record.location
        )
        if schedules.count == 1, let schedule = schedules.first {
            var single = meeting
            single.schedule = schedule
            return .read([single])
        }
        // One record per weekday, as the specification's readers expect: each day gets a slug
        // of its own, the same on every build.
        return .read(schedules.map { schedule in
            var copy = meeting
            copy.schedule = schedule
            if let day = schedule.day { copy.slug = "\(baseSlug)-\(day.slug)" }
            return copy
        })
    }

    // MARK: - Reporting

    mutating func warn(_ message: String, at location: SourceLocation) {
        diagnostics.append(file.diagnostic(.warning, message, at: location))
    }

    // MARK: - Text

    /// The trimmed text of a field, nil when absent or empty. A list's HTML (in notes, mostly)
    /// is reduced to its text, with a warning: readers see the text, never the markup.
    mutating func text(_ key: String, of record: MeetingRecord, label: String?) -> String? {
        guard let field = record[key] else { return nil }
        if case .list(let items) = field.value, items.count == 1, let only = items.first {
            return text(of: MeetingRecord.Field(value: only.value, location: field.location), key: key, label: label)
        }
        return text(of: field, key: key, label: label)
    }

    private mutating func text(of field: MeetingRecord.Field, key: String, label: String?) -> String? {
        switch field.value {
        case .null: return nil
        case .bool(let flag): return flag ? "yes" : nil
        case .list, .other:
            if !field.value.isAbsent {
                warn("\(label ?? "")'\(key)' must be text, found \(field.value.kindName); it is left out", at: field.location)
            }
            return nil
        case .text, .number:
            guard let text = field.value.text else { return nil }
            guard Self.looksLikeHTML(text) else { return text }
            let plain = PlainText.of(html: text.replacingOccurrences(of: "<br", with: " <br"))
            warn("\(label ?? "")'\(key)' holds HTML; it is shown as plain text: '\(plain.prefix(60))'", at: field.location)
            return plain.isEmpty ? nil : plain
        }
    }

    /// A tag such as `<br>`, `<p>`, `</b>`: `<` then a letter or `/`.
    static func looksLikeHTML(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
        var previousWasOpen = false
        for scalar in text.unicodeScalars {
            if previousWasOpen, scalar == "/" || (scalar.isASCII && CharacterSet.letters.contains(scalar)) {
                return text.contains(">")
            }
            previousWasOpen = scalar == "<"
        }
        return false
    }
}
