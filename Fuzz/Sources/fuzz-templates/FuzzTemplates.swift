// Fuzzes the theme: the input is `Templates/article.mustache` beside the example theme's other
// templates. The theme loader parses and checks them all (syntax, partials, recursion, nesting,
// blocks that include their parent), and a theme it accepts renders the input with a context of
// every kind of page of the example guide, and the layout around it; when the input compiles,
// its text must equal swift-mustache's.
//
// A line `{{!part a}}` (or `b`, `c`) in the input starts another template, `part-a`, which the
// input and the other parts can include or inherit from (`{{<part-a}}{{$block}}…`): inheritance
// loops need a second template that shows a block. The line itself is a comment, so an input
// without it is one template, as before.
import Foundation
@testable import FuzzSupport
@testable import GuidepostCore

let guide = ExampleGuide.load()
let scratch = ScratchFolder(named: "fuzz-templates")
let fuzzedTemplate = "article"

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = guide
    // A copy of the example theme, without its assets.
    let theme = ExampleGuide.root.appendingPathComponent("Templates").standardizedFileURL
    let files = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
        let path = String(url.standardizedFileURL.path.dropFirst(theme.path.count + 1))
        guard path.hasSuffix(".\(ThemeTemplates.fileExtension)"), !path.hasPrefix("\(ThemeTemplates.assetsFolder)/"),
              let data = FileManager.default.contents(atPath: url.path) else { continue }
        scratch.write(data, to: "Templates/\(path)")
    }
    atexit { scratch.remove() }
    return 0
}

/// The names of the extra templates an input may hold, and the line that starts each.
let partNames = ["a", "b", "c"]

/// The input's article template and its parts, by the name of the line that starts each; each
/// keeps its lines exactly, the last one without a line break.
func split(_ data: Data) -> (article: Data, parts: [String: Data]) {
    var lines: [String?: [Data]] = [:]
    var current: String?
    let newline = UInt8(ascii: "\n")
    for line in data.split(separator: newline, omittingEmptySubsequences: false).map({ Data($0) as Data }) {
        if let name = partNames.first(where: { line == Data("{{!part \($0)}}".utf8) }) {
            current = name
            lines[name, default: []] += []
        } else {
            lines[current, default: []].append(line)
        }
    }
    func joined(_ lines: [Data]?) -> Data { Data((lines ?? []).joined(separator: [newline])) }
    var parts: [String: Data] = [:]
    for case let (name?, partLines) in lines { parts[name] = joined(partLines) }
    return (joined(lines[nil]), parts)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let (article, parts) = split(Data(bytes: start, count: count))
    // Parts of the last input must not stay in the theme.
    for name in partNames { try? FileManager.default.removeItem(at: scratch.path("Templates/part-\(name).mustache")) }
    for (name, text) in parts { scratch.write(text, to: "Templates/part-\(name).mustache") }
    scratch.write(parts.isEmpty ? Data(bytes: start, count: count) : article, to: "Templates/\(fuzzedTemplate).mustache")
    var diagnostics: [Diagnostic] = []
    let templates = ThemeTemplates.load(
        from: scratch.path("Templates"), displayFolder: "Templates",
        required: ThemeTemplates.required + CatalogPageBuilder.templates, into: &diagnostics
    )
    for diagnostic in diagnostics { _ = diagnostic.description }
    guard let templates else { return 0 }
    // The input is rendered in every kind of page; the layout around it once, as its text
    // does not depend on which page it is. A template that compiles must render exactly as
    // swift-mustache renders it.
    let input = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    for (number, sample) in guide.sampleContexts().enumerated() {
        var context = sample
        let body = templates.render(fuzzedTemplate, context)
        if templates.compiled[fuzzedTemplate] != nil {
            let reference = templates.renderThroughMustache(fuzzedTemplate, context)
            expect(body == reference, "compiled template wrote \(body.debugDescription), swift-mustache \(reference.debugDescription)", input: input)
        }
        context["body"] = .text(body)
        if number == 0 { _ = templates.render("layout", context) }
    }
    return 0
}
