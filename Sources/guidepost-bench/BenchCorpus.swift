import Foundation

/// A generated guide of `articles` articles and `groups` catalog groups, written twice: as a
/// Guidepost site and as a Hugo site with the same Markdown and equivalent templates, so that
/// both tools write the same pages.
///
/// Articles have front matter, about 600 words under headings, emphasis, links to other
/// articles and a small table; they sit in nested sections (`part-N/topic-M/`), 100 a folder.
/// The catalog has `groups` groups in the example guide's group types, with comparison tables;
/// Hugo gets each catalog page as a Markdown page holding the same table.
struct BenchCorpus {
    var articles: Int
    var groups: Int

    static let perFolder = 100
    static let foldersPerPart = 10

    // MARK: - Articles

    func folder(ofArticle index: Int) -> String {
        let folder = index / Self.perFolder
        return "part-\(folder / Self.foldersPerPart)/topic-\(folder % Self.foldersPerPart)"
    }

    /// The Markdown file of article `index`, front matter included.
    func article(_ index: Int) -> String {
        let inFolder = index % Self.perFolder
        let next = (inFolder + 1) % min(Self.perFolder, articles)
        let otherFolder = folder(ofArticle: (index + Self.perFolder) % articles)
        let relativeOther = otherFolder == folder(ofArticle: index) ? "" : "../../\(otherFolder)/"
        let day = String(format: "%02d", 1 + index % 28)
        let month = String(format: "%02d", 1 + index / 28 % 12)
        var text = """
        ---
        title: "Peer support, part \(index)"
        summary: "What article \(index) says about finding a group that fits."
        date: 2025-\(month)-\(day)
        tags: [peer-support, topic-\(index % 20)]
        ---

        """
        let sentences = [
            "Peer support is *help* from people with **lived experience** of recovery.",
            "It works alongside treatment and often goes on after treatment ends.",
            "Meetings happen in person, online and by phone, and many are free.",
            "Some groups follow the Twelve Steps; others use secular or science-based tools.",
            "Families and friends have groups of their own, apart from the person in recovery.",
            "A peer specialist is trained and certified, and may work in a clinic or a hospital.",
        ]
        for part in 1...6 {
            text += "## Part \(part): choosing well\n\n"
            var paragraph: [String] = []
            for sentence in 0..<8 { paragraph.append(sentences[(index + part + sentence) % sentences.count]) }
            text += paragraph.joined(separator: " ")
            text += " Read [the next article](a\(next).md#part-1-choosing-well) or [another topic](\(relativeOther)a\(inFolder).md).\n\n"
        }
        text += """
        | Kind of group | Cost | Led by |
        |---|---|---|
        | Mutual help | Free | Peers |
        | Clinical | Varies | Professionals |
        | Online | Free | Peers |

        """
        return text
    }

    func sectionIndex(title: String) -> String {
        "---\ntitle: \"\(title)\"\nsummary: \"Articles about \(title.lowercased()).\"\n---\n\nArticles about \(title.lowercased()).\n"
    }

    /// Every Markdown page both sites share, by path relative to the content folder.
    func sharedPages() -> [(path: String, text: String)] {
        var pages: [(String, String)] = [("_index.md", "---\ntitle: Benchmark Guide\n---\n\nA generated guide.\n")]
        // The default theme links every page to /get-help-now/.
        pages.append(("get-help-now.md", "---\ntitle: Get help now\n---\n\nCall or text 988 in the United States.\n"))
        var seenParts: Set<Int> = []
        for index in 0..<articles {
            let folder = folder(ofArticle: index)
            if index % Self.perFolder == 0 {
                let part = index / Self.perFolder / Self.foldersPerPart
                if seenParts.insert(part).inserted {
                    pages.append(("part-\(part)/_index.md", sectionIndex(title: "Part \(part)")))
                }
                pages.append(("\(folder)/_index.md", sectionIndex(title: "Topic \(index / Self.perFolder)")))
            }
            pages.append(("\(folder)/a\(index % Self.perFolder).md", article(index)))
        }
        return pages
    }

    // MARK: - Catalog

    static let types = ["twelve-step", "secular", "buddhist-inspired", "family-and-friends", "mental-health-peer", "online", "clinical", "peer-support-services", "mentoring"]
    static let approaches = ["twelve-step", "secular-self-help", "science-based", "buddhist-inspired", "general-peer-support", "clinical"]
    static let formats = ["in-person", "online", "phone", "forum", "one-on-one"]
    static let costs = ["free", "donations", "fees-or-insurance", "varies"]

    struct Group {
        var id: String
        var name: String
        var type: String
        var approach: String
        var formats: [String]
        var cost: String
        var summary: String
    }

    func catalogGroups() -> [Group] {
        (0..<groups).map { index in
            Group(
                id: "group-\(index)", name: "Support Group \(index)",
                type: Self.types[index % Self.types.count],
                approach: Self.approaches[index % Self.approaches.count],
                formats: [Self.formats[index % Self.formats.count], Self.formats[(index + 2) % Self.formats.count]],
                cost: Self.costs[index % Self.costs.count],
                summary: "Group \(index) meets weekly and welcomes newcomers."
            )
        }
    }

