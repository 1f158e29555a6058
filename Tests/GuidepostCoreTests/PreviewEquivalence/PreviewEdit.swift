/// One edit a publisher makes while the preview runs, decoded from random numbers so that a
/// sequence can be generated from a seed, replayed and shrunk.
struct PreviewEdit: CustomStringConvertible {
    /// Which kind of edit, and three numbers that choose its details.
    var kind: Int
    var a: Int
    var b: Int
    /// Whether the preview is told which files changed (as the watcher does), or must look.
    var hinted: Bool

    static let kinds = 21

    var description: String {
        let names = [
            "body", "title", "tags", "date", "draft", "aliases", "weight", "slug", "add article", "delete article",
            "rename article", "move article", "catalog", "help line", "settings", "template", "partial", "static file", "section", "paginate",
            "meetings",
        ]
        return "\(names[kind % Self.kinds])(\(a), \(b))\(hinted ? "" : " unhinted")"
    }

    /// Applies the edit to the model.
    func apply(to site: inout PreviewModelSite) {
        let paths = site.articles.keys.sorted()
        let path = paths.isEmpty ? nil : paths[a % paths.count]
        switch kind % Self.kinds {
        case 0: if let path { site.articles[path]?.body = b }
        case 1: if let path { site.articles[path]?.title = PreviewModelSite.titlePool[b % PreviewModelSite.titlePool.count] }
        case 2:
            guard let path, var article = site.articles[path] else { return }
            let tag = PreviewModelSite.tagPool[b % PreviewModelSite.tagPool.count]
            if let index = article.tags.firstIndex(of: tag) { article.tags.remove(at: index) } else { article.tags.append(tag) }
            site.articles[path] = article
        case 3:
            guard let path else { return }
            site.articles[path]?.date = b % 9 == 8 ? nil : PreviewModelSite.datePool[b % PreviewModelSite.datePool.count]
        case 4: if let path { site.articles[path]?.draft = b % 3 == 0 }
        case 5:
            guard let path else { return }
            site.articles[path]?.aliases = b % 3 == 0 ? [] : [PreviewModelSite.aliasPool[b % PreviewModelSite.aliasPool.count]]
        case 6: if let path { site.articles[path]?.weight = b % 4 == 0 ? nil : b % 4 }
        case 7: if let path { site.articles[path]?.slug = PreviewModelSite.slugPool[b % PreviewModelSite.slugPool.count] }
        case 8:
            let section = PreviewModelSite.sections[b % PreviewModelSite.sections.count]
            site.articles["\(section)/new-\(a % 4).md"] = .init(title: "New page \(a % 4)", tags: b % 2 == 0 ? ["online"] : [], body: a)
        case 9: if let path, paths.count > 1 { site.articles[path] = nil }
        case 10:
            guard let path, let article = site.articles[path] else { return }
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            site.articles[path] = nil
            site.articles["\(folder)/renamed-\(b % 3).md"] = article
        case 11:
            guard let path, let article = site.articles[path] else { return }
            let name = path.split(separator: "/").last.map(String.init) ?? "moved.md"
            site.articles[path] = nil
            site.articles["\(PreviewModelSite.sections[b % PreviewModelSite.sections.count])/\(name)"] = article
        case 12: site.catalogVariant = b
        case 13: site.helpLineName = ["988 Lifeline", "Crisis line", "Línea de ayuda"][b % 3]
        case 14: site.settingsVariant = b
        case 15: site.templateVariant = b
        case 16: site.partialVariant = b
        case 17:
            let file = "Content/static/\(["notes.txt", "extra.txt", "more/notes.txt", "learn/index.html"][a % 4])"
            if b % 3 == 0 { site.staticFiles[file] = nil } else { site.staticFiles[file] = "text \(b)" }
        case 19:
            // Page sizes small enough to split the model's lists; now and then one that breaks the
            // build (0 in the site's settings, -1 in a section), mended by the next such edit.
            let breaks = b % 16 == 15
            if a % 2 == 0 {
                site.sitePaginate = breaks ? 0 : [nil, 1, 2, 3][b % 4]
            } else {
                site.sectionPaginate[PreviewModelSite.sections[a / 2 % PreviewModelSite.sections.count]] = breaks ? -1 : [nil, 0, 1, 2][b % 4]
            }
        case 20:
            // A list added, changed (sometimes broken) or taken away.
            site.meetingsVariant = b % 7 == 6 ? nil : a * 7 + b
        default:
            let folder = PreviewModelSite.sections[a % PreviewModelSite.sections.count]
            if b % 3 == 0 {
                if site.sectionIndexes.contains(folder) { site.sectionIndexes.remove(folder) } else { site.sectionIndexes.insert(folder) }
            } else {
                site.sectionTags[folder] = [[], ["meetings"], ["families", "online"]][b % 3]
            }
        }
    }
}
