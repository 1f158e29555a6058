/// A kind of meeting (open, closed, Spanish, women...), as a code of the Meeting Guide
/// specification or one a publisher adds, with its labels in English and Spanish.
public struct MeetingType: Sendable, Hashable, Comparable {
    /// As the specification writes it: `O`, `LGBTQ`, `12x12`.
    public var code: String
    public var english: String
    public var spanish: String

    public init(code: String, english: String, spanish: String) {
        self.code = code
        self.english = english
        self.spanish = spanish
    }

    public static func < (lhs: MeetingType, rhs: MeetingType) -> Bool { lhs.english < rhs.english }

    /// Codes that lists use to mark how a meeting is attended rather than what kind it is. They
    /// are read (and checked against the address and join details) but not shown as kinds.
    static let attendanceCodes: Set<String> = ["ONL", "HY", "TC"]

    /// "Temporarily closed": the location is not in use, whatever the address says.
    static let temporarilyClosed = "TC"
    static let online = "ONL"

    /// Labels the 12 Step Meeting List plugin writes in its table export that differ from the
    /// specification's, with the code each stands for.
    static let pluginLabels: [String: String] = [
        "step meeting": "ST",
        "online meeting": "ONL",
        "temporary closure": "TC",
        "hybrid": "HY",
        "child care available": "BA",
        "topic discussion": "D",
    ]
}
