internal import CQRencode

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code of a text, made by libqrencode: a square of dark and light modules.
///
/// The only type that talks to libqrencode. Error correction level M (15% of the symbol may be
/// damaged or covered), the smallest version that holds the text, letters kept as written (URL
/// paths are case-sensitive). ASCII text is split into numeric, alphanumeric and 8-bit segments;
/// other text is its UTF-8 bytes after an ECI header that names UTF-8, so that readers do not
/// guess another character set.
public struct QRCode: Sendable, Hashable {
    /// Modules per side, without the quiet zone: 21 for version 1, 4 more for each version up to
    /// 177 for version 40.
    public let size: Int
    /// The symbol's version, 1 to 40.
    public let version: Int
    /// `size * size` modules, row by row from the top left; `true` is dark.
    private let modules: [Bool]

    /// Light modules a reader needs around the symbol: 4 (ISO/IEC 18004).
    public static let quietZone = 4

    /// The most bytes any code at level M holds (5,596, all digits); a longer text is refused
    /// before libqrencode reads it. Text of other characters holds less (2,331 bytes of ASCII,
    /// 2,330 bytes of UTF-8 after its ECI header), which libqrencode reports.
    public static let maximumByteCount = 5_596

    /// Encodes `text` in the smallest QR code that holds it.
    ///
    /// Throws `QRCodeError` for an empty text, a text with a NUL character, and a text too long
    /// for a version 40 code; never stops the program.
    public static func encode(_ text: String) throws(QRCodeError) -> QRCode {
        let byteCount = text.utf8.count
        guard byteCount > 0 else { throw .empty }
        guard byteCount <= maximumByteCount else { throw .tooLong(byteCount: byteCount) }
        // libqrencode reads a C string, which ends at the first NUL.
        guard !text.utf8.contains(0) else { throw .containsNUL }

        let (symbol, error) = text.utf8.allSatisfy({ $0 < 0x80 }) ? encodeASCII(text) : encodeUTF8(text)
        guard let symbol else {
            throw error == ERANGE ? .tooLong(byteCount: byteCount) : .encodingFailed(errno: error)
        }
        // The symbol and its data belong to libqrencode until QRcode_free; copy the modules out.
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        guard width > 0, let data = symbol.pointee.data else { throw .encodingFailed(errno: 0) }
        // Bit 0 of each byte is the module's colour; the other bits say what it is part of.
        let modules = UnsafeBufferPointer(start: data, count: width * width).map { $0 & 1 == 1 }
        return QRCode(size: width, version: Int(symbol.pointee.version), modules: modules)
    }

    // MARK: - libqrencode

    /// ASCII text, split by libqrencode into numeric, alphanumeric and 8-bit segments. errno is
    /// read right after the call, before anything else can change it.
    private static func encodeASCII(_ text: String) -> (UnsafeMutablePointer<QRcode>?, Int32) {
        text.withCString { string in
            errno = 0
            let symbol = QRcode_encodeString(string, 0, QR_ECLEVEL_M, QR_MODE_8, 1)
            return (symbol, errno)
        }
    }

    /// Other text as one 8-bit segment after an ECI header that says it is UTF-8 (ECI 26).
    /// Without it a reader guesses the character set, and short text is often guessed wrong:
    /// zbar reads the two bytes of "í" as one Chinese character.
    private static func encodeUTF8(_ text: String) -> (UnsafeMutablePointer<QRcode>?, Int32) {
        errno = 0
        guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { return (nil, errno) }
        defer { QRinput_free(input) }
        let bytes = Array(text.utf8)
        guard QRinput_appendECIheader(input, 26) == 0,
              QRinput_append(input, QR_MODE_8, Int32(bytes.count), bytes) == 0 else { return (nil, errno) }
        let symbol = QRcode_encodeInput(input)
        return (symbol, errno)
    }

    // MARK: - Modules

    /// Whether the module at column `x`, row `y` (from the top left, 0-based) is dark; anything
    /// outside the symbol, such as the quiet zone, is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
