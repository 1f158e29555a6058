import Foundation

/// The script that keeps a preview page up to date, and how it gets into pages.
enum ReloadScript {
    /// Where the preview serves the script.
    static let path = "/__guidepost/reload.js"
    /// Where the preview serves its Server-Sent Events.
    static let eventsPath = "/__guidepost/events"
    /// The tag added to every HTML page the preview serves (never to the built site).
    static let tag = #"<script src="/__guidepost/reload.js" defer></script>"#

    /// Listens to the preview's events: reloads the page after a rebuild, swaps changed
    /// stylesheets in place, and keeps reconnecting while the server is away.
    static let source = """
    // Guidepost preview: reloads this page when the site is rebuilt.
    (function () {
      "use strict";
      var shownBuild = null;
      var lost = false;
      function connect() {
        var events = new EventSource("\(eventsPath)");
        events.addEventListener("hello", function (event) {
          // Back after losing the server (restarted, or a rebuild missed): show the current site.
          if (shownBuild !== null && (lost || shownBuild !== event.data)) { location.reload(); }
          shownBuild = event.data;
          lost = false;
        });
        events.addEventListener("reload", function () { location.reload(); });
        events.addEventListener("css", function (event) {
          var links = document.querySelectorAll('link[rel~="stylesheet"]');
          for (var i = 0; i < links.length; i++) {
            var url = new URL(links[i].href, location.href);
            if (url.origin === location.origin && url.pathname === event.data) {
              url.searchParams.set("v", String(Date.now()));
              links[i].href = url.href;
            }
          }
        });
        events.onerror = function () {
          lost = true;
          // The browser retries by itself unless it gave up; then start again a little later.
          if (events.readyState === EventSource.CLOSED) {
            events.close();
            setTimeout(connect, 1000);
          }
        };
      }
      connect();
    })();

    """

    /// `html` with the script tag inserted before the last `</body>` (in any letter case), or
    /// appended when there is none.
    static func inject(into html: Data) -> Data {
        let tagBytes = Data(tag.utf8)
        guard let position = lastBodyEnd(in: html) else { return html + tagBytes }
        var result = Data(capacity: html.count + tagBytes.count)
        result.append(html[html.startIndex..<position])
        result.append(tagBytes)
        result.append(html[position...])
        return result
    }

    /// Where the last `</body` starts, compared without regard to ASCII letter case.
    private static func lastBodyEnd(in html: Data) -> Data.Index? {
        let needle = Array("</body".utf8)
        let bytes = [UInt8](html)
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
            var matches = true
            for offset in 0..<needle.count where lowercased(bytes[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return html.index(html.startIndex, offsetBy: start) }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
