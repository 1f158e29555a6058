import Foundation

extension MeetingDirectory {
    /// The meetings of one list's text, as a build reads them, and every problem found:
    /// for tools that check a list on its own (`meetings fetch`, the benchmark, tests).
    ///
    /// - Parameter path: the file's name as shown in messages; its extension gives the format.
    /// - Parameter programs: catalog group ids a `program` may name (none checked when nil).
    public static func reading(
        _ text: String, path: String, timeZone: String, program: String? = nil, region: String? = nil,
        programs: [String]? = nil
    ) -> (directory: MeetingDirectory, diagnostics: [Diagnostic]) {
        let settings = MeetingListSettings(file: path, region: region, program: program, location: SourceLocation(file: path))
        let loader = MeetingListLoader(
            contentFolder: .init(fileURLWithPath: "/"), displayFolder: "",
            programs: programs ?? Array(Set([program].compactMap { $0 }))
        )
        var diagnostics: [Diagnostic] = []
        var slugs: [String: Meeting] = [:]
        var meetings: [Meeting] = []
        let report = loader.read(
            MeetingListFile(path: path, text: text), settings: settings, siteTimeZone: timeZone, types: MeetingTypeTable.standard,
            slugs: &slugs, meetings: &meetings, into: &diagnostics, checkingPrograms: programs != nil
        )
        return (MeetingDirectory(meetings: meetings, reports: report.map { [$0] } ?? [], timeZone: timeZone), diagnostics)
    }

    /// The directory's meetings as a Meeting Guide JSON feed, as a build publishes it.
    public func feed() -> [UInt8] { Array(MeetingFeedWriter(directory: self).data()) }
}
