import Foundation

/// The files a published site needs besides its pages: `sitemap.xml`, an Atom feed of the
/// articles, `robots.txt` (unless the publisher ships one) and the search index.
struct PublishingFiles: Sendable {
    static let sitemapPath = "/sitemap.xml"
    static let feedPath = "/feed.xml"
    static let robotsPath = "/robots.txt"
    static let feedLimit = 50

    let contexts: PageContextBuilder
    /// Pages generated from the catalog and the listings, and the pages 2 and later of long
    /// lists, by address, with their last-modified dates.
    let generatedPages: [(urlPath: String, lastModified: SiteDate?)]

    var config: SiteConfig { contexts.config }
    var content: SiteContent { contexts.content }

    // MARK: - Sitemap

    /// A page of the sitemap: its absolute address, the day it last changed when known, and
    /// what makes it the same page in another edition.
    struct SitemapEntry: Sendable {
        var permalink: String
        var lastModified: SiteDate?
        var key: String?
    }

    /// Every public page of this edition, sorted by address; a page shown untranslated is left
    /// to its original's edition. `generatedKeys` are the keys of `generatedPages`, in order.
    func sitemapEntries(generatedKeys: [String?]) -> [SitemapEntry] {
        var entries: [(String, SiteDate?, String?)] = content.pages.compactMap { page in
            guard page.fallbackLanguage == nil else { return nil }
            return (page.urlPath, page.frontMatter.updated ?? page.frontMatter.date, SiteTranslations.key(markdown: page))
        }
        entries += zip(generatedPages, generatedKeys).map { ($0.urlPath, $0.lastModified, $1) }
        return entries.sorted(by: { $0.0 < $1.0 }).map { urlPath, date, key in
            let path = Self.needsNoPercentEncoding(urlPath)
                ? urlPath : urlPath.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? urlPath
            return SitemapEntry(permalink: contexts.permalink(path), lastModified: date, key: key)
        }
    }

    /// The sitemap of every edition, in edition order; on a multilingual site each page lists
    /// its translations as `xhtml:link` alternates, itself included.
    static func sitemap(_ entries: [SitemapEntry], translations: SiteTranslations) -> Data {
        let multilingual = translations.editions.count > 1
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n"
        for entry in entries {
            xml += "  <url><loc>\(escape(entry.permalink))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            if multilingual, let key = entry.key {
                for (language, permalink) in translations.alternates(forKey: key) {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(escape(language))\" href=\"\(escape(permalink))\"/>"
                }
            }
            xml += "</url>\n"
        }
        return Data((xml + "</urlset>\n").utf8)
    }

    // MARK: - Feed

    /// An Atom feed of the newest dated articles.
    func feed() -> Data {
        let order = PageOrder.keys(of: content.pages)
        let articles = content.pages.indices
            .filter { content.pages[$0].kind == .article && order[$0].date != nil && content.pages[$0].fallbackLanguage == nil }
            .sorted { PageOrder.newest(order[$0], order[$1]) }
            .prefix(Self.feedLimit)
            .map { content.pages[$0] }
        let newest = articles.compactMap { $0.frontMatter.updated ?? $0.frontMatter.date }.max()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Self.escape(config.language))\">\n"
        xml += "  <title>\(Self.escape(config.title))</title>\n"
        if let description = config.description { xml += "  <subtitle>\(Self.escape(description))</subtitle>\n" }
        xml += "  <link href=\"\(Self.escape(contexts.permalink("/")))\"/>\n"
        xml += "  <link rel=\"self\" href=\"\(Self.escape(contexts.permalink(Self.feedPath)))\"/>\n"
        xml += "  <id>\(Self.escape(contexts.permalink("/")))</id>\n"
        xml += "  <updated>\(Self.timestamp(newest))</updated>\n"
        xml += "  <author><name>\(Self.escape(config.title))</name></author>\n"
        for article in articles {
            let permalink = contexts.permalink(article.urlPath)
            xml += "  <entry>\n    <title>\(Self.escape(article.title))</title>\n"
            xml += "    <link href=\"\(Self.escape(permalink))\"/>\n    <id>\(Self.escape(permalink))</id>\n"
            xml += "    <published>\(Self.timestamp(article.frontMatter.date))</published>\n"
            xml += "    <updated>\(Self.timestamp(article.frontMatter.updated ?? article.frontMatter.date))</updated>\n"
            if let summary = article.frontMatter.summary { xml += "    <summary>\(Self.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return Data((xml + "</feed>\n").utf8)
    }

    // MARK: - robots.txt

    static func robots(config: SiteConfig) -> Data {
        Data("User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL + sitemapPath.dropFirst())\n".utf8)
    }

    // MARK: - Helpers

    /// Whether `path` has only letters, digits and `-._~/`, which percent-encoding keeps as they
    /// are (most paths: Foundation's encoding was most of the sitemap's time).
    private static func needsNoPercentEncoding(_ path: String) -> Bool {
        path.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"): true
            default: false
            }
        }
    }

    /// Midnight UTC of the day (Atom needs a full timestamp; the time of day is not known).
    private static func timestamp(_ date: SiteDate?) -> String {
        (date?.iso ?? "1970-01-01") + "T00:00:00Z"
    }

    /// `text` escaped for XML, without the control characters XML 1.0 cannot hold at all, not
    /// even as character references (a title written as `"\x01"` in YAML would otherwise make
    /// the whole feed unreadable).
    static func escape(_ text: String) -> String {
        HTML.escape(String(String.UnicodeScalarView(text.unicodeScalars.filter(isXMLCharacter))))
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
