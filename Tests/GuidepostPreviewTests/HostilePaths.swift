/// Request targets that try to leave the site, hide a forbidden path behind an encoding, or look
/// like a name of the site without being one, each with the status the preview answers.
///
/// 400 means `SitePath` refused the target before the site was looked at; 404 means the target
/// is a harmless name that the site does not have; 200 and 301 are the site's own files, whose
/// answer must not be a file from elsewhere. The same table is sent in process and over a real
/// socket, where no client library may normalise a target first.
enum HostilePaths {
    static let all: [(target: String, status: Int)] =
        dotSegments + encodedDots + overlongAndInvalidUTF8 + lookalikes + backslashes + absolutePaths
        + nullAndControlBytes + pathParameters + queriesAndFragments + previewAddresses

    /// `..` and `.` written plainly.
    static let dotSegments: [(target: String, status: Int)] = [
        ("/../secret.txt", 400),
        ("/../../../../../../etc/passwd", 400),
        ("/learn/basics/../../../secret.txt", 400),
        ("/learn/basics/..", 400),
        ("/learn/./basics/", 400),
        ("/./", 400),
        ("/.", 400),
        ("/assets/../../secret.txt", 400),
        ("/learn/.../", 404),
        ("/.../.../secret.txt", 404),
        ("/....//secret.txt", 400),
        ("/learn//../secret.txt", 400),
        ("/learn/basics/../", 400),
    ]

    /// `..`, `/` and `.` percent-encoded, in both cases, once or twice.
    static let encodedDots: [(target: String, status: Int)] = [
        ("/%2e%2e/secret.txt", 400),
        ("/%2E%2E/%2E%2E/secret.txt", 400),
        ("/%2e./secret.txt", 400),
        ("/.%2E/secret.txt", 400),
        ("/%2e/index.html", 400),
        ("/learn/%2e", 400),
        ("/learn/basics/%2e%2e/%2e%2e/%2e%2e/secret.txt", 400),
        ("/%2e%2e%2f%2e%2e%2fsecret.txt", 400),
        ("/..%2F..%2Fsecret.txt", 400),
        ("/%2fetc%2fpasswd", 400),
        ("/%2Fetc/passwd", 400),
        ("/learn%2f..%2f..%2fsecret.txt", 400),
        // Decoded once, a double-encoded dot is the text `%2e`: a name, not a way up.
        ("/%252e%252e/%252e%252e/secret.txt", 404),
        ("/%25%32%65%25%32%65/secret.txt", 404),
        ("/%252e%252e%252fsecret.txt", 404),
        ("/%%32%65%%32%65/secret.txt", 400),
        ("/%2", 400),
        ("/%2g/", 400),
        ("/%", 400),
    ]

    /// Overlong UTF-8 spellings of `.`, `/` and `\`, and bytes that are not UTF-8 at all.
    static let overlongAndInvalidUTF8: [(target: String, status: Int)] = [
        ("/%c0%ae%c0%ae/secret.txt", 400),
        ("/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd", 400),
        ("/%e0%80%ae%e0%80%ae/secret.txt", 400),
        ("/%f0%80%80%ae%f0%80%80%ae/secret.txt", 400),
        ("/..%c0%afsecret.txt", 400),
        ("/..%c0%2fsecret.txt", 400),
        ("/..%c1%9csecret.txt", 400),
        ("/%c0%2e%c0%2e/secret.txt", 400),
        ("/%ed%a0%80/", 400),
        ("/%ff%fe/secret.txt", 400),
    ]

    /// Characters that look like `.` or `/` but are other characters: names the site lacks.
    static let lookalikes: [(target: String, status: Int)] = [
        ("/%e2%80%a4%e2%80%a4/secret.txt", 404),
        ("/%ef%bc%8e%ef%bc%8e/secret.txt", 404),
        ("/%ef%b9%92%ef%b9%92/secret.txt", 404),
        ("/%e3%80%82%e3%80%82/secret.txt", 404),
        ("/..%ef%bc%8fsecret.txt", 404),
        ("/..%e2%88%95secret.txt", 404),
        ("/..%e2%81%84secret.txt", 404),
        ("/%2e%cc%b8%2e%cc%b8/secret.txt", 404),
        ("/%e2%80%a5/secret.txt", 404),
        ("/%ef%b8%b0/secret.txt", 404),
    ]

    /// Backslashes, plain and encoded, alone or mixed with slashes.
    static let backslashes: [(target: String, status: Int)] = [
        ("/..\\secret.txt", 400),
        ("/learn\\..\\..\\secret.txt", 400),
        ("/..%5csecret.txt", 400),
        ("/%5C..%5C..%5Csecret.txt", 400),
        ("/learn/..%2f..%5csecret.txt", 400),
        ("/%5c%5clocalhost%5cc$%5csecret.txt", 400),
        ("/..%255csecret.txt", 404),
    ]

    /// Absolute paths of this computer and of other systems, spelled as paths of the site.
    static let absolutePaths: [(target: String, status: Int)] = [
        ("//etc/passwd", 400),
        ("///etc/passwd", 400),
        ("/etc/passwd", 404),
        ("/proc/self/environ", 404),
        ("/root/.ssh/id_rsa", 404),
        ("/C:/Windows/win.ini", 404),
        ("/C:%5cWindows%5cwin.ini", 400),
        ("/file:///etc/passwd", 400),
        ("/Package.swift", 404),
        ("/Content/site.yml", 404),
        ("/Templates/layout.mustache", 404),
        ("/Output/index.html", 404),
        ("/.guidepost-output", 404),
    ]

    /// NUL and other control characters, which no file name of the site contains.
    static let nullAndControlBytes: [(target: String, status: Int)] = [
        ("/%00", 400),
        ("/robots.txt%00", 400),
        ("/robots.txt%00.html", 400),
        ("/%00/../secret.txt", 400),
        ("/learn/basics/%00", 400),
        ("/%0d%0aSet-Cookie:%20a=1", 400),
        ("/learn%0a", 400),
        ("/%09/", 400),
        ("/%7f", 400),
        ("/%2500", 404),
    ]

    /// `;` path parameters, which the preview reads as part of the name.
    static let pathParameters: [(target: String, status: Int)] = [
        ("/..;/secret.txt", 404),
        ("/%2e%2e;/secret.txt", 404),
        ("/learn;/basics/", 404),
        ("/learn/basics/;jsessionid=1", 404),
        ("/robots.txt;.css", 404),
        ("/;/../secret.txt", 400),
    ]

    /// Traversal written in the query, or after an encoded `?` or `#` inside the path.
    static let queriesAndFragments: [(target: String, status: Int)] = [
        ("/?/../../secret.txt", 200),
        ("/robots.txt?../../secret.txt", 200),
        ("/robots.txt?file=../../../etc/passwd", 200),
        ("/learn?/../../secret.txt", 301),
        ("/%3f/../secret.txt", 400),
        ("/%23/../secret.txt", 400),
        ("/secret.txt%3f", 404),
        ("/index.html%23/../../secret.txt", 400),
    ]

    /// The preview's own addresses with a way out appended or a different spelling.
    static let previewAddresses: [(target: String, status: Int)] = [
        ("/__guidepost/../secret.txt", 400),
        ("/__guidepost/%2e%2e/%2e%2e/secret.txt", 400),
        ("/__guidepost/reload.js%00", 400),
        ("/__guidepost/reload.js/", 404),
        ("/__GUIDEPOST/reload.js", 404),
        ("/__guidepost/reload.js/../../secret.txt", 400),
    ]
}
