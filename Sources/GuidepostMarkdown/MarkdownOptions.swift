/// How Markdown is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether raw HTML written in Markdown reaches the page.
    ///
    /// Off by default: cmark-gfm then replaces raw HTML with a comment and drops unsafe link
    /// destinations such as `javascript:`. When on, the GFM tag filter still disarms `<script>`,
    /// `<iframe>` and similar tags.
    public var allowsRawHTML: Bool
    /// Whether straight quotes, dashes and ellipses become typographic ones.
    public var smartPunctuation: Bool
    /// A `rel` value written on every link to an `http` or `https` address, e.g.
    /// `noopener noreferrer`; nil writes none.
    public var externalLinkRel: String?
    /// Whether phone numbers written in text become `tel:` links (`sms:` after "text"); see
    /// `PhoneNumberPattern` and `CallingPhrase` for which numbers.
    public var linksPhoneNumbers: Bool
    /// How much of the constructs that make cmark slow a text may hold, and how long its parse
    /// may take.
    public var limits: MarkdownLimits

    public init(
        allowsRawHTML: Bool = false, smartPunctuation: Bool = false, externalLinkRel: String? = nil,
        linksPhoneNumbers: Bool = true, limits: MarkdownLimits = MarkdownLimits()
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
        self.externalLinkRel = externalLinkRel
        self.linksPhoneNumbers = linksPhoneNumbers
        self.limits = limits
    }
}
