@testable import GuidepostQR
import Testing

@Suite struct QRCodeTests {
    @Test func shortTextTakesVersionOne() throws {
        let code = try QRCode.encode("hi")
        #expect(code.version == 1)
        #expect(code.size == 21)
    }

    @Test func longerTextTakesALargerVersion() throws {
        let sizes = try ["hi", "https://example.org/learn/", "https://example.org/learn/what-is-peer-support/#first-meeting"]
            .map { try QRCode.encode($0) }
        #expect(sizes.map(\.version) == [1, 2, 4])
        #expect(sizes.map(\.size) == [21, 25, 33])
    }

    @Test(arguments: SampleText.allCases)
    func finderPatternsAreInThreeCorners(_ sample: SampleText) throws {
        let code = try QRCode.encode(sample.text)
        let last = code.size - 7
        for (left, top) in [(0, 0), (last, 0), (0, last)] {
            for y in -1...7 {
                for x in -1...7 {
                    // Dark outer ring and 3x3 centre; light ring between them and light separator.
                    let ring = max(abs(x - 3), abs(y - 3))
                    let dark = ring == 3 || ring <= 1
                    #expect(code.isDark(x: left + x, y: top + y) == dark, "module (\(left + x), \(top + y)) of \(code.size)")
                }
            }
        }
        // Timing patterns: row and column 6 alternate between the finders, dark on even modules.
        for index in 8..<last {
            #expect(code.isDark(x: index, y: 6) == index.isMultiple(of: 2))
            #expect(code.isDark(x: 6, y: index) == index.isMultiple(of: 2))
        }
    }

    @Test func everythingOutsideTheSymbolIsLight() throws {
        let code = try QRCode.encode("hi")
        let outside = (-QRCode.quietZone..<(code.size + QRCode.quietZone)).flatMap { index in
            [(index, -1), (index, code.size), (-1, index), (code.size, index), (index, -QRCode.quietZone)]
        }
        #expect(outside.allSatisfy { !code.isDark(x: $0.0, y: $0.1) })
        #expect(code.isDark(x: 0, y: 0))
    }

    @Test func textBeyondASCIIEncodesAsUTF8() throws {
        let spanish = try QRCode.encode("Recuperación y apoyo: ¿dónde hay una reunión? 日本語 🙂")
        let ascii = try QRCode.encode("Recuperacion y apoyo: donde hay una reunion? ...")
        #expect(spanish.version == 5)
        #expect(spanish != ascii)
    }

    @Test func sameTextGivesTheSameCode() throws {
        #expect(try QRCode.encode("https://example.org/") == QRCode.encode("https://example.org/"))
        #expect(try QRCode.encode("https://example.org/") != QRCode.encode("https://example.org/A"))
    }

    @Test func lettersKeepTheirCase() throws {
        #expect(try QRCode.encode("HTTPS://EXAMPLE.ORG/") != QRCode.encode("https://example.org/"))
    }

    @Test func encodesFromManyTasksAtOnce() async throws {
        let texts = (0..<64).map { "https://example.org/page-\($0)/" }
        let expected = try texts.map { try QRCode.encode($0) }
        let codes = try await withThrowingTaskGroup(of: (Int, QRCode).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, try QRCode.encode(text)) }
            }
            var codes = [QRCode?](repeating: nil, count: texts.count)
            for try await (index, code) in group { codes[index] = code }
            return codes
        }
        #expect(codes == expected)
    }

    // MARK: - Refused text

    @Test func emptyTextIsRefused() {
        #expect(throws: QRCodeError.empty) { try QRCode.encode("") }
    }

    @Test func nulCharacterIsRefused() {
        #expect(throws: QRCodeError.containsNUL) { try QRCode.encode("https://example.org/\u{0}x") }
    }

    @Test func largestCodeHoldsAtMost2331BytesOfText() throws {
        let largest = try QRCode.encode(String(repeating: "a", count: 2_331))
        #expect(largest.version == 40)
        #expect(largest.size == 177)
        #expect(throws: QRCodeError.tooLong(byteCount: 2_332)) { try QRCode.encode(String(repeating: "a", count: 2_332)) }
    }

    @Test func largestCodeHoldsAtMost2330BytesOfUTF8AfterItsECIHeader() throws {
        // "é" is 2 bytes; the ECI header that names UTF-8 takes 12 bits, so one byte less fits.
        #expect(try QRCode.encode(String(repeating: "a", count: 2_328) + "é").version == 40)
        #expect(throws: QRCodeError.tooLong(byteCount: 2_331)) { try QRCode.encode(String(repeating: "a", count: 2_329) + "é") }
        #expect(throws: QRCodeError.tooLong(byteCount: 2_332)) { try QRCode.encode(String(repeating: "é", count: 1_166)) }
    }

    @Test func digitsFitDenser() throws {
        #expect(try QRCode.encode(String(repeating: "7", count: 5_596)).version == 40)
        #expect(throws: QRCodeError.tooLong(byteCount: 5_597)) { try QRCode.encode(String(repeating: "7", count: 5_597)) }
    }

    @Test func veryLongTextIsRefusedWithoutReadingIt() {
        #expect(throws: QRCodeError.tooLong(byteCount: 1_000_000)) { try QRCode.encode(String(repeating: "x", count: 1_000_000)) }
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(QRCodeError.empty.description == "a QR code needs some text; this one is empty")
        #expect(QRCodeError.containsNUL.description == "a QR code cannot hold the NUL character (U+0000)")
        #expect(QRCodeError.tooLong(byteCount: 3_000).description
            == "the text is 3000 bytes long, too long for a QR code: the largest holds 2,330 bytes of text (2,331 of ASCII, 5,596 digits)")
    }
}
