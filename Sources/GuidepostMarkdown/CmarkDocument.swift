internal import CCmarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only type that talks to libcmark-gfm: owns one parser and its node tree.
///
/// cmark-gfm is not thread-safe across a single parser, but separate parsers are independent, so
/// every render creates its own document. Columns reported by cmark are byte offsets; this type
/// converts them to Unicode scalar columns before they leave it.
final class CmarkDocument {
    private let parser: OpaquePointer
    /// The document node: read by extensions of this type in other files.
    let root: OpaquePointer
    private let cmarkOptions: Int32
    private let source: [UInt8]
    private lazy var lineStarts: [Int] = Self.lineStarts(of: source)
    /// Where the last column was counted: line, byte offset, and scalars from the line's start.
    private var columnCursor: (line: Int, byte: Int, scalars: Int)?

    // Values of the CMARK_OPT_* macros (cmark-gfm.h); written out because Swift does not import
    // every macro.
    private static let optionUnsafe: Int32 = 1 << 17
    private static let optionSmart: Int32 = 1 << 10
    private static let optionFootnotes: Int32 = 1 << 13
    private static let optionValidateUTF8: Int32 = 1 << 9
    private static let optionGitHubPreLang: Int32 = 1 << 11

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registers the GFM extensions exactly once: `cmark_gfm_core_extensions_ensure_registered`
    /// itself is not thread-safe, and a lazily initialised global is.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Parses `text` on a thread of its own, waiting at most `options.limits.timeLimit`.
    init(parsing text: String, options: MarkdownOptions) throws(MarkdownRefusal) {
        _ = Self.registration
        var flags = Self.optionFootnotes | Self.optionValidateUTF8 | Self.optionGitHubPreLang
        if options.allowsRawHTML { flags |= Self.optionUnsafe }
        if options.smartPunctuation { flags |= Self.optionSmart }
        cmarkOptions = flags
        let bytes = Array(text.utf8)
        let problems = MarkdownComplexityScanner(limits: options.limits).problems(in: bytes)
        guard problems.isEmpty else { throw MarkdownRefusal(problems: problems) }
        switch TimedParse.run(bytes, flags: flags, extensionNames: Self.extensionNames, limit: options.limits.timeLimit) {
        case .parsed(let tree):
            self.parser = tree.parser
            self.root = tree.root
        case .timedOut(let parse):
            throw MarkdownRefusal(problems: [MarkdownRefusal.Problem(
                line: nil, column: nil,
                message: "reading the Markdown took longer than \(options.limits.timeLimit.seconds) and was given up; look for unusual markup (very long paragraphs, deep nesting, many brackets or emphasis marks) and split the text into shorter paragraphs or files"
            )], abandonedParse: parse)
        }
        self.source = bytes
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    // MARK: - Walking

    /// The nodes this wrapper cares about, collected in one walk of the tree.
    struct Inventory {
        var links: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        var fencedBlocks: [OpaquePointer] = []
        var tables: [OpaquePointer] = []
        var wordCount = 0
    }

    func inventory() -> Inventory {
        var inventory = Inventory()
        // Words may span text nodes ("*re*covery"), so the in-a-word state carries over between
        // them and is reset by block boundaries and line breaks.
        var inWord = false
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type.rawValue & Self.inlineTypeFlag == 0 || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                inWord = false
            }
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                inventory.links.append(node)
            } else if type == CMARK_NODE_HEADING {
                inventory.headings.append(node)
            } else if type == CMARK_NODE_CODE_BLOCK {
                var length: Int32 = 0, offset: Int32 = 0
                var character: CChar = 0
                if cmark_node_get_fenced(node, &length, &offset, &character) != 0 {
                    inventory.fencedBlocks.append(node)
                }
            } else if type.rawValue & Self.inlineTypeFlag == 0, Self.isTable(node) {
                inventory.tables.append(node)
            } else if type == CMARK_NODE_TEXT {
                inventory.wordCount += Self.countWords(cmark_node_get_literal(node), inWord: &inWord)
            }
        }
        return inventory
    }

    // MARK: - Reading nodes

    func isImage(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node) == CMARK_NODE_IMAGE
    }

    func url(of node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    func hasChildren(_ node: OpaquePointer) -> Bool {
        cmark_node_first_child(node) != nil
    }

    func headingLevel(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_heading_level(node))
    }

    func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    func fenceInfo(of node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    /// 1-based line and Unicode-scalar column where `node` starts.
    func position(of node: OpaquePointer) -> (line: Int, column: Int) {
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = Int(cmark_node_get_start_column(node))
        return (line, scalarColumn(line: line, byteColumn: byteColumn))
    }

    /// The text of a node and its descendants, without markup.
    func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += literal(of: child)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    // MARK: - Changing nodes

    func setURL(_ url: String, of node: OpaquePointer) {
        cmark_node_set_url(node, url)
    }

    /// Replaces `node` with literal HTML, written as is whatever the raw-HTML option says: this is
    /// how trusted, generated markup (heading ids, comparison tables) enters the page.
    func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        if cmark_node_replace(node, block) == 1 {
            cmark_node_free(node)
        } else {
            cmark_node_free(block)
        }
    }

    // MARK: - Rendering

    /// HTML for `node` and its descendants, or for the whole document when `node` is nil.
    func html(of node: OpaquePointer? = nil) -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(node ?? root, cmarkOptions, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    // MARK: - Helpers

    /// Tables are an extension's node type, known by name rather than by a constant.
    private static func isTable(_ node: OpaquePointer) -> Bool {
        guard let name = cmark_node_get_type_string(node) else { return false }
        return strcmp(name, "table") == 0
    }

    /// The text of a table's header row, for labelling it.
    func headerText(ofTable node: OpaquePointer) -> String {
        guard let row = cmark_node_first_child(node) else { return "" }
        var cells: [String] = []
        var cell = cmark_node_first_child(row)
        while let current = cell {
            cells.append(plainText(of: current))
            cell = cmark_node_next(current)
        }
        return cells.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// CMARK_NODE_TYPE_INLINE's own bit (cmark-gfm.h): set on every inline node type.
    static let inlineTypeFlag: UInt32 = 0x4000

    private static func countWords(_ text: UnsafePointer<CChar>?, inWord: inout Bool) -> Int {
        guard var pointer = text else { return 0 }
        var count = 0
        while pointer.pointee != 0 {
            let byte = UInt8(bitPattern: pointer.pointee)
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
            pointer += 1
        }
        return count
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        return starts
    }

    private func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, source.count)
        // Nodes are asked for in document order, so counting goes on from the previous node of
        // the same line rather than from the line's start: a pasted line of 80,000 links is read
        // once, not once per link.
        var from = start, scalars = 0
        if let cursor = columnCursor, cursor.line == line, cursor.byte <= end {
            from = cursor.byte
            scalars = cursor.scalars
        }
        // Count the bytes that start a scalar (everything but UTF-8 continuation bytes).
        for index in from..<end where source[index] & 0xC0 != 0x80 { scalars += 1 }
        columnCursor = (line, end, scalars)
        return scalars + 1
    }
}
