/// Hugo settings and templates equivalent to Guidepost's default theme for the benchmark: the
/// same page furniture (metadata, menu, help lines, breadcrumbs, table of contents, topics,
/// footer), a list of pages on sections, topic pages, a sitemap, one feed and robots.txt.
enum HugoTheme {
    static let config = """
    baseURL = "https://example.org/"
    title = "Benchmark Guide"
    languageCode = "en"
    enableRobotsTXT = true
    disableKinds = ["RSS"]

    [taxonomies]
      tag = "tags"

    [outputs]
      home = ["HTML"]
      section = ["HTML"]
      taxonomy = ["HTML"]
      term = ["HTML"]

    [markup.tableOfContents]
      startLevel = 2
      endLevel = 3

    [params]
      helpLines = [["988 Suicide & Crisis Lifeline", "tel:988", "988"], ["SAMHSA National Helpline", "tel:1-800-662-4357", "1-800-662-4357"], ["Emergency: 911", "tel:911", "911"]]

    [menus]
      [[menus.main]]
        name = "Support groups"
        pageRef = "/groups"
        weight = 1
      [[menus.main]]
        name = "Comparisons"
        pageRef = "/compare"
        weight = 2

    """

    static let layouts: [(String, String)] = [
        ("_default/baseof.html", """
        <!doctype html>
        <html lang="{{ site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
        <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}">
        <meta name="referrer" content="no-referrer">
        <link rel="canonical" href="{{ .Permalink }}">
        <meta property="og:title" content="{{ .Title }}">
        <meta property="og:url" content="{{ .Permalink }}">
        <meta property="og:site_name" content="{{ site.Title }}">
        <link rel="stylesheet" href="/assets/style.css">
        </head>
        <body class="kind-{{ .Kind }}">
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header"><a class="site-title" href="/">{{ site.Title }}</a>
        <a class="quick-exit" href="https://www.google.com/" rel="noopener noreferrer">Leave this site</a></header>
        <aside class="help-bar" aria-label="Crisis and help lines"><ul class="help-lines">
        {{ range site.Params.helpLines }}<li class="help-line"><span class="help-name">{{ index . 0 }}</span> <a href="{{ index . 1 }}">Call {{ index . 2 }}</a></li>
        {{ end }}</ul></aside>
        <nav class="site-nav" aria-label="Main"><ul>
        {{ $current := . }}{{ range site.Menus.main }}<li><a href="{{ .URL }}"{{ if $current.IsMenuCurrent "main" . }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
        {{ end }}</ul></nav>
        {{ if not .IsHome }}<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
        {{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}</ol></nav>{{ end }}
        <main id="main" class="wrap" tabindex="-1">
        {{ block "main" . }}{{ end }}
        </main>
        <footer class="site-footer"><nav class="footer-nav" aria-label="Find pages"><ul>
        <li><a href="/tags/">Topics</a></li><li><a href="/sitemap.xml">Sitemap</a></li></ul></nav>
        <p class="notice">This site shares information about peer support. It is not medical advice and it is not a crisis service.</p>
        </footer>
        </body>
        </html>

        """),
        ("_default/single.html", """
        {{ define "main" }}<article class="article">
        <header class="page-header"><h1>{{ .Title }}</h1>
        {{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}
        <p class="meta">{{ with .Date }}{{ if not .IsZero }}<span>Published <time datetime="{{ .Format "2006-01-02" }}">{{ .Format "January 2, 2006" }}</time></span>{{ end }}{{ end }}
        <span>Reading time: about {{ .ReadingTime }} min</span></p></header>
        {{ with .TableOfContents }}<nav class="toc" aria-label="On this page"><h2 class="toc-title">On this page</h2>{{ . }}</nav>{{ end }}
        <div class="content">{{ .Content }}</div>
        {{ with .GetTerms "tags" }}<div class="tags"><h2 class="tags-title">Topics</h2><ul class="tag-list">
        {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></div>{{ end }}
        </article>{{ end }}

        """),
        ("_default/list.html", """
        {{ define "main" }}<header class="page-header"><h1>{{ .Title }}</h1>
        {{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}</header>
        {{ with .Content }}<div class="content">{{ . }}</div>{{ end }}
        {{ with .Sections }}<h2 class="list-title">Topics in this section</h2><ul class="cards">
        {{ range . }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ul>{{ end }}
        {{ with .RegularPages }}<h2 class="list-title">Articles</h2><ul class="cards">
        {{ range . }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ul>{{ end }}
        {{ end }}

        """),
        ("404.html", """
        {{ define "main" }}<h1>Page not found</h1><p>Try the <a href="/">home page</a>.</p>{{ end }}

        """),
    ]
}
