/// One entry of `meetings:` in site.yml: a list file under Content/ and what applies to all of
/// its meetings.
public struct MeetingListSettings: Sendable, Hashable {
    /// Relative to Content/, as written: `meetings/riverbend.json`.
    public var file: String
    /// A region put above every meeting's own regions, for a site that joins several lists.
    public var region: String?
    /// The catalog group (`aa`, `al-anon`) whose meetings these are, unless a record says.
    public var program: String?
    /// Where meetings are kept out of, by slug, for lists the publisher cannot edit.
    public var hide: [String: Set<MeetingOutput>]
    /// Where the entry is in site.yml.
    public var location: SourceLocation
    public var programLocation: SourceLocation?

    public init(
        file: String, region: String? = nil, program: String? = nil,
        hide: [String: Set<MeetingOutput>] = [:], location: SourceLocation, programLocation: SourceLocation? = nil
    ) {
        self.file = file
        self.region = region
        self.program = program
        self.hide = hide
        self.location = location
        self.programLocation = programLocation
    }
}
