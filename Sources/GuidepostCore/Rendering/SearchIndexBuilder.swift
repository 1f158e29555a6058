import Foundation

/// The search index, `search-index.json`: one entry per page with what a reader may look for.
/// The search script reads the same entries split into parts (`ChunkedSearchIndex`); the whole
/// file stays for themes that read it.
///
/// Entries are encoded one by one and cached by their contents, so a preview rebuild encodes
/// only the pages that changed.
struct SearchIndexBuilder: Sendable {
    struct Entry: Codable, Hashable, Sendable {
        var title: String
        var url: String
        var kind: String
        var summary: String?
        var headings: [String]
        var text: String
        var keywords: [String]
    }

    let contexts: PageContextBuilder
    let tables: ComparisonTableRenderer
    let catalogTexts: [String: String]
    /// Entries of pages made elsewhere (the meeting directory's), after the catalog's.
    var extraEntries: [Entry] = []

    /// The entry of the page at `index`: the index lists pages first, in page order.
    func entry(forPage index: Int) -> Entry {
        let page = contexts.content.pages[index], body = contexts.bodies[index]
        return Entry(
            title: page.kind == .home && page.title.isEmpty ? contexts.config.title : page.title,
            url: contexts.url(page.urlPath), kind: page.kind.rawValue, summary: page.frontMatter.summary,
            headings: body.headings.filter { $0.level <= 3 }.map(\.text), text: body.plainText, keywords: page.frontMatter.tags
        )
    }

    func entries() -> [Entry] {
        var entries: [Entry] = contexts.content.pages.indices.map(entry(forPage:))
        let catalog = contexts.catalog
        let language = contexts.config.language
        for group in catalog.groups {
            var keywords = group.aliases + [group.abbreviation].compactMap { $0 }
            if let type = catalog.type(group.typeID) { keywords.append(type.name.resolved(for: language)) }
            for dimension in catalog.dimensions {
                if case .vocabulary(let ids)? = group.values[dimension.id] {
                    keywords += ids.compactMap { dimension.value($0)?.label.resolved(for: language) }
                }
            }
            entries.append(Entry(
                title: tables.groupName(group), url: contexts.url(Catalog.urlPath(group: group.id)), kind: "group",
                summary: group.summary.resolved(for: language), headings: [],
                text: PlainText.of(html: catalogTexts["group:\(group.id)"] ?? "", limit: BodyRenderer.searchTextLimit), keywords: keywords
            ))
        }
        for type in catalog.types {
            entries.append(Entry(
                title: type.name.resolved(for: language), url: contexts.url(Catalog.urlPath(type: type.id)), kind: "group-type",
                summary: type.summary.resolved(for: language), headings: [],
                text: PlainText.of(html: catalogTexts["type:\(type.id)"] ?? "", limit: BodyRenderer.searchTextLimit), keywords: []
            ))
        }
        for comparison in catalog.comparisons {
            entries.append(Entry(
                title: comparison.caption.resolved(for: language), url: contexts.url(Catalog.urlPath(comparison: comparison.id)),
                kind: "comparison", summary: nil, headings: [],
                text: PlainText.of(html: catalogTexts["compare:\(comparison.id)"] ?? "", limit: BodyRenderer.searchTextLimit), keywords: []
            ))
        }
        return entries + extraEntries
    }

    /// `{"pages": [...]}` and each entry's encoded form, reusing the encoded form of unchanged
    /// entries from `cache`.
    ///
    /// Entries are encoded in parallel; `cache` is only kept when `keepsCache` (a preview session).
    func index(cache: inout [Entry: Data], keepsCache: Bool) async -> (json: Data, entries: [Data], values: [Entry]) {
        let entries = entries()
        let previous = cache
        let encoded = await entries.concurrentMap { previous[$0] ?? Self.encode($0) }
        cache = keepsCache ? Dictionary(zip(entries, encoded), uniquingKeysWith: { first, _ in first }) : [:]
        return (Self.join(encoded), encoded, entries)
    }

    static func encode(_ entry: Entry) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entry)).map(scriptSafe) ?? Data("{}".utf8)
    }

    /// The index file from encoded entries.
    static func join(_ entries: [Data]) -> Data {
        var json = Data("{\"pages\":[".utf8)
        json.reserveCapacity(entries.reduce(16) { $0 + $1.count + 1 })
        for (position, entry) in entries.enumerated() {
            if position > 0 { json.append(UInt8(ascii: ",")) }
            json.append(entry)
        }
        json.append(contentsOf: Array("]}\n".utf8))
        return json
    }

    /// The same JSON with `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes, so that a
    /// title such as `</script>` stays inert even where the index is put inside a `<script>`
    /// element or served as HTML. Outside strings JSON has none of these characters, so replacing
    /// every one of them keeps the same data.
    static func scriptSafe(_ json: Data) -> Data {
        // By byte: the three ASCII characters, and U+2028 and U+2029 as their UTF-8 bytes
        // E2 80 A8 and E2 80 A9 (an em dash, E2 80 94, is common in text and stays as it is).
        guard json.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == 0xE2 }) else {
            return json
        }
        let bytes = [UInt8](json)
        var safe: [UInt8] = []
        safe.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"): safe += #"\u003c"#.utf8
            case UInt8(ascii: ">"): safe += #"\u003e"#.utf8
            case UInt8(ascii: "&"): safe += #"\u0026"#.utf8
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                safe += (bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                index += 3
                continue
            default: safe.append(bytes[index])
            }
            index += 1
        }
        return Data(safe)
    }
}
