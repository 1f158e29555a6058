// Fuzzes QR codes: the input, as text, is encoded by libqrencode and drawn as SVG with itself as
// the title and the title's id. Besides not crashing, encoding must refuse exactly what its
// documentation says (empty text, NUL, more than a version 40 code holds), and the SVG must keep
// the title's markup escaped and its id safe in an id list.
import Foundation
@testable import FuzzSupport
@testable import GuidepostQR

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let bytes = text.utf8.count
    let code: QRCode
    do {
        code = try QRCode.encode(text)
    } catch {
        switch error {
        case .empty:
            expect(bytes == 0, "a text of \(bytes) bytes is refused as empty", input: text)
        case .containsNUL:
            expect(text.utf8.contains(0), "a text without NUL is refused for holding one", input: text)
        case .tooLong(let byteCount):
            expect(byteCount == bytes, "too long: \(byteCount) bytes reported, \(bytes) given", input: text)
            // Any ASCII text up to 2,331 bytes fits a version 40 code in 8-bit mode; other text up
            // to 2,330, after its ECI header.
            let fits = text.utf8.allSatisfy { $0 < 0x80 } ? 2_331 : 2_330
            expect(bytes > fits, "a text of \(bytes) bytes is refused as too long", input: text)
        case .encodingFailed(let errno):
            expect(false, "libqrencode failed with errno \(errno)", input: text)
        }
        return 0
    }
    expect(bytes > 0 && !text.utf8.contains(0), "an empty text or one with NUL is encoded", input: text)
    expect((1...40).contains(code.version) && code.size == 17 + 4 * code.version,
           "version \(code.version) of size \(code.size)", input: text)
    expect(code.isDark(x: 0, y: 0) && !code.isDark(x: 7, y: 7) && !code.isDark(x: -1, y: 0),
           "no finder pattern at the top left", input: text)

    let svg = code.svg(title: text, titleID: text)
    let id = QRCode.safeID(text)
    expect(!id.isEmpty && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") },
           "unsafe title id \(id.debugDescription)", input: text)
    // Compared as bytes: a title that starts with a combining mark joins the `>` before it in
    // one Character, which a search by Characters would not find.
    let title = QRCode.escapeXML(text)
    expect(!title.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) || $0.properties.generalCategory == .control },
           "the title holds markup or a control character: \(title.debugDescription)", input: text)
    let svgBytes = Array(svg.utf8)
    let element = Array("<title id=\"\(id)\">\(title)</title>".utf8)
    let titleStart = svgBytes.indices.first { svgBytes[$0...].starts(with: "<title".utf8) }
    expect(titleStart.map { svgBytes[$0...].starts(with: element) } == true, "the title element is not the escaped text", input: text)
    expect(svg.hasSuffix("\"/></svg>") && svg.components(separatedBy: "<path").count == 2, "not one path", input: text)
    return 0
}
