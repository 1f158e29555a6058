import Foundation
import GuidepostCore

/// What a reader downloads on a built site: for sample queries, the parts of the split search
/// index the search script requests (replayed by `SearchReplay`, which follows the script's
/// rules), gzipped as a server would send them; the manifest alone, which the script loads when
/// the search box gets focus; the largest page.
struct SearchDownloads {
    /// Twenty one-word queries on the bench corpus: one and two letters (the largest page lists),
    /// words in every article, words in some, a number in one title, a word in no page.
    static let sampleQueries = [
        "a", "pe", "peer", "support", "recovery", "treatment", "meetings", "online", "phone", "free",
        "twelve", "secular", "science", "families", "specialist", "hospital", "choosing", "article", "4321", "zebra",
    ]

    struct Result {
        var articles: Int
        var queryBytes: [(query: String, bytes: Int, files: Int)]
        var manifestBytes: Int
        var largestPage: (path: String, bytes: Int, gzipped: Int)

        var medianBytes: Double { BenchReport.median(queryBytes.map { Double($0.bytes) }) }
        var largest: (query: String, bytes: Int, files: Int) { queryBytes.max { $0.bytes < $1.bytes } ?? ("", 0, 0) }

        var summary: String {
            String(format: "search, %d articles: %.0f KB median, %.0f KB max ('%@', %d files) a query; manifest %.1f KB; largest page %@ %.0f KB (%.0f KB gzipped)",
                   articles, medianBytes / 1000, Double(largest.bytes) / 1000, largest.query, largest.files, Double(manifestBytes) / 1000,
                   largestPage.path, Double(largestPage.bytes) / 1000, Double(largestPage.gzipped) / 1000)
        }
    }

    let output: URL
    private var gzipped: [String: Int] = [:]

    init(output: URL) {
        self.output = output
    }

    mutating func measure(articles: Int) throws -> Result {
        let folder = output.appendingPathComponent(ChunkedSearchIndex.languageFolder("en"))
        let replay = SearchReplay { try? Data(contentsOf: folder.appendingPathComponent($0)) }
        var queryBytes: [(String, Int, Int)] = []
        for query in Self.sampleQueries {
            guard let result = replay.search(query) else { throw BenchError("no search index in \(output.path)") }
            var bytes = 0
            for path in result.requested { bytes += try gzippedSize(of: folder.appendingPathComponent(path)) }
            queryBytes.append((query, bytes, result.requested.count))
        }
        var largest = ("", 0)
        if let walker = FileManager.default.enumerator(atPath: output.path) {
            while let path = walker.nextObject() as? String {
                guard path.hasSuffix(".html"), let size = (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path))?[.size] as? Int else { continue }
                if size > largest.1 { largest = (path, size) }
            }
        }
        return Result(
            articles: articles, queryBytes: queryBytes,
            manifestBytes: try gzippedSize(of: folder.appendingPathComponent(ChunkedSearchIndex.manifestName)),
            largestPage: (largest.0, largest.1, try gzippedSize(of: output.appendingPathComponent(largest.0)))
        )
    }

    /// The file's size after `gzip -6`, what a web server's usual compression sends.
    mutating func gzippedSize(of file: URL) throws -> Int {
        if let size = gzipped[file.path] { return size }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-6", "-c", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        gzipped[file.path] = data.count
        return data.count
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
