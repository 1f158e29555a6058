import GuidepostMarkdown
import Testing

@Suite struct PhoneLinkTests {
    let renderer = MarkdownRenderer()

    private func html(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) throws -> String {
        try MarkdownRenderer(options: options).render(markdown).html
    }

    @Test(arguments: [
        ("1-800-662-4357", "tel:+18006624357"),
        ("800-662-4357", "tel:+18006624357"),
        ("(800) 662-4357", "tel:+18006624357"),
        ("800.662.4357", "tel:+18006624357"),
        ("+1 800 662 4357", "tel:+18006624357"),
        ("+44 20 7946 0958", "tel:+442079460958"),
        ("+52 55 5259-8121", "tel:+525552598121"),
    ])
    func linksWrittenNumbers(number: String, url: String) throws {
        #expect(try html("Reach them at \(number) any day.\n") == "<p>Reach them at <a href=\"\(url)\">\(number)</a> any day.</p>\n")
    }

    @Test(arguments: [
        "Published 2026-11-02, updated 2026-11-10.",
        "ISBN 978-1-4028-9462-6 or 0-306-40615-2.",
        "Version 6.3.1 and 2.10.300 and 1.2.3.4.",
        "Order 12800-662-4357 and 800-662-43571 are longer runs.",
        "Meets 7:30-9:00 pm, 19:00 to 20:30.",
        "It costs $800.00, or $1,800-2,400 a year.",
        "Mail to Springfield, IL 62704-1234 or 62704.",
        "Not in words: ab800-662-4357 or 800-662-4357x or id_800-662-4357.",
        "Not in paths: example.org/800-662-4357 and v1.800.662.4357.",
        "Area codes start with 2-9: 100-662-4357 and 800-162-4357.",
        "The 988 Lifeline answers. Dial 2-1-1. Call 9110 or 911-1234.",
        "We recall 911 as a number; redial 988 and text911 are not links either.",
    ])
    func leavesOtherNumbersAsText(text: String) throws {
        #expect(try !html(text + "\n").contains("<a "))
    }

