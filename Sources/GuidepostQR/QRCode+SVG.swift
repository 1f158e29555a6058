/// Drawing a QR code as inline SVG for HTML pages and print.
extension QRCode {
    /// The code as an `<svg>` element for an HTML page: black on white with the quiet zone,
    /// `millimetres` wide and high on paper, named for screen readers by `title`.
    ///
    /// All dark modules are one `<path>`, each horizontal run of them one rectangle, so that a
    /// code stays small (about 4 KB for a version 4 code, a 50-character address). A white
    /// rectangle fills the background so that the code scans on a dark page too; `crispEdges`
    /// keeps modules from blurring into each other. `title` is escaped here. `titleID` must be
    /// unique on the page: `aria-labelledby` points to it; characters other than ASCII letters,
    /// digits, `-` and `_` become `-`. The same code and arguments give the same bytes.
    public func svg(title: String, titleID: String = "qr-code-title", millimetres: Int = 30) -> String {
        let side = size + 2 * Self.quietZone
        let id = Self.safeID(titleID)
        let length = "\(max(1, millimetres))mm"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 \(side) \(side)\""
        svg += " width=\"\(length)\" height=\"\(length)\" role=\"img\" aria-labelledby=\"\(id)\" shape-rendering=\"crispEdges\">"
        svg += "<title id=\"\(id)\">\(Self.escapeXML(title))</title>"
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(pathData())\"/></svg>"
        return svg
    }

    /// `M x y h n v1 h-n z` for each run of dark modules in a row, shifted by the quiet zone.
    func pathData() -> String {
        var data = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                let run = x - start
                data += "M\(start + Self.quietZone) \(y + Self.quietZone)h\(run)v1h-\(run)z"
            }
        }
        return data
    }

    /// Text safe between tags in XML and HTML: markup characters as references, control
    /// characters (invalid in XML) as spaces and noncharacters as U+FFFD.
    static func escapeXML(_ text: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                if scalar.properties.generalCategory == .control {
                    escaped += " "
                } else if scalar.properties.isNoncharacterCodePoint {
                    escaped += "\u{FFFD}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }

    /// `id` with every character other than an ASCII letter, digit, `-` or `_` replaced by `-`;
    /// `qr-code-title` when empty.
    static func safeID(_ id: String) -> String {
        guard !id.isEmpty else { return "qr-code-title" }
        return String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? scalar : "-"
        }))
    }
}
