import Foundation
import Hummingbird

/// The feeds and the routes of the feed server that `guidepost meetings fetch` is tried on.
extension MeetingsFetchTests {
    static let first = """
    [
      {"name": "Dawn Patrol", "slug": "dawn-patrol", "day": 1, "time": "06:30", "types": ["O", "D"]},
      {"name": "Lakeside Step Study", "slug": "lakeside-step-study", "day": 3, "time": "19:00", "types": ["C", "ST"]},
      {"name": "Friday Speakers", "slug": 17, "day": 5, "time": "20:00", "types": ["O", "SP"]}
    ]

    """
    /// `first` with its meetings and their keys in another order, written on one line.
    static let firstAgain = """
    [{"slug": 17, "types": ["O", "SP"], "time": "20:00", "day": 5, "name": "Friday Speakers"}, \
    {"types": ["O", "D"], "time": "06:30", "slug": "dawn-patrol", "name": "Dawn Patrol", "day": 1}, \
    {"day": 3, "name": "Lakeside Step Study", "slug": "lakeside-step-study", "time": "19:00", "types": ["C", "ST"]}]
    """
    static let second = """
    [
      {"name": "Dawn Patrol", "slug": "dawn-patrol", "day": 1, "time": "07:00", "types": ["O", "D"]},
      {"name": "Friday Speakers", "slug": "17", "day": 5, "time": "20:00", "types": ["O", "SP"]},
      {"name": "Harbor Lights", "slug": "harbor-lights", "day": 6, "time": "10:00"},
      {"name": "Quiet Hour", "slug": "quiet-hour", "day": 0, "time": "21:00"}
    ]

    """


    /// The routes of the feed server.
    static func json(_ text: String, status: HTTPResponse.Status = .ok, type: String = "application/json") -> Response {
        Response(status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func routes(_ router: Router<BasicRequestContext>, closing: FeedServer.Closing) {
        router.get("first.json") { _, _ in Self.json(first) }
        router.get("first-again.json") { _, _ in Self.json(firstAgain) }
        router.get("second.json") { _, _ in Self.json(second) }
        router.get("broken.json") { _, _ in Self.json("{\"error\": \"database unavailable\"}", status: .internalServerError) }
        router.get("page.html") { _, _ in
            Self.json("<!DOCTYPE html>\n<html><body><h1>Meetings</h1></body></html>\n", type: "text/html; charset=utf-8")
        }
        router.get("object.json") { _, _ in Self.json("{\"meetings\": []}") }
        router.get("cut.json") { _, _ in Self.json("[{\"slug\": \"a\"},") }
        router.get("strings.json") { _, _ in Self.json("[\"a\", \"b\"]") }
        router.get("large.json") { _, _ in Self.json("[" + String(repeating: " ", count: 200_000) + "]") }
        router.get("endless.json") { _, _ in
            // 64 KB every 10 ms for 30 seconds, with no Content-Length: only counting while
            // reading stops it.
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "["))
                let spaces = ByteBuffer(repeating: UInt8(ascii: " "), count: 64 * 1024)
                for _ in 0..<3000 where !closing.isClosed {
                    try await writer.write(spaces)
                    try await Task.sleep(for: .milliseconds(10))
                }
                try await writer.write(ByteBuffer(string: "]"))
                try await writer.finish(nil)
                if !closing.isClosed { closing.sentAll(of: "endless.json") }
            })
        }
        router.get("trickle.json") { _, _ in
            // A little every 50 ms for 30 seconds: always soon enough for a timeout that only
            // counts the time since the last bytes.
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "["))
                let spaces = ByteBuffer(repeating: UInt8(ascii: " "), count: 1024)
                for _ in 0..<600 where !closing.isClosed {
                    try await Task.sleep(for: .milliseconds(50))
                    try await writer.write(spaces)
                }
                try await writer.write(ByteBuffer(string: "]"))
                try await writer.finish(nil)
                if !closing.isClosed { closing.sentAll(of: "trickle.json") }
            })
        }
        router.get("slow.json") { _, _ in
            try await closing.wait(.seconds(30))
            if !closing.isClosed { closing.sentAll(of: "slow.json") }
            return Self.json(first)
        }
        router.get("moved.json") { _, _ in Response(status: .movedPermanently, headers: [.location: "/first.json"]) }
        router.get("to-ftp.json") { _, _ in Response(status: .found, headers: [.location: "ftp://127.0.0.1/feed.json"]) }
        router.get("to-file.json") { _, _ in Response(status: .found, headers: [.location: "file:///etc/passwd"]) }
    }
}
