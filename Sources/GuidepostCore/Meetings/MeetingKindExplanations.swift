/// Plain explanations of the kinds of meeting a newcomer most needs to understand, for a
/// meeting's page. Closed and open depend on the fellowship: who a closed meeting is for.
enum MeetingKindExplanations {
    /// The explanation in English, or in Spanish when `spanish` (English where a Spanish text
    /// is missing).
    static func explanation(of code: String, program: String?, spanish: Bool = false) -> String? {
        if spanish, let text = spanishExplanation(of: code, program: program) { return text }
        if code == "C" { return closed[program ?? ""] ?? closed[""] }
        return explanations[code]
    }

    private static let closed: [String: String] = [
        "": "Only for people who want help with the problem the group is about. Family and friends who want to learn should look for an open meeting.",
        "aa": "Only for people who have a drinking problem or think they might. You do not have to be sure.",
        "na": "Only for people who have a drug problem or think they might. You do not have to be sure.",
        "al-anon": "Only for people affected by someone else's drinking: family members and friends.",
        "nar-anon": "Only for people affected by someone else's drug use: family members and friends.",
    ]

    private static let explanations: [String: String] = [
        "O": "Anyone may come: people in recovery, family, friends, students and anyone curious. You can listen without speaking.",
        "D": "Members take turns to share about a topic. You may pass if you do not want to speak.",
        "SP": "One or more members tell their story. Others listen.",
        "B": "Members read and talk about the Big Book, the basic text of Alcoholics Anonymous.",
        "ST": "Members read and talk about one of the Twelve Steps.",
        "TR": "Members read and talk about one of the Twelve Traditions, the principles that guide groups.",
        "12x12": "Members read from the book on the Twelve Steps and Twelve Traditions.",
        "BE": "A meeting meant for people who are new, with time to explain how meetings work and to answer questions.",
        "W": "For women.",
        "M": "For men.",
        "LGBTQ": "A meeting where lesbian, gay, bisexual, transgender and queer people are especially welcome.",
        "S": "Held in Spanish. Se habla español.",
        "X": "The place can be reached in a wheelchair.",
        "XB": "The bathroom can be used in a wheelchair.",
        "BA": "Someone looks after children during the meeting.",
        "CF": "Children may come with their parents.",
        "A": "A secular meeting: no prayers, and members describe recovery in their own terms.",
        "MED": "Time is set aside for quiet meditation.",
        "11": "Meditation and sharing on the Eleventh Step.",
        "Y": "Mostly young people, but anyone may come.",
        "SEN": "Mostly older people, but anyone may come.",
        "H": "Members mark their years in recovery, often with a cake.",
        "ASL": "An American Sign Language interpreter is there.",
        "FF": "Please do not wear perfume or scented products.",
        "DR": "Members read and talk about a daily reading.",
        "LIT": "Members read and talk about the fellowship's books.",
        "OUT": "Held outdoors when the weather allows.",
        "CAN": "Held by candlelight.",
        "POA": "A slip can be signed to show you came, for a court or a program.",
        "ABSI": "Members read and talk about a passage from the book As Bill Sees It.",
        "BRK": "Breakfast is part of the meeting.",
        "GR": "Members read and talk about a story from Grapevine, AA's magazine.",
        "AL": "An Alateen meeting for teenagers meets at the same time nearby.",
        "AL-AN": "An Al-Anon meeting for family and friends meets at the same time nearby.",
        "LS": "Members read and talk about the book Living Sober.",
        "G": "A meeting where gay men are especially welcome.",
        "L": "A meeting where lesbians are especially welcome.",
        "T": "A meeting where transgender people are especially welcome.",
        "BI": "A meeting where bisexual people are especially welcome.",
        "NB": "A meeting where non-binary people are especially welcome.",
        "POC": "A meeting where people of color are especially welcome.",
        "DD": "For people living with both addiction and a mental health condition.",
        "P": "For people who work in a profession, such as doctors or lawyers.",
        "SM": "Smoking is allowed at the meeting place.",
        "XT": "Members may respond to what others share.",
        "EN": "Held in English.",
    ]
}
