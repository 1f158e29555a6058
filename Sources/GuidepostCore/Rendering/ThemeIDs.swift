/// The ids that the default theme gives to elements of its own on the pages around Markdown
/// text: the skip link's target, the search form, the meeting directory's sections.
///
/// A heading of an article or a catalog description never takes one of them (`## Main` gets
/// `main-1`), so a page never holds an id twice and the skip link still reaches the content.
/// The default theme's templates are checked against this list by `ThemeIDsTests`: a template
/// that gives an element a new fixed id must add it here.
enum ThemeIDs {
    static let reserved: Set<String> = [
        "main", "search-q", "search-fallback", "search-results",
        // The meeting directory's pages and a group's list of meetings.
        "by-day", "by-attendance", "by-kind", "by-place", "where", "join", "kinds", "notes", "same-place", "keep",
        "group-meetings", "meeting-kinds",
        // A printable sheet's help lines, legend and QR code.
        "sheet-help-title", "sheet-legend-title", "sheet-qr-title",
    ]
}
