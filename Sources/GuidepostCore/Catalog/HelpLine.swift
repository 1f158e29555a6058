/// A crisis or help line, shown in the same place on every page.
public struct HelpLine: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText?
    /// As dialled, e.g. `988` or `1-800-662-4357`.
    public var phone: String?
    /// Number for text messages.
    public var text: String?
    public var tty: String?
    public var chat: String?
    public var hours: LocalizedText?
    /// The languages it answers in, each named in every edition's words (`{en: Spanish, es: español}`).
    public var languages: [LocalizedText]
    public var verified: SiteDate?
    public var location: SourceLocation
}
