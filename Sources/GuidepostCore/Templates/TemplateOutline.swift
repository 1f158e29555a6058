/// What one reading of a template's text finds before the Mustache parser sees it: the partials
/// it includes, how deep its sections nest, the blocks it shows and gives to parents, and a tag
/// that the end of the file cuts off.
///
/// The parser, the compiled templates and both renderers recurse once per section, block and
/// partial, so a theme nested thousands deep overflowed the stack; a block that includes its own
/// parent rendered itself forever. These are found here, from the text, and reported before
/// anything is parsed or rendered (see `ThemeTemplates`).
///
/// The text is read by Character, as the Mustache parser reads it, so that every tag the parser
/// finds is found here too; tags inside comments are skipped. Reading takes time in proportion
/// to the text, however many tags are left unclosed.
struct TemplateOutline: Sendable {
    /// How deep sections, blocks and partials may nest, counted through every partial a
    /// template includes. Themes need a dozen levels at most; the limit keeps the parser and
    /// the renderers far from the end of the stack.
    static let nestingLimit = 100
    /// How many tags one template file may hold. swift-mustache's parser takes time in
    /// proportion to the tags times the length of the file (it measures the rest of the text
    /// at every tag), so one file of 20,000 tags took over 20 s; the default theme's largest
    /// template has 77 tags, and a theme of many files of up to this many loads in time in
    /// proportion to its size.
    static let tagLimit = 2_000

    /// A place in the template's text; columns count Unicode scalars, like every message.
    struct Place: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    /// A `{{$name}}` block given to a parent inside `{{<parent}}…{{/parent}}`.
    struct BlockOverride: Sendable, Hashable {
        var name: String
        var parent: String
        var place: Place
        /// The partials the block's text includes.
        var references: [PartialReference] = []
        /// The blocks the block's text shows itself.
        var expansions: Set<String> = []
    }

