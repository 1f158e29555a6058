import GuidepostMarkdown
import Testing

/// Link positions are counted from the previous link of the same line: a pasted line of
/// thousands of links costs what the same links on lines of their own cost.
@Suite struct LinkPositionScalingTests {
    let renderer = MarkdownRenderer()

    /// The shortest of three renders, in seconds.
    func seconds(_ text: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            _ = try renderer.render(text)
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    func line(ofLinks count: Int) -> String {
        String(repeating: "Voir ’[la réunion](a.md)’ et ", count: count) + "\n"
    }

    @Test func positionsOnOneLineAreCountedOnce() throws {
        let result = try renderer.render("é [a](x.md) ’ [b](y.md) 😀 [c](z.md)\n\n  [d](w.md)\n")
        #expect(result.links.map(\.column) == [3, 15, 27, 3])
        #expect(result.links.map(\.line) == [1, 1, 1, 3])
    }

    @Test func aLineOfLinksTakesTimeInProportionToItsLength() throws {
        // Linear work grows 4 times from 4,000 to 16,000 links; counting each column from the
        // line's start grew it 16 times (and took 20 s for 80,000 links).
        let small = try seconds(line(ofLinks: 4_000))
        let large = try seconds(line(ofLinks: 16_000))
        #expect(large / small < 8, "4,000 links: \(small) s, 16,000 links: \(large) s")
    }
}
