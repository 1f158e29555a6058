import Foundation

/// A small site kept as a model and written to a temporary folder, so that random edits can be
/// described, applied, replayed and shrunk.
///
/// Every edit rewrites whole files from the model, so a sequence of edits always leads to the
/// same files whatever ran before it; some edits break the build (a broken link, an unclosed
/// section, a date that is not a date, YAML that does not parse) and a later edit of the same
/// file mends it.
struct PreviewModelSite {
    struct Article: Equatable {
        var title: String
        var tags: [String] = []
        var date: String? = "2026-05-01"
        var draft = false
        var aliases: [String] = []
        var weight: Int?
        var slug: String?
        var body = 0
    }

    static let sections = ["learn", "help", "learn/deeper"]
    static let tagPool = ["meetings", "families", "online", "Meetings"]
    // Most values build; one or two of each pool break the build (a clash, a bad date, no
    // title), so that sequences break the site and mend it again.
    static let aliasPool = ["/old/", "/older/page/", "/old.html", "/other/", "/old/", "/ancient/", "/learn/", "/learn/./x/"]
    static let slugPool = [nil, nil, nil, "first", "renamed", "other", "first-steps", "index.html"]
    static let datePool = ["2026-05-01", "2026-01-15", "2025-12-31", "2099-01-01", "2026-03-03", "2026-04-04", "2026-06-06", "2026-02-30"]
    static let titlePool = ["First steps", "Meetings near you", "What to expect", "Families", "Online groups", "Call now", "A long title: with a colon", ""]

    var articles: [String: Article] = [
        "learn/first.md": Article(title: "First steps", tags: ["meetings"], body: 1),
        "learn/second.md": Article(title: "What to expect", date: "2026-01-15", weight: 2, body: 2),
        "help/call.md": Article(title: "Call now", tags: ["families"], date: nil),
    ]
    var sectionTags: [String: [String]] = ["learn": ["meetings"]]
    var sectionIndexes: Set<String> = ["learn", "help"]
    var catalogVariant = 0
    var helpLineName = "988 Lifeline"
    var settingsVariant = 0
    var templateVariant = 0
    var partialVariant = 0
    var staticFiles: [String: String] = ["Content/static/notes.txt": "notes"]
    /// `paginate` in site.yml and in sections' `_index.md`.
    var sitePaginate: Int?
    var sectionPaginate: [String: Int] = [:]
    /// The meeting list, when the site has one: which of `meetingLists`.
    var meetingsVariant: Int?

    // MARK: - Files

    func files() -> [String: String] {
        var files: [String: String] = [
            "Content/site.yml": settings(),
            "Content/_index.md": "---\ntitle: Home\n---\nWelcome.\n",
            "Content/catalog.yml": catalog(),
        ]
        for (path, article) in articles {
            let depth = path.split(separator: "/").count - 1
            files["Content/\(path)"] = Self.text(of: article, home: String(repeating: "../", count: depth) + "_index.md")
        }
        for folder in sectionIndexes {
            var front = "title: \(folder.capitalized)\n"
            if let tags = sectionTags[folder], !tags.isEmpty { front += "tags: [\(tags.joined(separator: ", "))]\n" }
            if let paginate = sectionPaginate[folder] { front += "paginate: \(paginate)\n" }
            files["Content/\(folder)/_index.md"] = "---\n\(front)---\nAbout \(folder).\n"
        }
        for (path, text) in staticFiles { files[path] = text }
        if let meetingsVariant { files["Content/meetings/list.json"] = Self.meetingList(meetingsVariant) }
        for (name, text) in templates() { files["Templates/\(name).mustache"] = text }
        return files
    }

