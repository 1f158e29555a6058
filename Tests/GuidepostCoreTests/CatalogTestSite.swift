/// The minimal fixture plus a small catalog and the catalog page templates.
enum CatalogTestSite {
    static let catalog = """
    dimensions:
      - id: approach
        label: {en: Approach, es: Enfoque}
        values:
          - id: twelve-step
            label: 12-step
          - id: secular
            label: Secular
      - id: format
        label: Format
        multiple: true
        values:
          - id: in-person
            label: In person
          - id: online
            label: Online
      - id: languages
        label: Languages
    types:
      - id: fellowship
        name: Fellowships
        summary: Peer-led groups.
    groups:
      - id: aa
        name: Alcoholics Anonymous
        abbreviation: AA
        type: fellowship
        summary: A fellowship for people with a drinking problem.
        website: https://www.aa.org/
        values:
          approach: twelve-step
          format: [in-person, online]
          languages: Many
        related: [smart]
        sources:
          - title: AA website
            url: https://www.aa.org/
        reviewed: 2026-10-01
      - id: smart
        name: SMART <Recovery>
        type: fellowship
        summary: Self-management tools.
        values:
          approach: secular
        sources:
          - title: SMART website
            url: https://smartrecovery.org/
        reviewed: 2026-10-02
    comparisons:
      - id: basics
        caption: Two groups
        rows:
          groups: [smart, aa]
        columns: [approach, format, website]
    help_lines:
      - id: lifeline
        name: 988 Lifeline
        phone: "988"
        text: "988"
        verified: 2026-11-01

    """

    static let templates: [String: String?] = [
        "Templates/groups.mustache": "<h1>{{page.title}}</h1>{{{page.table}}}",
        "Templates/group.mustache": "<h1>{{page.title}}</h1>{{#page.group.values}}<dt>{{label}}</dt><dd>{{{value}}}</dd>{{/page.group.values}}{{#page.group.related}}<a href=\"{{url}}\">{{title}}</a>{{/page.group.related}}",
        "Templates/group-type.mustache": "<h1>{{page.title}}</h1>{{#page.pages}}<a href=\"{{url}}\">{{title}}</a>{{/page.pages}}",
        "Templates/comparison.mustache": "<h1>{{page.title}}</h1>{{{page.table}}}",
        "Templates/partials/nav.mustache": "<nav>{{#site.help_lines}}<a href=\"{{phone.href}}\">Call {{phone.number}}</a>{{/site.help_lines}}</nav>",
    ]

    /// Files for a TestSite: the catalog, the templates, and `extra`.
    static func files(catalog: String = catalog, _ extra: [String: String?] = [:]) -> [String: String?] {
        var files = templates
        files["Content/catalog.yml"] = catalog
        for (path, contents) in extra { files[path] = contents }
        return files
    }
}
