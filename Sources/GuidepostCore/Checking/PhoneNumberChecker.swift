/// Checks that every phone number a page publishes is a help line or a group of the catalog.
///
/// A recovery guide must not send readers to numbers nobody vetted: lead-generation lines of
/// commercial treatment centres are a known harm. A number is allowed when its digits (without
/// the North American country code) are those of a help line's `phone`, `text` or `tty`, or of
/// a group's `phone`.
struct PhoneNumberChecker: Sendable, Hashable {
    /// Digits of the catalog's numbers, as `PhoneNumber.digits(of:)` gives them.
    let allowed: Set<String>

    init(catalog: Catalog) {
        let numbers = catalog.helpLines.flatMap { [$0.phone, $0.text, $0.tty] } + catalog.groups.map(\.phone)
        allowed = Set(numbers.compactMap { $0.map(PhoneNumber.digits(of:)) })
    }

    /// The numbers of `page`'s front matter and body that are not in the catalog.
    func problems(in page: Page) -> [Diagnostic] {
        guard let file = page.displayPath else { return [] }
        // The front matter is published too: a summary shows on listing pages.
        return problems(in: page.frontMatterText, file: file, firstLine: 1)
            + problems(in: page.body, file: file, firstLine: page.bodyLineOffset + 1)
    }

    /// The numbers of site.yml that are not in the catalog: its footer, disclaimer and titles
    /// are on every page. Comment lines are not published and are not read.
    func problems(inSettings text: String, file: String) -> [Diagnostic] {
        problems(in: text, file: file, firstLine: 1).filter { problem in
            problem.sourceLine.map { !$0.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") } ?? true
        }
    }

    private func problems(in text: String, file: String, firstLine: Int) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // Most lines have too few digits to hold a number: they are not made into text.
        for (index, line) in PhoneNumberScanner.linesThatMayHoldNumbers(in: text) {
            for number in PhoneNumberScanner.numbers(in: line) where !allowed.contains(number.digits) {
                problems.append(Diagnostic(
                    at: SourceLocation(file: file, line: firstLine + index, column: number.column),
                    "phone number '\(number.text)' is not a help line or a group in the catalog; commercial numbers must not be published (add it to the catalog if it is a real help line)",
                    sourceLine: line
                ))
            }
        }
        return problems
    }
}
