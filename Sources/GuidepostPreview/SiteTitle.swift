import Foundation
internal import Yams

/// The title of a site, for the message that shows where the preview is served.
public enum SiteTitle {
    /// The `title` of `Content/site.yml` under `root`; nil when the file cannot be read or has
    /// no text title. Problems in the file are for the build to report, not for this.
    public static func read(root: URL) -> String? {
        let file = root.appendingPathComponent("Content/site.yml")
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let node = try? Yams.compose(yaml: text),
              let title = node["title"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines),
              !title.isEmpty
        else { return nil }
        return title
    }
}
