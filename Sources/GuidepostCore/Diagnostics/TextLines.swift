/// The lines of a text, found once, so that quoting many lines of one file does not read the file
/// from its start each time.
struct TextLines {
    let text: String
    /// UTF-8 offsets where each line starts.
    private let starts: [Int]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.starts = starts
    }

    /// The 1-based `number`th line without its line break, or nil past the end; the same as
    /// `String.line(at:)`.
    func line(at number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[number - 1])
        let end = number < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[number] - 1) : utf8.endIndex
        return String(text[start..<end])
    }
}
