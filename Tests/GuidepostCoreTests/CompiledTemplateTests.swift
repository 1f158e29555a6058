import Foundation
import Testing
@testable import GuidepostCore

/// Compiled templates write exactly what swift-mustache writes for the same template and values.
@Suite struct CompiledTemplateTests {
    /// Values covering every kind of `TemplateValue`, nesting, and text that needs escaping.
    static let context: TemplateContext = [
        "title": "Tips & <tools> \"quoted\" 'single'",
        "html": "<b>bold</b>",
        "count": 0,
        "yes": true,
        "no": false,
        "empty": [],
        "words": ["one", "two"],
        "site": ["title": "Guide", "base_path": "/guide/", "menu": [
            ["title": "Learn", "url": "/learn/", "current": true],
            ["title": "Groups", "url": "/groups/"],
            ["title": "Help", "url": "/help/"],
        ]],
        "page": ["title": "Page title", "summary": "A summary", "tags": [["name": "Family"], ["name": "Online", "url": "/tags/online/"]]],
    ]

    /// Each template alone, with a partial named `part`, and whether it compiles.
    static let cases: [(name: String, template: String, part: String, compiles: Bool)] = [
        ("escaping", "<p>{{title}} {{{html}}} {{& html}} {{count}} {{yes}} {{no}}</p>\n", "", true),
        ("dotted names", "{{site.title}} {{page.missing.title}} {{page.title.length}} {{.}}\n", "", true),
        ("names looked up outwards", "{{#page}}{{title}} / {{site.title}} / {{.title}}{{/page}}\n", "", true),
        ("current value only", "{{#page}}{{.site}}[{{.summary}}]{{/page}}\n", "", true),
        ("list with helpers", """
            {{#site.menu}}
            {{#first()}}
            <ul>
            {{/first()}}
              <li{{#current}} aria-current="page"{{/current}}>{{index()}} {{title}}</li>
            {{#last()}}
            </ul>
            {{/last()}}
            {{/site.menu}}

            """, "", true),
        ("inverted sections", "{{^empty}}no entries {{.}}{{/empty}}|{{^no}}not{{/no}}|{{^missing}}none{{/missing}}|{{^words}}x{{/words}}|{{^title}}x{{/title}}\n", "", true),
        ("true keeps the list position", "{{#words}}{{#yes}}{{#first()}}[{{/first()}}{{.}}{{/yes}}{{/words}}\n", "", true),
        ("text and numbers as sections", "{{#title}}<{{.}}>{{/title}}{{#count}}({{.}}){{/count}}\n", "", true),
        ("helpers outside a list", "{{#first()}}never{{/first()}}{{^first()}}always{{/first()}} {{index()}}\n", "", true),
        ("standalone comments and partials", "  {{! a comment }}\nbefore\n  {{> part}}\nafter {{> part}} end\n", "line one\n{{title}}\n  nested\n", true),
        ("indented partial with sections", "<div>\n    {{> part}}\n</div>\n", "{{#words}}\n<i>{{.}}</i>\n{{/words}}\n{{#page}}{{title}}\n{{/page}}", true),
        ("partial inside a list loses the position", "{{#words}}{{> part}}{{/words}}\n", "{{#first()}}F{{/first()}}{{.}};", true),
        ("windows line ends", "{{#site.menu}}\r\n  <a>{{title}}</a>\r\n{{/site.menu}}\r\n  {{> part}}\r\n", "x\r\ny\r\n", true),
        ("a list and a map written as text", "{{words}} {{empty}}\n", "", true),
        ("transforms go to swift-mustache", "{{uppercased(title)}} {{#reversed(words)}}{{.}}{{/reversed(words)}}\n", "", false),
        ("a partial that cannot compile", "before {{> part}} after\n", "{{lowercased(title)}}", false),
    ]

    @Test(arguments: cases.indices)
    func writesWhatSwiftMustacheWrites(_ index: Int) throws {
        let testCase = Self.cases[index]
        let templates = try Self.load(["page": testCase.template, "part": testCase.part])
        #expect((templates.compiled["page"] != nil) == testCase.compiles, "\(testCase.name)")
        let compiled = templates.render("page", Self.context)
        let reference = templates.renderThroughMustache("page", Self.context)
        #expect(compiled == reference, "\(testCase.name)")
        #expect(!reference.isEmpty, "\(testCase.name)")
    }

    @Test func escapesAndLooksUpLikeMustache() throws {
        let templates = try Self.load(["page": "{{#page}}{{title}}|{{site.title}}|{{#tags}}{{name}}{{^last()}}, {{/last()}}{{/tags}}{{/page}} {{title}}"])
        #expect(templates.compiled["page"] != nil)
        #expect(templates.render("page", Self.context)
            == "Page title|Guide|Family, Online Tips &amp; &lt;tools&gt; &quot;quoted&quot; &#39;single&#39;")
    }

    @Test func compilesEveryTemplateOfTheDefaultTheme() throws {
        var diagnostics: [Diagnostic] = []
        let theme = TestSite.repositoryRoot.appendingPathComponent("Templates")
        let templates = try #require(ThemeTemplates.load(from: theme, displayFolder: "Templates", into: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(Set(templates.compiled.keys) == templates.names)
    }

    /// A theme folder holding `files` (name -> text), loaded without required templates.
    static func load(_ files: [String: String]) throws -> ThemeTemplates {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).mustache"))
        }
        var diagnostics: [Diagnostic] = []
        let templates = ThemeTemplates.load(from: folder, displayFolder: "Templates", required: [], into: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(templates)
    }
}
