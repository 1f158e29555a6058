import Foundation

/// Reads every meeting list named in site.yml into one directory, reporting each list's
/// problems at their places.
struct MeetingListLoader {
    let contentFolder: URL
    /// `Content` as shown in messages.
    let displayFolder: String
    /// Catalog group ids a `program` may name.
    let programs: [String]

    /// The directory, and the problems found: a list that cannot be read is an error (the
    /// build stops); what a list holds that Guidepost changes or leaves out is a warning.
    func load(_ config: SiteConfig, into diagnostics: inout [Diagnostic]) -> MeetingDirectory {
        guard !config.meetingLists.isEmpty, let siteTimeZone = config.timeZone else {
            return MeetingDirectory(timeZone: config.timeZone)
        }
        let types = MeetingTypeTable.standard
        var meetings: [Meeting] = []
        var reports: [MeetingListReport] = []
        var slugs: [String: Meeting] = [:]
        for settings in config.meetingLists {
            if let program = settings.program, !programs.contains(program) {
                diagnostics.append(Diagnostic(
                    at: settings.programLocation ?? settings.location,
                    "'program' must be the id of a group in the catalog, found '\(program)'\(Suggestion.hint(for: program, in: programs))"
                ))
            }
            let display = "\(displayFolder)/\(settings.file)"
            let url = contentFolder.appendingPathComponent(settings.file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                diagnostics.append(Diagnostic(at: settings.location, "meeting list '\(settings.file)' not found: \(display) does not exist"))
                continue
            }
            let text: String
            switch SourceFile.read(url, relativePath: settings.file, displayPath: display) {
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            case .success(let file):
                text = file.text
            }
            let file = MeetingListFile(path: display, text: text)
            if let report = read(file, settings: settings, siteTimeZone: siteTimeZone, types: types, slugs: &slugs, meetings: &meetings, into: &diagnostics) {
                reports.append(report)
            }
        }
        return MeetingDirectory(meetings: meetings, reports: reports, timeZone: siteTimeZone)
    }

    /// The meetings of one list's text, appended to `meetings`; `slugs` holds the slugs taken
    /// by earlier lists. Nil when the file cannot be read as a list at all (an error).
    func read(
        _ file: MeetingListFile, settings: MeetingListSettings, siteTimeZone: String, types: MeetingTypeTable,
        slugs: inout [String: Meeting], meetings: inout [Meeting], into diagnostics: inout [Diagnostic],
        checkingPrograms: Bool = true
    ) -> MeetingListReport? {
        guard let records = Self.records(of: file, into: &diagnostics) else { return nil }
        var reader = MeetingRecordReader(file: file, settings: settings, siteTimeZone: siteTimeZone, types: types)
        var report = MeetingListReport(path: file.path, read: records.count, published: 0, entries: 0, skipped: [:])
        for record in records {
            switch reader.read(record) {
            case .skipped(let reason):
                report.skipped[reason, default: 0] += 1
            case .read(let read):
                var kept = 0
                for var meeting in read {
                    if checkingPrograms, let program = meeting.program, !programs.contains(program) {
                        let place = record["program"]?.location ?? meeting.source
                        reader.warn("meeting '\(meeting.name)': 'program' must be the id of a group in the catalog, found '\(program)'; it is left out\(Suggestion.hint(for: program, in: programs))", at: place)
                        meeting.program = nil
                    }
                    if let first = slugs[meeting.slug] {
                        let place = record["slug"]?.location ?? meeting.source
                        reader.warn("meeting '\(meeting.name)': the slug '\(meeting.slug)' is already used by '\(first.name)' at \(first.source); this meeting is skipped", at: place)
                        continue
                    }
                    slugs[meeting.slug] = meeting
                    meetings.append(meeting)
                    kept += 1
                }
                if kept == 0 {
                    report.skipped[.duplicateSlug, default: 0] += 1
                } else {
                    report.published += 1
                    report.entries += kept
                }
            }
        }
        // In the order of the file, whatever order the fields were read in.
        diagnostics += reader.diagnostics.enumerated().sorted { a, b in
            a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
        return report
    }

    static func records(of file: MeetingListFile, into diagnostics: inout [Diagnostic]) -> [MeetingRecord]? {
        switch MeetingListFile.format(of: file.path) {
        case .json: MeetingRecord.records(fromJSON: file, into: &diagnostics)
        case .csv: MeetingRecord.records(fromCSV: file, into: &diagnostics)
        case .yaml: MeetingRecord.records(fromYAML: file, into: &diagnostics)
        case nil: nil
        }
    }
}
