/// Finds what looks like a person's full name in a note ("call Mary Johnson"), which breaks the
/// anonymity rule of meeting lists: first names and last initials only.
///
/// A guess, on purpose cautious: a common first name followed by a capitalised word that is not
/// a place, a building or a recovery term. "Bill W.", "Dr. Bob" and "Grace Church" pass.
enum FullNameFinder {
    static func firstFullName(in text: String) -> String? {
        // Words are runs of letters, apostrophes, hyphens and full stops, read as UTF-8 bytes
        // (any byte of a multi-byte character counts as a letter); only capitalised ones become
        // strings, so a note without a first name costs one pass over its bytes.
        let bytes = Array(text.utf8)
        var words: [(start: Int, end: Int)] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            words.append((start, index))
        }
        guard words.count >= 2 else { return nil }
        func word(_ range: (start: Int, end: Int), trimming: Set<UInt8>) -> String? {
            var start = range.start, end = range.end
            while start < end, trimming.contains(bytes[start]) { start += 1 }
            while end > start, trimming.contains(bytes[end - 1]) { end -= 1 }
            guard start < end else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        for position in 0..<(words.count - 1) {
            let firstByte = bytes[words[position].start]
            guard firstByte >= 0x41, firstByte <= 0x5A else { continue }
            guard let first = word(words[position], trimming: [0x2E]), firstNames.contains(first) else { continue }
            let next = words[position + 1]
            let nextFirst = bytes[next.start]
            // "Bill W." keeps the rule: an initial, not a surname.
            guard nextFirst >= 0x41, nextFirst <= 0x5A, bytes[next.end - 1] != 0x2E,
                  let surname = word(next, trimming: [0x27, 0x2D]), surname.count >= 2,
                  surname.dropFirst().contains(where: \.isLowercase) else { continue }
            guard !notSurnames.contains(surname.lowercased()), !firstNames.contains(surname) else { continue }
            return "\(first) \(surname)"
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 || byte == 0x27 || byte == 0x2D || byte == 0x2E
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