    func groupsYAML() -> String {
        var yaml = "groups:\n"
        for group in catalogGroups() {
            yaml += """
              - id: \(group.id)
                name: \(group.name)
                type: \(group.type)
                summary: \(group.summary)
                description: |
                  \(group.name) is a generated group. Members share what helps and support each other.
                website: https://example.org/\(group.id)/
                sources:
                  - title: \(group.name) website
                    url: https://example.org/\(group.id)/
                values:
                  approach: \(group.approach)
                  format: [\(group.formats.joined(separator: ", "))]
                  cost: \(group.cost)
                reviewed: 2026-10-01

            """
        }
        return yaml
    }

    func comparisonsYAML() -> String {
        var yaml = """
        comparisons:
          - id: all-groups
            caption: Every group
            intro: All the groups of the catalog side by side.
            rows:
              all_groups: true
            columns: [type, approach, format, cost]

        """
        for type in Self.types {
            yaml += """
              - id: \(type)-groups
                caption: Groups of type \(type)
                intro: The groups of one type.
                rows:
                  types: [\(type)]
                columns: [summary, format, cost]

            """
        }
        return yaml
    }

    // MARK: - Writing

    /// Writes the Guidepost site: `Content/` with settings, pages and catalog, and `Templates/`.
    func writeGuidepostSite(to root: URL, templates: URL, exampleCatalog: URL) throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: root)
        let content = root.appendingPathComponent("Content")
        try fileManager.createDirectory(at: content.appendingPathComponent("catalog"), withIntermediateDirectories: true)
        try fileManager.copyItem(at: templates, to: root.appendingPathComponent("Templates"))
        try write("title: Benchmark Guide\nbase_url: https://example.org/\nlanguage: en\n", to: content.appendingPathComponent("site.yml"))
        for name in ["dimensions.yml", "types.yml", "help-lines.yml"] {
            try fileManager.copyItem(at: exampleCatalog.appendingPathComponent(name), to: content.appendingPathComponent("catalog/\(name)"))
        }
        try write(groupsYAML(), to: content.appendingPathComponent("catalog/groups.yml"))
        try write(comparisonsYAML(), to: content.appendingPathComponent("catalog/comparisons.yml"))
        try writePages(sharedPages(), into: content)
    }

    /// Writes the Hugo site: `hugo.toml`, `content/` with the same pages plus the catalog pages
    /// as Markdown, and `layouts/`.
    func writeHugoSite(to root: URL) throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: root)
        let content = root.appendingPathComponent("content")
        try fileManager.createDirectory(at: content, withIntermediateDirectories: true)
        try write(HugoTheme.config, to: root.appendingPathComponent("hugo.toml"))
        for (path, text) in HugoTheme.layouts {
            let url = root.appendingPathComponent("layouts/\(path)")
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try write(text, to: url)
        }
        try writePages(sharedPages() + hugoCatalogPages(), into: content)
    }

    /// The catalog pages Guidepost generates, as Markdown pages with the same tables.
    func hugoCatalogPages() -> [(path: String, text: String)] {
        let groups = catalogGroups()
        func row(_ group: Group) -> String {
            "| [\(group.name)](/groups/\(group.id)/) | \(group.type) | \(group.approach) | \(group.formats.joined(separator: ", ")) | \(group.cost) |"
        }
        let header = "| Group | Type | Approach | Format | Cost |\n|---|---|---|---|---|\n"
        var pages: [(String, String)] = [
            ("groups/_index.md", "---\ntitle: Support groups\n---\n\n" + header + groups.map(row).joined(separator: "\n") + "\n"),
            ("compare/_index.md", "---\ntitle: Comparisons\n---\n\nComparison tables.\n"),
            ("compare/all-groups.md", "---\ntitle: Every group\n---\n\nAll the groups of the catalog side by side.\n\n" + header + groups.map(row).joined(separator: "\n") + "\n"),
            ("types/_index.md", "---\ntitle: Kinds of support\n---\n\nKinds of support.\n"),
        ]
        for group in groups {
            pages.append(("groups/\(group.id).md", """
            ---
            title: "\(group.name)"
            summary: "\(group.summary)"
            ---

            \(group.name) is a generated group. Members share what helps and support each other.

            | | |
            |---|---|
            | Type | \(group.type) |
            | Approach | \(group.approach) |
            | Format | \(group.formats.joined(separator: ", ")) |
            | Cost | \(group.cost) |

            [Website](https://example.org/\(group.id)/)

            """))
        }
        for type in Self.types {
            let members = groups.filter { $0.type == type }
            let table = header + members.map(row).joined(separator: "\n") + "\n"
            pages.append(("types/\(type).md", "---\ntitle: \"\(type)\"\n---\n\nGroups of this type.\n\n" + table))
            pages.append(("compare/\(type)-groups.md", "---\ntitle: \"Groups of type \(type)\"\n---\n\nThe groups of one type.\n\n" + table))
        }
        return pages
    }

    private func writePages(_ pages: [(path: String, text: String)], into content: URL) throws {
        var folders: Set<String> = []
        for page in pages {
            let folder = (page.path as NSString).deletingLastPathComponent
            if !folder.isEmpty, folders.insert(folder).inserted {
                try FileManager.default.createDirectory(at: content.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try write(page.text, to: content.appendingPathComponent(page.path))
        }
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }
}
