/// The rule for the address a meeting feed is fetched from, and for where it may redirect:
/// http and https only, so that a feed address cannot make Guidepost read a local file or speak
/// another protocol.
public enum MeetingFeedAddress {
    /// Why `text` is not an address a feed may be fetched from, or nil when it is one.
    public static func problem(_ text: String) -> String? {
        guard let scheme = SafeURL.scheme(of: text), scheme == "http" || scheme == "https" else {
            return "'\(SafeURL.shown(text))' is not an http or https address; only feeds on the web are fetched"
        }
        return SafeURL.webAddressProblem(text).map { "'\(SafeURL.shown(text))' is not a web address: \($0)" }
    }

    /// Whether a redirect's `Location` may be followed: a relative reference, or an absolute
    /// http or https address.
    public static func mayRedirect(to location: String) -> Bool {
        guard let scheme = SafeURL.scheme(of: location) else { return true }
        return scheme == "http" || scheme == "https"
    }
}
