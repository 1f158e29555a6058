import Foundation
@testable import GuidepostCore
import Testing

/// The checks of the generated pages that every build and `guidepost check` run, with the whole
/// printed messages pinned.
@Suite struct SiteVerifierTests {
    /// The printed problems of `site`, one after the other: the errors that stop its build with
    /// the warnings, or the warnings of a build that succeeds.
    func problems(of site: TestSite) async throws -> String {
        let problems: [Diagnostic]
        do {
            problems = try await SiteBuilder(options: site.options()).render().warnings
        } catch let failure as BuildFailure {
            problems = failure.diagnostics
        }
        return problems.map(\.description).joined(separator: "\n")
    }

    static func article(_ body: String) -> String {
        "---\ntitle: Calling\n---\n" + body
    }

    // MARK: - Clean sites

    @Test func cleanFixtureHasNoProblems() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(try await problems(of: site) == "")
    }

    @Test func cleanCatalogSiteHasNoProblems() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        #expect(try await problems(of: site) == "")
    }

    // MARK: - Links

    @Test func reportsABrokenSiteRelativeLinkAtItsMarkdownLine() async throws {
        let site = try TestSite(files: ["Content/learn/calling.md": Self.article("Intro.\n\nSee [the list](/lern/) for more.\n")])
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/learn/calling.md:6:16: error: broken link '/lern/' in learn/calling/index.html: no such page; did you mean '/learn/'?
        See [the list](/lern/) for more.
                       ^
        """)
    }

    @Test func reportsABrokenRelativeFileLinkButNotLinksThatWork() async throws {
        let site = try TestSite(files: [
            "Content/learn/calling.md": Self.article("A [form](../forms/intake.pdf).\n\n[Home](https://example.org/guide/) and [style](/assets/style.css).\n"),
        ])
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/learn/calling.md:4:10: error: broken link '../forms/intake.pdf' in learn/calling/index.html: no such file
        A [form](../forms/intake.pdf).
                 ^
        """)
    }

    @Test func reportsAMissingFragmentOfATemplateLinkAtEachPage() async throws {
        let site = try TestSite(files: [
            "Templates/article.mustache": "<h1>{{page.title}}</h1><a href=\"{{site.base_path}}learn/basics/#frist-steps\">Start</a>{{{page.content}}}",
        ])
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/learn/basics.md: error: broken link '/learn/basics/#frist-steps' in learn/basics/index.html: no element with id 'frist-steps' on this page; did you mean 'first-steps'?
        Content/learn/next.md: error: broken link '/learn/basics/#frist-steps' in learn/next/index.html: no element with id 'frist-steps' in learn/basics/index.html; did you mean 'first-steps'?
        """)
    }

    @Test func reportsProblemsOfGeneratedPagesAtTheOutputFileAndLinksOutsideTheBasePath() async throws {
        let site = try TestSite(files: ["Templates/404.mustache": "<h1>{{page.title}}</h1><a href=\"/guide/help/\">Help</a><a href=\"/elsewhere/\">Out</a>"])
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Output/404.html: error: broken link '/elsewhere/' in 404.html: it leads outside the site, which is published under '/guide/' (the path of 'base_url' in site.yml)
        Output/404.html: error: broken link '/help/' in 404.html: no such page
        """)
    }

    // MARK: - Images and ids

    @Test func reportsImagesWithoutAltTextAndWarnsAboutEmptyOnes() async throws {
        let site = try TestSite(files: [
            "Templates/assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "Templates/home.mustache": """
            <h1>{{page.title}}</h1><img src="{{site.base_path}}assets/logo.svg"><img src='{{site.base_path}}assets/logo.svg' alt=''>\
            <img src={{site.base_path}}assets/logo.svg alt="" role="presentation"><img alt="Logo" src="{{site.base_path}}assets/logo.svg">{{{page.content}}}
            """,
            "Content/static/images/meeting.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "Content/learn/calling.md": Self.article("A picture:\n\n![](/images/meeting.svg)\n"),
        ])
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/_index.md: warning: image '/assets/logo.svg' in index.html has an empty alt text, so screen readers skip it; describe what it shows, or add role="presentation" if it is only decoration
        Content/_index.md: error: image '/assets/logo.svg' in index.html has no alt text; add alt="..." saying what it shows, or alt="" with role="presentation" if it is only decoration
        Content/learn/calling.md:6:5: warning: image '/images/meeting.svg' in learn/calling/index.html has an empty alt text, so screen readers skip it; describe what it shows, or add role="presentation" if it is only decoration
        ![](/images/meeting.svg)
            ^
        """)
    }

    @Test func reportsAnIDUsedTwiceOnAPage() async throws {
        let site = try TestSite(files: [
            "Templates/article.mustache": "<h1 id=\"first-steps\">{{page.title}}</h1>{{{page.content}}}",
        ])
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/learn/basics.md:10:1: error: id 'first-steps' is given to 2 elements of learn/basics/index.html; an id must be unique within its page; the heading on this line takes it from its text: reword the heading, or rename the other element's id
        ## First steps
        ^
        """)
    }

    // MARK: - Phone numbers

    @Test func reportsACommercialPhoneNumberAtItsLineAndColumn() async throws {
        let site = try TestSite(files: CatalogTestSite.files([
            "Content/learn/calling.md": Self.article("Questions?\n\nCall **1-888-555-0100** or 988, or 911 in an emergency.\n"),
        ]))
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/learn/calling.md:6:8: error: phone number '1-888-555-0100' is not a help line or a group in the catalog; commercial numbers must not be published (add it to the catalog if it is a real help line)
        Call **1-888-555-0100** or 988, or 911 in an emergency.
               ^
        """)
    }

    @Test func allowsTheNumbersOfHelpLinesAndGroupsInAnyForm() async throws {
        let catalog = CatalogTestSite.catalog
            .replacingOccurrences(of: "    website: https://www.aa.org/\n", with: "    website: https://www.aa.org/\n    phone: \"+1 212-870-3400\"\n")
            + """
              - id: samhsa
                name: SAMHSA National Helpline
                phone: "1-800-662-4357"
                tty: "1-800-487-4889"

            """
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog, [
            "Content/learn/calling.md": Self.article("""
            Call (800) 662-4357, 800.662.4357 or +1 800 662 4357 ([call](tel:+18006624357)).
            TTY: 1-800-487-4889. AA's office: 212-870-3400.

            """),
        ]))
        defer { site.remove() }
        #expect(try await problems(of: site) == "")
    }

    @Test func reportsACommercialNumberInTheSettingsButNotInAComment() async throws {
        let site = try TestSite(files: CatalogTestSite.files([
            "Content/site.yml": """
            title: Guide
            base_url: https://example.org/
            # The old line, 1-800-555-0199, closed in 2025.
            footer: |
              Call 988 any time, or 1-877-555-0100 for a free assessment.
            """,
        ]))
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/site.yml:5:25: error: phone number '1-877-555-0100' is not a help line or a group in the catalog; commercial numbers must not be published (add it to the catalog if it is a real help line)
          Call 988 any time, or 1-877-555-0100 for a free assessment.
                                ^
        """)
    }

    @Test func checksTheNumbersOfTelAndSmsLinksButNotOtherAddresses() async throws {
        let site = try TestSite(files: CatalogTestSite.files([
            "Content/learn/calling.md": Self.article("""
            [Call us](tel:+18885550100) or [text 988](sms:988).
            See [the notice](https://example.org/notices/800-555-0199/) and <https://example.org/2026-555-0199>.

            """),
        ]))
        defer { site.remove() }
        #expect(try await problems(of: site) == """
        Content/learn/calling.md:4:15: error: phone number '+18885550100' is not a help line or a group in the catalog; commercial numbers must not be published (add it to the catalog if it is a real help line)
        [Call us](tel:+18885550100) or [text 988](sms:988).
                      ^
        """)
    }

    @Test(arguments: [
        ("Call 1-800-662-4357 now", ["1-800-662-4357@6"]),
        ("(800) 662-4357", ["(800) 662-4357@1"]),
        ("at 800.662.4357.", ["800.662.4357@4"]),
        ("+1 800 662 4357", ["+1 800 662 4357@1"]),
        ("+44 20 7946 0958 (UK)", ["+44 20 7946 0958@1"]),
        ("988, 911 and 211", []),
        ("on 2026-09-14, room 12", []),
        ("1-800-662-43570", []),
        ("[x](/groups/800-555-0199/) <a href=\"/800-555-0199\">", []),
        ("[x](sms:+15550100123,+15550100124?body=hi)", ["+15550100123@9", "+15550100124@22"]),
        ("[x](<tel:+1 888 555 0100>) and <tel:+18885550101>", ["+1 888 555 0100@10", "+18885550101@37"]),
        ("<a href=\"tel:18885550102\">Call</a> [y]: tel:911", ["18885550102@14"]),
    ])
    func findsPhoneNumbersInALine(line: String, expected: [String]) {
        #expect(PhoneNumberScanner.numbers(in: line).map { "\($0.text)@\($0.column)" } == expected)
        // The quick look that lets most lines skip the scan never skips a line with a number.
        if !expected.isEmpty { #expect(PhoneNumberScanner.mayHoldNumbers(line.utf8[...])) }
    }

    @Test func linesWithoutNumberShapedDigitsSkipTheScan() {
        #expect(!PhoneNumberScanner.mayHoldNumbers("See [a123](/part-0/topic-0/a123/) from 2026.".utf8[...]))
        #expect(!PhoneNumberScanner.mayHoldNumbers("Call 988, 911 or 211.".utf8[...]))
        #expect(PhoneNumberScanner.mayHoldNumbers("[Call](TEL:911)".utf8[...]))
        #expect(PhoneNumberScanner.mayHoldNumbers("Call (800) 662-4357.".utf8[...]))
    }

    /// One pass over a text finds the lines that a scan of each line on its own would.
    @Test func findsTheLinesThatMayHoldNumbersInOnePass() {
        let text = "Call (800) 662-4357.\n\nSee [a123](/part-0/topic-0/a123/) from 2026.\r\n[Text](SMS:12345)\r\n"
            + "no digits\n1 2 3 4 5 6 7 8\n12345678\n+44 20 7946 0958 at the end"
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let expected = lines.enumerated().filter { PhoneNumberScanner.mayHoldNumbers($0.element) }.map { [String($0.offset), String(Substring($0.element))] }
        #expect(PhoneNumberScanner.linesThatMayHoldNumbers(in: text).map { [String($0.index), $0.line] } == expected)
        #expect(expected.map(\.[0]) == ["0", "3", "5", "6", "7"])
        #expect(PhoneNumberScanner.linesThatMayHoldNumbers(in: "tel:\n").map(\.line) == ["tel:"])
        #expect(PhoneNumberScanner.linesThatMayHoldNumbers(in: "").isEmpty)
    }

    // MARK: - HTML scanning

    @Test func scansAttributesInEveryQuotingStyleAndSkipsCommentsAndScripts() {
        let html = """
        <!doctype html><!-- <a href="/commented/"> --><A HREF=/one/ title='a "b"'>x</A>
        <script>document.write('<a href="/scripted/">')</script><img src="/two/?a=1&amp;b=2" alt>
        <style>a::before { content: "<a href='/styled/'>" }</style><input disabled id=name>
        """
        let tags = HTMLScanner.tags(in: html).map { tag in
            tag.name + tag.attributes.map { " \($0.name)=[\($0.value)]" }.joined()
        }
        #expect(tags == [
            "a href=[/one/] title=[a \"b\"]", "script", "img src=[/two/?a=1&b=2] alt=[]", "style", "input disabled=[] id=[name]",
        ])
    }

    /// What a page gives the verifier, read from the scanner's byte ranges, against the same
    /// read from its tags with every attribute made a string (`HTMLScanner.tags(in:)`).
    @Test func readsAPageAsItsTagsSay() {
        let html = """
        <!doctype html><html lang="en"><head><title>a <a href="/in-title/"></title>
        <link rel="stylesheet" HREF="/assets/style.css"><script src="/assets/search.js" defer></script></head>
        <body id="top"><a href='/one/#part' href="/ignored/">x</a><A HREF=/two/>y</A><a name="no-href">z</a>
        <img src="/a.png" alt="A" srcset="/a-1x.png 1x, /a-2x.png 2x"><IMG SRC="/b.png"><img src=/c.png alt="" role=PRESENTATION>
        <img src="/d.png" alt=" " aria-hidden="TRUE" id="top"><picture><source srcset="data:image/png;base64,AAA=,BBB 1x"></picture>
        <div id="x&amp;y" id="second"></div><p id=""><textarea><a href="/in-textarea/"></textarea><!-- <img src="/c.png"> -->
        <a href="/three/?q=1&amp;r=2">3</a><script>document.write('<a href="/scripted/">')</script><style>a{}</style><a href="/four/"
        """
        func reference(_ html: String) -> (ids: Set<String>, repeated: [String], references: [String], images: [OutputPage.Image]) {
            var counts: [String: Int] = [:], order: [String] = [], references: [String] = [], images: [OutputPage.Image] = []
            for tag in HTMLScanner.tags(in: html) {
                if let id = tag["id"], !id.isEmpty {
                    if counts[id] == nil { order.append(id) }
                    counts[id, default: 0] += 1
                }
                if ["a", "link"].contains(tag.name), let url = tag["href"] { references.append(url) }
                if ["img", "script", "source"].contains(tag.name), let url = tag["src"] { references.append(url) }
                if ["img", "source"].contains(tag.name) { references += OutputPage.sourceSetURLs(tag["srcset"] ?? "") }
                if tag.name == "img" {
                    let role = tag["role"]?.lowercased()
                    images.append(OutputPage.Image(
                        source: tag["src"] ?? "", alt: tag["alt"],
                        isDecorative: role == "presentation" || role == "none" || tag["aria-hidden"]?.lowercased() == "true"
                    ))
                }
            }
            return (Set(counts.keys), order.filter { counts[$0]! > 1 }, references, images)
        }
        let page = OutputPage(path: "index.html", data: Data(html.utf8))
        let expected = reference(html)
        #expect(page.ids == expected.ids)
        #expect(page.repeatedIDs.map(\.id) == expected.repeated)
        #expect(page.references == expected.references)
        #expect(page.images == expected.images)
        #expect(page.references == [
            "/assets/style.css", "/assets/search.js", "/one/#part", "/two/", "/a.png", "/a-1x.png", "/a-2x.png", "/b.png", "/c.png",
            "/d.png", "data:image/png;base64,AAA=,BBB", "/three/?q=1&r=2", "/four/",
        ])
        #expect(page.repeatedIDs.map(\.id) == ["top"])
        #expect(page.images.map(\.isDecorative) == [false, false, true, true])
    }

    /// `#` and `?` end an address's path by byte, as a browser reads it, even before a
    /// combining mark; white space at the ends is trimmed.
    @Test func splitsAddressesAtTheirFragmentAndQueryByByte() {
        let checker = OutputLinkChecker(files: ["index.html", "learn/index.html", "learn/a/index.html"], pages: [:], basePath: "/")
        #expect(checker.target(of: "/learn/#\u{301}x", from: "index.html") == .file("learn/index.html", fragment: "\u{301}x"))
        #expect(checker.target(of: "/learn/?\u{301}#top", from: "index.html") == .file("learn/index.html", fragment: "top"))
        #expect(checker.target(of: " a/ ", from: "learn/index.html") == .file("learn/a/index.html", fragment: nil))
        #expect(checker.target(of: "\u{A0}/learn/a", from: "index.html") == .file("learn/a/index.html", fragment: nil))
        #expect(checker.target(of: "mailto:x@example.org", from: "index.html") == .elsewhere)
        #expect(checker.target(of: "münchen:x", from: "index.html") == .elsewhere)
        #expect(checker.target(of: "a_b:c", from: "index.html") == .missing("a_b:c"))
    }
}
