/// Why a text has no QR code.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is empty.
    case empty
    /// The text holds a NUL character (U+0000), which libqrencode cannot take.
    case containsNUL
    /// The text needs more room than a version 40 code at error correction level M has.
    case tooLong(byteCount: Int)
    /// libqrencode failed for another reason (out of memory), with its `errno`.
    case encodingFailed(errno: Int32)

    public var description: String {
        switch self {
        case .empty:
            "a QR code needs some text; this one is empty"
        case .containsNUL:
            "a QR code cannot hold the NUL character (U+0000)"
        case .tooLong(let byteCount):
            "the text is \(byteCount) bytes long, too long for a QR code: the largest holds 2,330 bytes of text (2,331 of ASCII, 5,596 digits)"
        case .encodingFailed(let errno):
            "libqrencode could not make the QR code (errno \(errno))"
        }
    }
}
