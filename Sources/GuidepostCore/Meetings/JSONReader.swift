/// Reads JSON (RFC 8259) into `JSONNode`s that keep the place of every value and key, so that a
/// problem in a feed can be reported where it is; Foundation's `JSONSerialization` gives no
/// positions.
///
/// The structure is read strictly (no comments, no trailing commas, one value per file), but a
/// UTF-8 byte order mark at the start is skipped. A syntax error is a `Diagnostic` at the exact
/// place, quoting its line. Reading is linear in the size of the text and uses no recursion.
public enum JSONReader {
    /// How deeply lists and objects may nest. Meeting feeds nest three or four levels; the limit
    /// keeps the tree's own recursive conformances (`==`, `hash`, deinitialization) far from the
    /// end of the stack.
    public static let nestingLimit = 512

    /// The value `text` holds; `file` is the path shown in messages.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> JSONNode {
        try text.withUTF8Bytes { bytes in
            var parser = JSONParser(bytes: bytes, file: file)
            return Result { () throws(Diagnostic) in try parser.parseDocument() }
        }.get()
    }
}
