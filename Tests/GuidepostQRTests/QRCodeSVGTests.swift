@testable import GuidepostQR
import Testing

@Suite struct QRCodeSVGTests {
    @Test func drawsBlackOnWhiteWithTheQuietZoneAtPrintSize() throws {
        let svg = try QRCode.encode("hi").svg(title: "Address of this page", titleID: "qr-title", millimetres: 25)
        let head = """
            <svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 29 29" width="25mm" height="25mm" \
            role="img" aria-labelledby="qr-title" shape-rendering="crispEdges"><title id="qr-title">Address of this page</title>\
            <rect width="29" height="29" fill="#fff"/><path fill="#000" d="M4 4h7v1h-7z
            """
        #expect(svg.hasPrefix(head))
        #expect(svg.hasSuffix("z\"/></svg>"))
    }

    @Test func defaultsToThirtyMillimetres() throws {
        let svg = try QRCode.encode("hi").svg(title: "QR code")
        #expect(svg.contains(" width=\"30mm\" height=\"30mm\" "))
        #expect(svg.contains(" aria-labelledby=\"qr-code-title\" "))
        #expect(svg.contains("<title id=\"qr-code-title\">QR code</title>"))
    }

    @Test(arguments: SampleText.allCases)
    func pathDrawsExactlyTheDarkModules(_ sample: SampleText) throws {
        let code = try QRCode.encode(sample.text)
        let side = code.size + 2 * QRCode.quietZone
        var drawn = [[Bool]](repeating: [Bool](repeating: false, count: side), count: side)
        for rectangle in try #require(Self.rectangles(in: code.pathData())) {
            #expect(rectangle.run > 0)
            for x in rectangle.x..<(rectangle.x + rectangle.run) {
                #expect(!drawn[rectangle.y][x], "module (\(x), \(rectangle.y)) drawn twice")
                drawn[rectangle.y][x] = true
            }
        }
        let modules = (0..<side).map { y in
            (0..<side).map { x in code.isDark(x: x - QRCode.quietZone, y: y - QRCode.quietZone) }
        }
        #expect(drawn == modules)
    }

    @Test func mergesHorizontalRuns() throws {
        let code = try QRCode.encode("hi")
        let rectangles = try #require(Self.rectangles(in: code.pathData()))
        // The top row starts with the finder's 7 dark modules, drawn as one rectangle.
        #expect(rectangles.first.map { [$0.x, $0.y, $0.run] } == [4, 4, 7])
        // No two rectangles touch end to end: each run is as long as it can be.
        let ends = Set(rectangles.map { [$0.x + $0.run, $0.y] })
        #expect(rectangles.allSatisfy { !ends.contains([$0.x, $0.y]) })
    }

    @Test func sameCodeGivesTheSameBytes() throws {
        let first = try QRCode.encode("https://example.org/es/ayuda-ahora/").svg(title: "Dirección")
        let second = try QRCode.encode("https://example.org/es/ayuda-ahora/").svg(title: "Dirección")
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test func escapesTheTitle() throws {
        let svg = try QRCode.encode("hi").svg(title: "Tom & Jerry's <b>\"page\"</b>", titleID: "t")
        #expect(svg.contains("<title id=\"t\">Tom &amp; Jerry&#39;s &lt;b&gt;&quot;page&quot;&lt;/b&gt;</title>"))
    }

    @Test func replacesCharactersXMLCannotHoldInTheTitle() {
        #expect(QRCode.escapeXML("a\u{0}b\u{7}c\nd\u{85}e\u{FFFE}f") == "a b c d e\u{FFFD}f")
        #expect(QRCode.escapeXML("Recuperación 🙂") == "Recuperación 🙂")
    }

    @Test func titleIDKeepsOnlyCharactersSafeInAnIDList() {
        #expect(QRCode.safeID("qr-code_2") == "qr-code_2")
        #expect(QRCode.safeID("two words\"><x é") == "two-words---x--")
        #expect(QRCode.safeID("") == "qr-code-title")
    }

    @Test func sizeIsAtLeastOneMillimetre() throws {
        #expect(try QRCode.encode("hi").svg(title: "QR", millimetres: 0).contains(" width=\"1mm\" height=\"1mm\" "))
    }

    // MARK: - Helpers

    /// The `M x y h n v1 h-n z` rectangles of a path, or nil when the path has another shape.
    static func rectangles(in path: String) -> [(x: Int, y: Int, run: Int)]? {
        var rectangles: [(x: Int, y: Int, run: Int)] = []
        for command in path.split(separator: "z") {
            guard command.hasPrefix("M") else { return nil }
            let parts = command.dropFirst().split(separator: "h")
            guard parts.count == 3, parts[1].hasSuffix("v1"), parts[2].hasPrefix("-") else { return nil }
            let point = parts[0].split(separator: " ")
            guard point.count == 2, let x = Int(point[0]), let y = Int(point[1]),
                  let run = Int(parts[1].dropLast(2)), Int(parts[2].dropFirst()) == run else { return nil }
            rectangles.append((x, y, run))
        }
        return rectangles
    }
}