    /// A tag that is still open when the text ends, so that the parser runs out of text.
    struct UnterminatedTag: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            /// `{{! …` without its `}}`.
            case comment
            /// `{{{name}}` without its third `}`.
            case tripleMustache
            /// Any other `{{…` without its `}}`.
            case tag
        }

        var kind: Kind
        var place: Place
    }

    /// The partial references, dynamic ones included, in order.
    var references: [PartialReference] = []
    /// Where the first `{{=<% %>=}}` tag is: tags written with other delimiters after it are
    /// not found.
    var delimiterChange: Place?
    /// The deepest nesting of sections and blocks in the text alone; one more than the limit
    /// when the text goes past it, as what lies beyond is not counted.
    var deepestNesting = 0
    /// The first tag that opens a section or block deeper than `nestingLimit`.
    var firstTooDeep: Place?
    /// The names of the `{{$name}}` blocks the template shows (those it does not give to a
    /// parent), which a block given by an including template replaces.
    var blockExpansions: Set<String> = []
    /// The blocks the template gives to its parents.
    var blockOverrides: [BlockOverride] = []
    /// The first tag the end of the text cuts off.
    var unterminatedTag: UnterminatedTag?
    /// How many tags the text holds, comments included.
    var tagCount = 0
    /// The first tag past `tagLimit`.
    var firstPastTagLimit: Place?

    /// A section, block or `{{<parent}}` that is open while reading.
    private struct OpenSection {
        var name: String
        var sigil: Character
        /// The index in `blockOverrides` when the section is a block given to a parent.
        var override: Int?
    }

    init(scanning text: String) {
        let characters = Array(text)
        func isClose(_ index: Int) -> Bool {
            index + 1 < characters.count && characters[index] == "}" && characters[index + 1] == "}"
        }
        // Where the first `}}` at or after `start` is, or the end of the text. The search goes
        // on from where the last one stopped, so that a text full of `{{` and no `}}` is still
        // read in linear time.
        var nextClose = -1
        func close(from start: Int) -> Int {
            if nextClose < start {
                nextClose = start
                while nextClose < characters.count, !isClose(nextClose) { nextClose += 1 }
            }
            return nextClose
        }
        var line = 1, column = 1
        var index = 0
        func advance(to end: Int) {
            while index < end {
                if characters[index] == "\n" { line += 1; column = 1 } else { column += characters[index].unicodeScalars.count }
                index += 1
            }
        }
        // White space, a name, white space and `}}` from `start`: the name and the index of the
        // `}}`, or nil when the tag is not written so (the parser then reports it).
        func name(from start: Int, allowing allowed: Set<Character>) -> (name: String, close: Int)? {
            var cursor = start
            while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
            let nameStart = cursor
            while cursor < characters.count, allowed.contains(characters[cursor]) { cursor += 1 }
            let name = String(characters[nameStart..<cursor])
            while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
            return isClose(cursor) ? (name, cursor) : nil
        }
        var open: [OpenSection] = []
        // After a closing tag that does not match, the parser stops; so does the nesting count,
        // and after the limit is passed (the template is refused), so that the sections open
        // around a tag are never more than the limit.
        var isCounting = true
        while index < characters.count {
            guard characters[index] == "{", index + 2 < characters.count, characters[index + 1] == "{" else {
                advance(to: index + 1)
                continue
            }
            let place = Place(line: line, column: column)
            tagCount += 1
            if tagCount == Self.tagLimit + 1 { firstPastTagLimit = place }
            let sigil = characters[index + 2]
            if unterminatedTag == nil, close(from: index + 2) == characters.count {
                unterminatedTag = UnterminatedTag(kind: sigil == "!" ? .comment : sigil == "{" ? .tripleMustache : .tag, place: place)
            }
            switch sigil {
            case "!":
                // A comment ends at the first `}}`; nothing in it is a tag.
                advance(to: min(close(from: index + 3) + 2, characters.count))
                continue
            case "=":
                if delimiterChange == nil { delimiterChange = place }
            case "{":
                if unterminatedTag == nil, let tag = name(from: index + 3, allowing: Self.nameCharacters), tag.close + 2 == characters.count {
                    unterminatedTag = UnterminatedTag(kind: .tripleMustache, place: place)
                }
            case ">", "<":
                // White space, an optional `*`, a name, white space, `}}`.
                var cursor = index + 3
                while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
                let isDynamic = cursor < characters.count && characters[cursor] == "*"
                if isDynamic { cursor += 1 }
                guard let tag = name(from: cursor, allowing: Self.partialNameCharacters), !tag.name.isEmpty || isDynamic else { break }
                let reference = PartialReference(
                    name: tag.name, line: place.line, column: place.column, isDynamic: isDynamic, inherits: sigil == "<",
                    nesting: open.count, parents: open.filter { $0.sigil == "<" }.map(\.name)
                )
                references.append(reference)
                for section in open { if let override = section.override { blockOverrides[override].references.append(reference) } }
                if sigil == "<", isCounting {
                    // The parser closes `{{<parent}}` with `{{/parent}}`, `*` included.
                    isCounting = openSection(OpenSection(name: (isDynamic ? "*" : "") + tag.name, sigil: "<"), at: place, in: &open)
                }
            case "#", "^", "$":
                guard isCounting, let tag = name(from: index + 3, allowing: Self.sectionNameCharacters) else { break }
                var section = OpenSection(name: tag.name, sigil: sigil)
                if sigil == "$" {
                    if let enclosing = open.last, enclosing.sigil == "<" {
                        section.override = blockOverrides.count
                        blockOverrides.append(BlockOverride(name: tag.name, parent: enclosing.name, place: place))
                    } else {
                        blockExpansions.insert(tag.name)
                        for section in open { if let override = section.override { blockOverrides[override].expansions.insert(tag.name) } }
                    }
                }
                isCounting = openSection(section, at: place, in: &open)
            case "/":
                guard isCounting, let tag = name(from: index + 3, allowing: Self.sectionNameCharacters) else { break }
                if open.last?.name == tag.name { open.removeLast() } else { isCounting = false }
            default:
                break
            }
            advance(to: index + 1)
        }
    }

    /// Opens `section`, or records the first place past the limit; whether to go on counting.
    private mutating func openSection(_ section: OpenSection, at place: Place, in open: inout [OpenSection]) -> Bool {
        guard open.count < Self.nestingLimit else {
            firstTooDeep = place
            deepestNesting = Self.nestingLimit + 1
            return false
        }
        open.append(section)
        deepestNesting = max(deepestNesting, open.count)
        return true
    }

    /// What a partial's name may hold, as the Mustache parser reads it.
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    /// What a section's or block's name may hold.
    private static let sectionNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    /// What a value's name may hold.
    private static let nameCharacters = sectionNameCharacters
}