    @Test func leavesNumbersInLinksAndCodeAlone() throws {
        #expect(try html("[SAMHSA 1-800-662-4357](https://www.samhsa.gov/) and `800-662-4357`\n") ==
            "<p><a href=\"https://www.samhsa.gov/\">SAMHSA 1-800-662-4357</a> and <code>800-662-4357</code></p>\n")
        #expect(try html("![Call 988 or 1-800-662-4357](card.png)\n") == "<p><img src=\"card.png\" alt=\"Call 988 or 1-800-662-4357\" /></p>\n")
        #expect(try html("```\nCall 988 or 1-800-662-4357\n```\n\n    call 911\n") ==
            "<pre><code>Call 988 or 1-800-662-4357\n</code></pre>\n<pre><code>call 911\n</code></pre>\n")
        #expect(try html("<https://example.org/800-662-4357> and https://example.org/call-911\n").components(separatedBy: "<a ").count == 3)
    }

    @Test func leavesNumbersInRawHTMLElementsAlone() throws {
        let options = MarkdownOptions(allowsRawHTML: true)
        #expect(try html("<a href=\"tel:+18006624357\">1-800-662-4357</a> or <code>call 911</code>, then call 988\n", options: options) ==
            "<p><a href=\"tel:+18006624357\">1-800-662-4357</a> or <code>call 911</code>, then call <a href=\"tel:988\">988</a></p>\n")
    }

    @Test func leavesHeadingsAlone() throws {
        #expect(try html("## Call 911 or 1-800-662-4357\n") == "<h2 id=\"call-911-or-1-800-662-4357\">Call 911 or 1-800-662-4357</h2>\n")
    }

    @Test func linksNumbersAtTheStartAndEndOfAParagraph() throws {
        #expect(try html("800-662-4357 is free. Or call 988\n") ==
            "<p><a href=\"tel:+18006624357\">800-662-4357</a> is free. Or call <a href=\"tel:988\">988</a></p>\n")
        #expect(try html("(800) 662-4357\n") == "<p><a href=\"tel:+18006624357\">(800) 662-4357</a></p>\n")
    }

    @Test func linksTwoNumbersInOneText() throws {
        #expect(try html("Call 1-800-662-4357 (TTY 1-800-487-4889).\n") ==
            "<p>Call <a href=\"tel:+18006624357\">1-800-662-4357</a> (TTY <a href=\"tel:+18004874889\">1-800-487-4889</a>).</p>\n")
    }

    @Test(arguments: [
        ("If someone is in danger, call 911.", "call <a href=\"tel:911\">911</a>."),
        ("**Call:** 988", "<strong>Call:</strong> <a href=\"tel:988\">988</a>"),
        ("Dial 211 for local services.", "Dial <a href=\"tel:211\">211</a> for"),
        ("TTY: 711", "TTY: <a href=\"tel:711\">711</a>"),
        ("**call or text 988**", "<strong>call or text <a href=\"tel:988\">988</a></strong>"),
        ("*Call*\n988", "<em>Call</em>\n<a href=\"tel:988\">988</a>"),
        ("**Text:** 988", "<strong>Text:</strong> <a href=\"sms:988\">988</a>"),
        ("Text 1-800-662-4357 for help.", "Text <a href=\"sms:+18006624357\">1-800-662-4357</a> for"),
        ("**Si alguien está en peligro, llame al 911.**", "llame al <a href=\"tel:911\">911</a>."),
        ("Marque el 988 y luego el 2.", "Marque el <a href=\"tel:988\">988</a> y"),
        ("**Llamada:** 988", "<strong>Llamada:</strong> <a href=\"tel:988\">988</a>"),
        ("**Mensaje de texto:** 988", "<strong>Mensaje de texto:</strong> <a href=\"sms:988\">988</a>"),
        ("Llame o envíe un mensaje de texto al 988.", "al <a href=\"tel:988\">988</a>."),
        ("Puede llamar o enviar un mensaje de texto al 988.", "al <a href=\"tel:988\">988</a>."),
        ("Envíe AYUDA por mensaje de texto al 988.", "al <a href=\"sms:988\">988</a>."),
    ])
    func linksServiceCodesAfterCallingWords(markdown: String, expected: String) throws {
        let rendered = try html(markdown + "\n")
        #expect(rendered.contains(expected), "\(rendered)")
        #expect(rendered.components(separatedBy: "<a ").count == 2, "\(rendered)")
    }

    @Test func callingWordsDoNotReachAcrossBlocksOrCode() throws {
        #expect(try !html("Call\n\n988 is the number.\n\n| Call |\n|---|\n| 911 |\n").contains("<a "))
        #expect(try !html("Call `now` 911 and call, 988\n").contains("<a "))
    }

    @Test func linksNumbersInTables() throws {
        #expect(try html("| Contact |\n|---|\n| Call 911 |\n").contains("<td>Call <a href=\"tel:911\">911</a></td>"))
    }

    @Test func linksNumbersWithSmartPunctuation() throws {
        #expect(try html("\"Call\" 800.662.4357 -- or dial 988...\n", options: MarkdownOptions(smartPunctuation: true)) ==
            "<p>“Call” <a href=\"tel:+18006624357\">800.662.4357</a> – or dial <a href=\"tel:988\">988</a>…</p>\n")
    }

    @Test func leavesNumbersAsTextWhenTurnedOff() throws {
        let off = MarkdownOptions(linksPhoneNumbers: false)
        #expect(try html("**Call:** 988 or 1-800-662-4357.\n", options: off) == "<p><strong>Call:</strong> 988 or 1-800-662-4357.</p>\n")
    }

    @Test func keepsWordsOfLongTextsApartFromTheNumber() throws {
        // The calling word is read from the end of a long text, cut at a space.
        let long = String(repeating: "word ", count: 40)
        #expect(try html(long + "and call 988\n").hasSuffix("and call <a href=\"tel:988\">988</a></p>\n"))
        #expect(try !html(long + "re" + "call 988\n").contains("<a "))
        #expect(try !html("**" + long + "re**call 988\n").contains("<a "))
    }
}
