/// Finds what looks like a person's full name in a note ("call Mary Johnson"), which breaks the
/// anonymity rule of meeting lists: first names and last initials only.
///
/// A guess, on purpose cautious: a common first name followed by a capitalised word that is not
/// a place, a building or a recovery term. "Bill W.", "Dr. Bob" and "Grace Church" pass.
enum FullNameFinder {
    static func firstFullName(in text: String) -> String? {
        let words = text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "-" || $0 == ".") })
        guard words.count >= 2 else { return nil }
        for index in 0..<(words.count - 1) {
            let first = words[index].trimmingCharacters(in: ["."])
            guard firstNames.contains(first) else { continue }
            let second = words[index + 1]
            guard !second.hasSuffix("."), second.count >= 2, let initial = second.first, initial.isUppercase,
                  second.dropFirst().contains(where: \.isLowercase) else { continue }
            let bare = second.trimmingCharacters(in: ["'", "-"])
            guard !notSurnames.contains(bare.lowercased()), !firstNames.contains(bare) else { continue }
            return "\(first) \(bare)"
        }
        return nil
    }

    /// Common given names in the United States, in English and Spanish.
    static let firstNames: Set<String> = [
        "Aaron", "Adam", "Alan", "Albert", "Alex", "Alice", "Alicia", "Amanda", "Amy", "Ana", "Andrea", "Andrew",
        "Angela", "Anna", "Anne", "Anthony", "Antonio", "Barbara", "Ben", "Benjamin", "Betty", "Beth", "Bill",
        "Bob", "Brandon", "Brian", "Carlos", "Carmen", "Carol", "Catherine", "Charles", "Chris", "Christina",
        "Christopher", "Cindy", "Claudia", "Cynthia", "Dan", "Daniel", "David", "Deborah", "Debra", "Dennis",
        "Diana", "Diane", "Donald", "Donna", "Dorothy", "Doug", "Douglas", "Ed", "Edward", "Elena", "Elizabeth",
        "Emily", "Emma", "Eric", "Frank", "Gary", "George", "Gloria", "Greg", "Gregory", "Guadalupe", "Heather",
        "Helen", "Isabel", "Jack", "Jacob", "James", "Jane", "Janet", "Jason", "Javier", "Jean", "Jeff", "Jeffrey",
        "Jennifer", "Jerry", "Jessica", "Jim", "Joe", "John", "Jorge", "Jose", "José", "Joseph", "Joshua", "Juan",
        "Judy", "Julia", "Julie", "Justin", "Karen", "Kathleen", "Kathy", "Kelly", "Kenneth", "Kevin", "Kim",
        "Larry", "Laura", "Linda", "Lisa", "Luis", "Lupe", "Margaret", "Maria", "María", "Marie", "Mark",
        "Martha", "Mary", "Matt", "Matthew", "Melissa", "Michael", "Michelle", "Miguel", "Mike", "Nancy",
        "Nicole", "Pamela", "Patricia", "Patrick", "Paul", "Pedro", "Peter", "Rachel", "Ralph", "Raymond",
        "Rebecca", "Richard", "Rick", "Robert", "Roberto", "Ronald", "Rosa", "Ruth", "Ryan", "Sandra", "Sara",
        "Sarah", "Scott", "Sharon", "Shirley", "Sofia", "Stephanie", "Stephen", "Steve", "Steven", "Susan",
        "Teresa", "Thomas", "Tim", "Timothy", "Tom", "Tony", "Virginia", "Walter", "William", "Yolanda",
    ]

    /// Capitalised words that follow a first name without being a surname.
    static let notSurnames: Set<String> = [
        "street", "avenue", "ave", "road", "rd", "drive", "lane", "boulevard", "blvd", "way", "court", "place",
        "church", "chapel", "cathedral", "parish", "hall", "room", "center", "centre", "club", "house", "building",
        "library", "hospital", "school", "college", "university", "park", "community", "memorial", "methodist",
        "lutheran", "baptist", "presbyterian", "episcopal", "catholic", "group", "meeting", "meetings", "fellowship",
        "book", "big", "step", "steps", "tradition", "traditions", "anonymous", "recovery", "serenity", "hope",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "county", "city", "north",
        "south", "east", "west", "san", "santa", "saint", "st", "and", "or", "the", "y", "de", "del", "la", "el",
        "sees", "says", "said", "wrote", "writes", "speaks", "shares", "story", "chairs", "leads",
    ]
}

extension MeetingRecordReader {
    /// A warning for each note that seems to name a person in full.
    mutating func checkAnonymity(of record: MeetingRecord, keys: [String], label: String) {
        for key in keys {
            guard let field = record[key], let note = field.value.text, let name = FullNameFinder.firstFullName(in: note) else { continue }
            warn("\(label)'\(key)' seems to name a person in full ('\(name)'); meeting lists keep members anonymous, with first names and last initials only", at: field.location)
        }
    }
}
