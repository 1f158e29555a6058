/// How one list of pages (a section's articles, a topic's articles) is split into pages of at
/// most `pageSize` entries: page 1 at the list's own address, page N at `page/N/` below it.
///
/// An empty list still has one page, so a section always has its own address.
struct ListPager: Sendable, Hashable {
    /// The list's own address, the address of page 1: `/learn/`, `/tags/sleep/`.
    var firstURLPath: String
    var itemCount: Int
    /// At least 1.
    var pageSize: Int

    /// The page size of a site that sets none.
    static let defaultPageSize = 50
    /// The folder below a list's address that holds its pages 2 and later.
    static let folderName = "page"
    /// Pages always shown around the current one in the list of page links.
    static let windowRadius = 2

    init(firstURLPath: String, itemCount: Int, pageSize: Int) {
        self.firstURLPath = firstURLPath.hasSuffix("/") ? firstURLPath : firstURLPath + "/"
        self.itemCount = max(0, itemCount)
        self.pageSize = max(1, pageSize)
    }

    var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    /// Page 1 is the list's own address; there is no `page/1/`.
    func urlPath(page number: Int) -> String {
        number <= 1 ? firstURLPath : "\(firstURLPath)\(Self.folderName)/\(number)/"
    }

    /// The positions in the list that page `number` shows; empty for an empty list.
    func range(page number: Int) -> Range<Int> {
        let start = min(itemCount, (number - 1) * pageSize)
        return start..<min(itemCount, start + pageSize)
    }

    /// The page numbers the pager links to, with nil for a gap: the first and last pages and
    /// `windowRadius` pages either side of `number`. A gap of a single page shows that page.
    func window(around number: Int) -> [Int?] {
        let total = pageCount
        var shown = Set([1, total])
        for near in (number - Self.windowRadius)...(number + Self.windowRadius) where near >= 1 && near <= total { shown.insert(near) }
        var window: [Int?] = []
        var previous = 0
        for page in shown.sorted() {
            if page - previous == 2 {
                window.append(page - 1)
            } else if page - previous > 2 {
                window.append(nil)
            }
            window.append(page)
            previous = page
        }
        return window
    }

    /// The `page.pager` values of page `number`, as docs/templates.md lists them; `url` turns a
    /// site-relative address into a link.
    func values(page number: Int, url: (String) -> String) -> TemplateValue {
        let total = pageCount
        var values: TemplateContext = [
            "number": .number(number),
            "total": .number(total),
            "first_url": .text(url(urlPath(page: 1))),
            "last_url": .text(url(urlPath(page: total))),
        ]
        if number == 1 { values["is_first"] = true }
        if number == total { values["is_last"] = true }
        if number > 1 { values["previous_url"] = .text(url(urlPath(page: number - 1))) }
        if number < total { values["next_url"] = .text(url(urlPath(page: number + 1))) }
        values["pages"] = .list(window(around: number).map { page -> TemplateValue in
            guard let page else { return ["is_gap": true] }
            var entry: TemplateContext = ["number": .number(page), "url": .text(url(urlPath(page: page)))]
            if page == number { entry["current"] = true }
            return .map(entry)
        })
        return .map(values)
    }
}
