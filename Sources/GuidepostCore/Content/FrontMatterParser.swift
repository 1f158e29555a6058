import Foundation
internal import Yams

/// Splits a Markdown file into YAML front matter and body, and reads the front matter's fields.
struct FrontMatterParser {
    static let allowedKeys = ["title", "summary", "date", "updated", "tags", "draft", "slug", "weight", "aliases", "template", "paginate", "urgent"]

    /// Parses `file`, appending every problem to `diagnostics`; nil when there was an error.
    func parse(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> MarkdownFile? {
        let text = file.text
        // Only the front matter is split into lines; the body is taken whole.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        var closing: (line: Int, start: String.Index, end: String.Index)?
        while lineStart <= utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if lineNumber == 0 {
                guard isFence(line) else {
                    let message = text.isEmpty
                        ? "file is empty; an article starts with front matter: '---', 'title: ...', '---'"
                        : "missing front matter; start the file with a line '---', then 'title: ...', then '---'"
                    diagnostics.append(.error(message, file: file.displayPath, line: 1, column: 1, in: text))
                    return nil
                }
            } else if isFence(line) || line == "..." {
                closing = (lineNumber, lineStart, lineEnd)
                break
            }
            lineNumber += 1
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            if lineNumber == 1 { yamlStart = lineStart }
        }
        guard let closing, let yamlStart else {
            diagnostics.append(.error(
                "front matter is never closed; add a line '---' after the last front matter line",
                file: file.displayPath, line: 1, column: 1, in: text
            ))
            return nil
        }
        // The YAML ends before the newline that precedes the closing line (empty when none).
        let yaml = closing.start > yamlStart ? String(text[yamlStart..<utf8.index(before: closing.start)]) : ""
        let body = closing.end < utf8.endIndex ? String(text[utf8.index(after: closing.end)...]) : ""
        let source = YAMLSource(path: file.displayPath, yaml: yaml, fileText: text, lineOffset: 1)
        let isIndex = ContentLanguage(path: file.relativePath, languages: []).baseName == ContentLoader.sectionIndexName
        guard let frontMatter = readFields(source, isIndex: isIndex, into: &diagnostics) else { return nil }
        let header = String(text[..<closing.end])
        return MarkdownFile(source: file, frontMatter: frontMatter, frontMatterText: header, body: body, bodyLineOffset: closing.line + 1)
    }

    private func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private func readFields(_ source: YAMLSource, isIndex: Bool, into diagnostics: inout [Diagnostic]) -> FrontMatter? {
        let before = diagnostics.count
        guard let map = source.rootMap(
            what: "front matter", emptyMessage: "front matter is empty; it needs at least a 'title'", into: &diagnostics
        ) else { return nil }
        map.rejectUnknownKeys(allowing: Self.allowedKeys, in: "front matter", into: &diagnostics)
        let what = "front matter"
        let title = map.string("title", required: true, in: what, into: &diagnostics)
        var frontMatter = FrontMatter(title: title ?? "", titleLocation: source.location(of: map["title"] ?? map.node))
        frontMatter.summary = map.string("summary", in: what, into: &diagnostics)
        frontMatter.date = map.date("date", into: &diagnostics)
        frontMatter.updated = map.date("updated", into: &diagnostics)
        frontMatter.tags = map.stringList("tags", into: &diagnostics)?.map(\.0) ?? []
        frontMatter.draft = map.bool("draft", into: &diagnostics) ?? false
        frontMatter.urgent = map.bool("urgent", into: &diagnostics)
        frontMatter.weight = map.int("weight", into: &diagnostics)
        if let slug = map.string("slug", in: what, into: &diagnostics), let node = map["slug"] {
            if isIndex {
                diagnostics.append(source.error("'slug' cannot be used in _index.md; rename the folder to change the section's address", at: node))
            } else if slug.isEmpty || slug.hasPrefix(".") || !slug.allSatisfy(Self.isSlugCharacter) {
                diagnostics.append(source.error("'slug' may only hold letters, digits, '-', '_' and '.', and may not start with '.', found '\(slug)'", at: node))
            } else {
                frontMatter.slug = slug
                frontMatter.slugLocation = source.location(of: node)
            }
        }
        for (alias, node) in map.stringList("aliases", into: &diagnostics) ?? [] {
            guard alias.hasPrefix("/"), !alias.contains("://"), !alias.contains(".."), !alias.contains("#"), !alias.contains("?") else {
                diagnostics.append(source.error("each alias must be a site-relative path such as /old/page/, found '\(alias)'", at: node))
                continue
            }
            frontMatter.aliases.append(LocatedText(value: alias, location: source.location(of: node)))
        }
        if let paginate = map.int("paginate", into: &diagnostics), let node = map["paginate"] {
            if !isIndex {
                diagnostics.append(source.error("'paginate' only applies to a section's _index.md, which lists pages; remove it here", at: node))
            } else if paginate < 0 {
                diagnostics.append(source.error("'paginate' must be 0 (the site's setting) or more, found \(paginate)", at: node))
            } else if paginate > 0 {
                frontMatter.paginate = paginate
            }
        }
        if let template = map.string("template", in: what, into: &diagnostics), let node = map["template"] {
            frontMatter.template = LocatedText(value: template, location: source.location(of: node))
        }
        return diagnostics.count == before ? frontMatter : nil
    }

    static func isSlugCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
    }
}
