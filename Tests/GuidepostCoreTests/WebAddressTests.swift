@testable import GuidepostCore
import Testing

/// Web addresses in settings and the catalog: a host a browser can look up, a port it can use.
@Suite struct WebAddressTests {
    @Test(arguments: [
        "https://example.org/", "http://example.org", "https://example.org:8443/guide/", "http://localhost:8080/",
        "https://sub.example.org./", "https://bücher.example/", "https://192.0.2.1/", "https://[2001:db8::1]:443/",
        "https://example.org:1/", "https://example.org:65535/x?y#z", "HTTPS://Example.ORG/", "https://my_site.example.org/",
    ])
    func acceptsWebAddresses(_ address: String) {
        #expect(SafeURL.webAddressProblem(address) == nil)
    }

    @Test(arguments: [
        ("https://example.org:99999/", "the port 99999 is not between 1 and 65535"),
        ("https://example.org:0/", "the port 0 is not between 1 and 65535"),
        ("https://example.org:123456789012345678901234/", "the port 123456789012345678901234 is not between 1 and 65535"),
        ("https://example.org:/", "there is no port number after ':'; remove the ':' or add the port"),
        ("https://example.org:http/", "the port 'http' is not a number; a port is a number from 1 to 65535"),
        ("https:///guide/", "it has no host name after '//', such as example.org"),
        ("https://:8080/", "it has no host name before the port, such as example.org"),
        ("https://user:secret@example.org/", "it holds a user name or password before '@'; remove everything from '//' up to and including '@'"),
        ("https://example..org/", "the host name 'example..org' has an empty part between dots"),
        ("https://.example.org/", "the host name '.example.org' has an empty part between dots"),
        ("https://exa!mple.org/", "the host name 'exa!mple.org' holds a character ('!') that a host name cannot hold; use only letters, digits, '-' and '.'"),
        ("https://-example.org/", "a part of the host name '-example.org' starts or ends with '-'"),
        ("https://999.1.1.1/", "'999.1.1.1' is neither a host name nor an IPv4 address such as 192.0.2.1"),
        ("https://example.123/", "'example.123' is neither a host name nor an IPv4 address such as 192.0.2.1"),
        ("https://[2001:db8::1/", "the IPv6 address in '[...]' is never closed with ']'"),
        ("https://[example]/", "'[example]' is not an IPv6 address"),
        ("https:example.org", "write '//' after 'https:', as in https://example.org/"),
        ("ftp://example.org/", "only http and https addresses are allowed"),
    ])
    func explainsWhatIsWrong(_ address: String, _ problem: String) {
        #expect(SafeURL.webAddressProblem(address) == problem)
    }

    @Test func refusesALongHostPart() {
        let label = String(repeating: "a", count: 64)
        #expect(SafeURL.webAddressProblem("https://\(label).org/") == "a part of the host name is longer than 63 characters")
    }

    @Test func siteSettingsSayWhatIsWrongWithTheAddress() {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigLoader(source: YAMLSource(path: "Content/site.yml", yaml: """
        title: Guide
        base_url: https://example.org:99999/
        quick_exit_url: https://user@weather.example/
        """)).load(into: &diagnostics)
        #expect(BuildFailure(diagnostics).description == """
        Content/site.yml:2:11: error: 'base_url' must be an absolute http or https address such as https://example.org/, found 'https://example.org:99999/': the port 99999 is not between 1 and 65535
        base_url: https://example.org:99999/
                  ^
        Content/site.yml:3:17: error: 'quick_exit_url' must be an http or https address of a neutral site, found 'https://user@weather.example/': it holds a user name or password before '@'; remove everything from '//' up to and including '@'
        quick_exit_url: https://user@weather.example/
                        ^
        """)
    }

    @Test func theCatalogSaysWhatIsWrongWithTheAddress() async throws {
        let catalog = CatalogTestSite.catalog.replacingOccurrences(of: "    website: https://www.aa.org/\n", with: "    website: https://www.aa..org/\n")
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog))
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/catalog.yml:29:14: error: invalid address 'https://www.aa..org/' for 'website': the host name 'www.aa..org' has an empty part between dots
            website: https://www.aa..org/
                     ^
        """)
    }
}