    /// The file of `article`; `home` is the relative path of the home page's file from it.
    static func text(of article: Article, home: String) -> String {
        var front = "title: \"\(article.title)\"\n"
        if !article.tags.isEmpty { front += "tags: [\(article.tags.joined(separator: ", "))]\n" }
        if let date = article.date { front += "date: \(date)\n" }
        if article.draft { front += "draft: true\n" }
        if !article.aliases.isEmpty { front += "aliases: [\(article.aliases.map { "\"\($0)\"" }.joined(separator: ", "))]\n" }
        if let weight = article.weight { front += "weight: \(weight)\n" }
        if let slug = article.slug { front += "slug: \(slug)\n" }
        return "---\n\(front)---\n" + body(article.body, home: home)
    }

    static func body(_ variant: Int, home: String) -> String {
        switch variant % 8 {
        case 0: return "A short text.\n"
        case 1: return "## Before you go\n\nSome words.\n\n## At the meeting\n\nMore words about **meetings**.\n"
        case 2: return "Read [the basics](/learn/first/) and [home](/).\n\n```comparison basics\n```\n"
        case 3: return "Back to [the start](\(home)) or [a part of it](\(home)#nothing).\n"
        case 4: return "Jump to [a part](#at-the-meeting).\n\n## At the meeting\n\nText.\n"
        case 5: return "Call [988](tel:988) or see [groups](group:aa) and [the basics](compare:basics).\n"
        case 6: return "Back to [the start](\(home)).\n\n### Small heading\n\nWords.\n"
        default: return "Many words here. " + String(repeating: "Peer support helps. ", count: 40) + "\n"
        }
    }

    func settings() -> String {
        let variant = settingsVariant
        var text = "title: \(["Test Guide", "Another Guide", "Guía"][variant % 3])\nbase_url: https://example.org/\n"
        if variant / 3 % 2 == 1 { text += "description: A guide.\n" }
        switch variant / 6 % 5 {
        case 0: break
        case 4: text += "menu:\n  - title: Gone\n    url: /gone/\n"
        default: text += "menu:\n  - title: Learn\n    url: /learn/\n  - title: Help\n    url: /help/\n"
        }
        if variant / 30 % 2 == 1 { text += "footer: Made with care. [Start](_index.md)\n" }
        if let sitePaginate { text += "paginate: \(sitePaginate)\n" }
        if let meetingsVariant {
            // Now and then without the time zone a site with meetings needs: a build error.
            if meetingsVariant % 11 != 10 { text += "timezone: America/Chicago\n" }
            text += "meetings: meetings/list.json\n"
        }
        if variant == 63 { text += "title: [\n" }
        return text
    }

    /// Meeting lists: a change of time or name, a warning (an unknown type), a list that is
    /// not JSON (an error), one meeting hidden from the feed.
    static func meetingList(_ variant: Int) -> String {
        let room = #""address": "12 Elm Street", "city": "Riverbend""#
        switch variant % 6 {
        case 0: return #"[{"name": "Morning Light", "slug": "morning", "day": 1, "time": "07:00", "# + room + "}]"
        case 1: return #"[{"name": "Morning Light", "slug": "morning", "day": 1, "time": "07:30", "types": ["O"], "# + room + "}]"
        case 2: return #"[{"name": "Night Owls", "slug": "owls", "day": [5, 6], "time": "22:00", "conference_url": "https://meet.example.org/j/1"}]"#
        case 3: return #"[{"name": "Odd", "slug": "odd", "day": 2, "time": "18:00", "types": ["OPN"], "# + room + "}]"
        case 4: return #"[{"name": "Broken", "slug": "#
        default:
            return #"[{"name": "Quiet", "slug": "quiet", "day": 3, "time": "12:00", "hide": ["feed"], "# + room
                + #"}, {"name": "Open", "slug": "open", "day": 3, "time": "13:00", "# + room + "}]"
        }
    }

    func catalog() -> String {
        let summary = ["A fellowship.", "Peer support for everyone.", "Free meetings.", "Meetings: free"][catalogVariant % 4]
        var text = """
        dimensions:
          - id: cost
            label: Cost
        types:
          - id: fellowship
            name: Fellowships
            summary: Peer-led groups.
        groups:
          - id: aa
            name: Alcoholics Anonymous
            type: fellowship
            summary: \(summary)
            values:
              cost: Free
        comparisons:
          - id: basics
            caption: The basics
            rows:
              groups: [aa]
            columns: [cost]
        help_lines:
          - id: lifeline
            name: \(helpLineName)
            phone: "988"

        """
        if catalogVariant % 8 == 7 { text += "  - id: [broken\n" }
        return text
    }

    func templates() -> [String: String] {
        let tagLinks = "{{#page.tags}}<a{{#url}} href=\"{{url}}\"{{/url}}>{{name}}</a>{{/page.tags}}"
        var templates: [String: String] = [
            "layout": "<html lang=\"{{site.language}}\"><title>{{page.title}} | {{site.title}}</title>{{#site.meetings_feed_url}}<link href=\"{{.}}\">{{/site.meetings_feed_url}}{{> partials/nav}}<main>{{{body}}}</main>{{{site.footer}}}</html>\n",
            "home": "<h1>{{page.title}}</h1>{{{page.content}}}{{#page.sections}}<a href=\"{{url}}\">{{title}}</a> ({{count}}){{#pages}} {{title}}{{/pages}};{{/page.sections}}",
            "section": "{{#page.breadcrumbs}}<a href=\"{{url}}\">{{title}}</a>/{{/page.breadcrumbs}}<h1>{{page.title}}</h1>\(tagLinks){{#page.pages}}<a href=\"{{url}}\">{{title}}</a>{{#date}} {{iso}}{{/date}};{{/page.pages}}{{#page.sections}}[{{title}} {{count}}]{{/page.sections}}{{#page.pager}}[{{number}}/{{total}}{{#previous_url}}<a href=\"{{.}}\">prev</a>{{/previous_url}}{{#next_url}}<a href=\"{{.}}\">next</a>{{/next_url}}{{#pages}}{{#is_gap}} …{{/is_gap}}{{^is_gap}}<a href=\"{{url}}\">{{number}}</a>{{#current}}*{{/current}}{{/is_gap}}{{/pages}}]{{/page.pager}}",
            "article": "<h1>{{page.title}}</h1>{{#page.date}}<time>{{display}}</time>{{/page.date}}\(tagLinks){{#page.toc}}<a href=\"#{{id}}\">{{title}}</a>{{/page.toc}}{{#page.section}}in {{title}}{{/page.section}}{{page.reading_minutes}}{{{page.content}}}",
            "404": "<h1>{{page.title}}</h1>",
            "redirect": "<meta http-equiv=\"refresh\" content=\"0; url={{target_url}}\"><title>{{target_title}}</title>\n",
            "tags": "{{#page.tags}}<a href=\"{{url}}\">{{name}} ({{count}})</a>{{/page.tags}}",
            "tag": "<h1>{{page.title}}</h1>{{#page.pages}}<a href=\"{{url}}\">{{title}}</a>{{/page.pages}}{{#page.pager}}[{{number}}/{{total}}{{#previous_url}}<a href=\"{{.}}\">prev</a>{{/previous_url}}{{#next_url}}<a href=\"{{.}}\">next</a>{{/next_url}}{{#pages}}{{#is_gap}} …{{/is_gap}}{{^is_gap}}<a href=\"{{url}}\">{{number}}</a>{{#current}}*{{/current}}{{/is_gap}}{{/pages}}]{{/page.pager}}",
            "search": "<h1>Search</h1><a href=\"{{page.search_manifest_url}}\">index</a>",
            "groups": "<h1>{{page.title}}</h1>{{{page.table}}}{{#page.types}}{{title}} {{count}}{{/page.types}}",
            "group": "<h1>{{page.title}}</h1>{{#page.group}}{{name}} {{{content}}}{{#values}}{{label}}: {{{value}}}{{/values}}{{/page.group}}",
            "group-type": "<h1>{{page.title}}</h1>{{{page.table}}}",
            "comparison": "<h1>{{page.title}}</h1>{{{page.table}}}",
            "meetings": "<h1>{{page.title}}</h1>{{#page.directory}}{{#days}}<a href=\"{{url}}\">{{name}} {{count}}</a>{{/days}}{{#kinds}}<a href=\"{{url}}\">{{name}}</a>{{/kinds}}{{/page.directory}}",
            "meeting-list": "<h1>{{page.title}}</h1>{{#page.groups}}<h2>{{title}}</h2>{{#meetings}}<a href=\"{{url}}\">{{start}} {{name}} {{place}}</a>{{/meetings}}{{/page.groups}}{{> partials/nav}}",
            "meeting": "{{#page.meeting}}<h1>{{name}}</h1>{{day_name}} {{start}}-{{end}} {{attendance_name}}{{#kinds}} {{name}}: {{explanation}}{{/kinds}}{{#same_place}}<a href=\"{{url}}\">{{name}}</a>{{/same_place}}{{/page.meeting}}",
            "partials/nav": ["<nav>{{#site.menu}}<a href=\"{{url}}\"{{#current}} aria-current=\"page\"{{/current}}>{{title}}</a>{{/site.menu}}</nav>{{#site.help_lines}}{{name}} {{#phone}}{{number}}{{/phone}}{{/site.help_lines}}",
                             "<nav>{{#site.menu}}<a href=\"{{url}}\">{{title}}</a>{{/site.menu}}{{#site.tags_url}}<a href=\"{{site.tags_url}}\">Topics</a>{{/site.tags_url}}</nav>",
                             "<nav>{{#site.menu}}{{title}}{{/site.menu}}"][partialVariant % 3],
        ]
        switch templateVariant % 10 {
        case 1, 5: templates["article"] = (templates["article"] ?? "") + "{{#page.breadcrumbs}}{{title}}>{{/page.breadcrumbs}}"
        case 2: templates["section"] = (templates["section"] ?? "") + "{{#page.word_count}}{{page.word_count}} words{{/page.word_count}}"
        case 3, 6: templates["tags"] = nil
        case 4: templates["search"] = nil
        case 8: templates["section"] = (templates["section"] ?? "") + "{{#page.sections}}"
        case 9: templates["article"] = "{{> partials/missing}}"
        default: break
        }
        return templates
    }

    /// Writes every file of the model; removes the files of `removed` first.
    func write(to root: URL, removing removed: Set<String> = []) throws {
        for path in removed { try? FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
        for (path, text) in files() {
            let url = root.appendingPathComponent(path)
            if let existing = try? Data(contentsOf: url), existing == Data(text.utf8) { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
