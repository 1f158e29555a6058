import Foundation
import GuidepostCore
import Testing

/// Telling two versions of a meeting feed apart, and refusing bodies that are not feeds.
@Suite struct MeetingFeedChangesTests {
    static func snapshot(_ json: String) throws -> MeetingFeedSnapshot {
        try MeetingFeedSnapshot(parsing: Data(json.utf8))
    }

    static func changes(_ old: String?, _ new: String) throws -> MeetingFeedChanges {
        MeetingFeedChanges(from: try old.map(snapshot), to: try snapshot(new))
    }

    @Test func firstSnapshotCountsTheMeetings() throws {
        let changes = try Self.changes(nil, #"[{"slug": "a"}, {"slug": "b"}]"#)
        #expect(changes.isFirstSnapshot)
        #expect(!changes.isEmpty)
        #expect(changes.summary == ["first snapshot: 2 meetings"])
        #expect(try Self.changes(nil, #"[{"slug": "a"}]"#).summary == ["first snapshot: 1 meeting"])
        #expect(try Self.changes(nil, "[]").summary == ["first snapshot: 0 meetings"])
    }

    @Test func listsAddedRemovedAndChangedMeetingsBySlug() throws {
        let changes = try Self.changes(
            #"[{"slug": "c", "time": "19:00"}, {"slug": "a", "time": "07:00"}, {"slug": "b"}]"#,
            #"[{"slug": "e"}, {"slug": "a", "time": "07:00"}, {"slug": "c", "time": "19:30"}, {"slug": "d"}]"#
        )
        #expect(changes.added == [.slug("d"), .slug("e")])
        #expect(changes.removed == [.slug("b")])
        #expect(changes.changed == [.slug("c")])
        #expect(changes.meetingCount == 4)
        #expect(changes.summary == ["2 added: d, e", "1 removed: b", "1 changed: c"])
    }

    @Test func orderOfKeysAndOfMeetingsDoesNotCount() throws {
        let changes = try Self.changes(
            #"[{"slug": "a", "day": 1, "types": ["O", "D"], "x": {"p": 1, "q": 2}}, {"slug": "b"}]"#,
            """
            [
              {"slug": "b"},
              {"x": {"q": 2, "p": 1}, "types": ["O", "D"], "day": 1, "slug": "a"}
            ]
            """
        )
        #expect(changes.isEmpty)
        #expect(changes.summary == ["nothing changed: 2 meetings"])
    }

    @Test func orderOfValuesInAListCounts() throws {
        let changes = try Self.changes(#"[{"slug": "a", "types": ["O", "D"]}]"#, #"[{"slug": "a", "types": ["D", "O"]}]"#)
        #expect(changes.summary == ["1 changed: a"])
    }

    @Test func aWholeNumberSlugIsTheSameKeyAsItsDigits() throws {
        let changes = try Self.changes(#"[{"slug": 12, "name": "A"}]"#, #"[{"slug": "12", "name": "A"}]"#)
        #expect(changes.added.isEmpty && changes.removed.isEmpty)
        #expect(changes.summary == ["1 changed: 12"])
        #expect(try Self.snapshot(#"[{"slug": 12345678901234567}]"#).records.map(\.key) == [.slug("12345678901234567")])
    }

    @Test func meetingsWithoutAUsableSlugAreKnownByName() throws {
        let snapshot = try Self.snapshot(#"""
        [{"name": "Sunday Group"}, {"slug": "", "name": "Empty Slug"}, {"slug": true, "name": "Flag"},
         {"slug": 1.5, "name": "Fraction"}, {"slug": null}, {}]
        """#)
        #expect(snapshot.records.map(\.key) == [
            .name("Sunday Group"), .name("Empty Slug"), .name("Flag"), .name("Fraction"), .unnamed, .unnamed,
        ])
        let changes = try Self.changes(#"[{"name": "Old Group"}, {"day": 1}]"#, #"[{"name": "Sunday Group"}, {"day": 2}]"#)
        #expect(changes.summary == [
            "1 added: 'Sunday Group' (no slug)", "1 removed: 'Old Group' (no slug)", "1 changed: a meeting with no slug or name",
        ])
    }

    @Test func aSlugUsedTwiceComparesAllItsMeetings() throws {
        let old = #"[{"slug": "a", "day": 1}, {"slug": "a", "day": 2}]"#
        #expect(try Self.changes(old, #"[{"slug": "a", "day": 2}, {"slug": "a", "day": 1}]"#).isEmpty)
        #expect(try Self.changes(old, #"[{"slug": "a", "day": 2}]"#).summary == ["1 changed: a"])
        #expect(try Self.changes(old, #"[{"slug": "a", "day": 1}, {"slug": "a", "day": 1}]"#).summary == ["1 changed: a"])
    }

    @Test(arguments: [
        ("", "it is empty"),
        (" \n\t", "it is empty"),
        ("<!DOCTYPE html>\n<html><body><h1>Not Found</h1></body></html>", "it is not JSON; it looks like a web page (HTML)"),
        ("[{\"slug\": \"a\"},", "it is not valid JSON (line 1, column 1: this list is never closed: the file ends before its ']')"),
        ("[{\"slug\": \"a\"},]", "it is not valid JSON (line 1, column 15: trailing comma before ']'; remove the comma)"),
        ("{\"meetings\": []}", "it is an object, not a list of meetings"),
        ("\"[]\"", "it is a string, not a list of meetings"),
        ("null", "it is null, not a list of meetings"),
        ("[{\"slug\": \"a\"}, \"b\"]", "item 2 of the list is a string, not a meeting (an object)"),
        ("[[{\"slug\": \"a\"}]]", "item 1 of the list is a list, not a meeting (an object)"),
        ("[{}, {}, 3]", "item 3 of the list is a number, not a meeting (an object)"),
        ("[true]", "item 1 of the list is true or false, not a meeting (an object)"),
    ])
    func refusesABodyThatIsNotAFeed(_ body: String, _ reason: String) {
        #expect(throws: MeetingFeedSnapshot.NotAFeed(reason: reason)) {
            try MeetingFeedSnapshot(parsing: Data(body.utf8))
        }
    }

    @Test func acceptsAFeedAfterAByteOrderMark() throws {
        #expect(try Self.snapshot("\u{FEFF}[{\"slug\": \"a\"}]").records.map(\.key) == [.slug("a")])
    }

    @Test(arguments: [
        ("ftp://example.org/feed.json", "'ftp://example.org/feed.json' is not an http or https address; only feeds on the web are fetched"),
        ("file:///etc/passwd", "'file:///etc/passwd' is not an http or https address; only feeds on the web are fetched"),
        ("example.org/feed.json", "'example.org/feed.json' is not an http or https address; only feeds on the web are fetched"),
        ("https://user:secret@example.org/feed.json", "'https://user:secret@example.org/feed.json' is not a web address: it holds a user name or password before '@'; remove everything from '//' up to and including '@'"),
        ("https:///feed.json", "'https:///feed.json' is not a web address: it has no host name after '//', such as example.org"),
    ])
    func refusesAFeedAddressThatIsNotOnTheWeb(_ address: String, _ problem: String) {
        #expect(MeetingFeedAddress.problem(address) == problem)
    }

    @Test func followsRedirectsOnlyToWebAddresses() {
        #expect(MeetingFeedAddress.problem("https://example.org/meetings/feed.json") == nil)
        #expect(MeetingFeedAddress.problem("http://127.0.0.1:8080/feed.json") == nil)
        #expect(MeetingFeedAddress.mayRedirect(to: "/feed.json"))
        #expect(MeetingFeedAddress.mayRedirect(to: "HTTPS://example.org/feed.json"))
        #expect(!MeetingFeedAddress.mayRedirect(to: "file:///etc/passwd"))
        #expect(!MeetingFeedAddress.mayRedirect(to: "ftp://example.org/feed.json"))
        #expect(!MeetingFeedAddress.mayRedirect(to: " javascript:alert(1)"))
    }

    /// `../shared/meeting-feeds` beside the package: real feeds, present only on the project's machines.
    static let realFeeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/meeting-feeds")

    /// Each real feed reads as a feed, with one record per item, and gives no changes against itself.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: realFeeds.path)))
    func readsRealFeeds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.realFeeds.path)
        let folder = Self.realFeeds
        let feeds = names.filter { $0.hasSuffix(".json") && $0 != "spec-types.json" }.sorted()
        #expect(!feeds.isEmpty)
        for name in feeds {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [Any])
            let snapshot = try MeetingFeedSnapshot(parsing: data)
            #expect(snapshot.records.count == items.count, "\(name)")
            #expect(MeetingFeedChanges(from: snapshot, to: snapshot).isEmpty, "\(name)")
        }
    }
}
