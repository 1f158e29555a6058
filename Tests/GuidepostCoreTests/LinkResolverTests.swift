@testable import GuidepostCore
import Testing

@Suite struct LinkResolverTests {
    let resolver = LinkResolver(
        pageIndexBySourcePath: ["learn/basics.md": 0, "learn/_index.md": 1, "about.md": 2, "my notes.md": 3],
        pageURLs: ["/learn/basics/", "/learn/", "/about/", "/my-notes/"],
        omittedDrafts: ["learn/draft.md"]
    )

    func url(_ destination: String, from source: String = "learn/next.md") -> String? {
        if case .page(_, let url, _) = resolver.resolve(destination, from: source) { return url }
        return nil
    }

    @Test func rewritesRelativeMarkdownPaths() {
        #expect(url("basics.md") == "/learn/basics/")
        #expect(url("./basics.md#first") == "/learn/basics/#first")
        #expect(url("basics.md?print=1#first") == "/learn/basics/?print=1#first")
        #expect(url("../about.md") == "/about/")
        #expect(url("_index.md") == "/learn/")
        #expect(url("learn/basics.md", from: "about.md") == "/learn/basics/")
        #expect(url("my%20notes.md", from: "about.md") == "/my-notes/")
    }

    @Test(arguments: ["https://example.org/a.md", "mailto:a@example.org", "tel:988", "/learn/", "images/x.png", "notes.txt"])
    func leavesOtherLinksAlone(_ destination: String) {
        guard case .unchanged = resolver.resolve(destination, from: "learn/next.md") else {
            Issue.record("\(destination) was not left alone")
            return
        }
    }

    @Test func reportsSamePageFragments() {
        guard case .samePage(let fragment) = resolver.resolve("#later", from: "about.md") else {
            Issue.record("not a same-page link")
            return
        }
        #expect(fragment == "later")
    }

    @Test(arguments: [
        ("../../x.md", "link '../../x.md' points outside the content folder"),
        ("draft.md", "link to 'draft.md', which is a draft and is not published; build with --drafts or remove the link"),
        ("basic.md", "link to missing file 'basic.md'; did you mean 'basics.md'?"),
        ("../abot.md", "link to missing file '../abot.md'; did you mean '../about.md'?"),
    ])
    func explainsLinksThatCannotBeResolved(_ destination: String, _ message: String) {
        guard case .failure(let text) = resolver.resolve(destination, from: "learn/next.md") else {
            Issue.record("\(destination) resolved")
            return
        }
        #expect(text == message)
    }
}
