/// A page written in Markdown: the home page, a section index or an article.
public struct Page: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case home
        case section
        case article
    }

    public var kind: Kind
    /// Relative to `Content/` (`learn/peer-support.md`, `learn/_index.md`); nil for a section
    /// that has no `_index.md`.
    public var sourcePath: String?
    /// The path shown in messages, when there is a file.
    public var displayPath: String?
    public var frontMatter: FrontMatter
    /// The front matter lines, fences included, for quoting them in messages.
    public var frontMatterText: String
    public var body: String
    /// Body line 1 is file line `bodyLineOffset + 1`.
    public var bodyLineOffset: Int
    /// Site-relative, without the base path: `/learn/peer-support/`.
    public var urlPath: String
    /// The section folder the page belongs to (`learn`); its own folder for a section; `""` for
    /// the root.
    public var folder: String
    /// The page's source path without its language suffix (`learn/kinds.md` for
    /// `learn/kinds.es.md`): the same for a page and its translations.
    public var translationKey: String?
    /// Set when the page is shown in an edition of another language because it has no
    /// translation (`untranslated: show`): the language its text is in.
    public var fallbackLanguage: String?

    public var title: String { frontMatter.title }
}
