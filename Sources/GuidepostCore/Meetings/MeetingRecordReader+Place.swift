import Foundation

extension MeetingRecordReader {
    struct Place {
        var attendance: MeetingAttendance
        var location: MeetingLocation?
        var conference: MeetingConference?
    }

    /// Where and how a meeting is attended, derived as TSML UI does: in person at a specific
    /// address (not approximate, not temporarily closed), online with a join link or phone,
    /// hybrid with both. Nil (after a warning) when a reader could not get there either way.
    mutating func place(of record: MeetingRecord, codes: Set<String>, label: String) -> Place? {
        let location = location(of: record, label: label)
        let conference = conference(of: record, label: label)
        let closed = codes.contains(MeetingType.temporarilyClosed)
        let inPerson = location.map { !$0.approximate && $0.oneLine != nil } ?? false
        let online = conference != nil
        let anchor = record["address"]?.location ?? record["formatted_address"]?.location ?? record["name"]?.location ?? record.location
        if codes.contains(MeetingType.online), !online {
            warn("\(label)it is marked online (ONL) but has no 'conference_url' or 'conference_phone'\(inPerson && !closed ? "; it is listed as in person" : "")", at: record["types"]?.location ?? anchor)
        }
        switch (inPerson && !closed, online) {
        case (true, true):
            return Place(attendance: .hybrid, location: location, conference: conference)
        case (true, false):
            checkCity(of: location, in: record, label: label)
            return Place(attendance: .inPerson, location: location, conference: nil)
        case (false, true):
            if let name = location?.name, location?.oneLine == nil, !Self.soundsOnline(name) {
                warn("\(label)it names a place ('\(name)') but has no address; it is listed as online only", at: record["location"]?.location ?? anchor)
            }
            return Place(attendance: .online, location: location, conference: conference)
        case (false, false):
            if closed {
                warn("\(label)its location is temporarily closed (TC) and it has no 'conference_url' or 'conference_phone'; it is skipped", at: record["types"]?.location ?? anchor)
            } else if location?.approximate == true, location?.oneLine != nil {
                warn("\(label)its address is approximate and it has no 'conference_url' or 'conference_phone', so a reader could not get there; it is skipped", at: anchor)
            } else if location?.name != nil {
                warn("\(label)it is in person but has no address ('address' or 'formatted_address'); it is skipped", at: record["location"]?.location ?? anchor)
            } else {
                warn("\(label)it has no address and no 'conference_url' or 'conference_phone'; it is skipped", at: anchor)
            }
            return nil
        }
    }

    private mutating func location(of record: MeetingRecord, label: String) -> MeetingLocation? {
        var location = MeetingLocation(
            name: text("location", of: record, label: label),
            address: text("address", of: record, label: label),
            city: text("city", of: record, label: label),
            state: text("state", of: record, label: label),
            postalCode: text("postal_code", of: record, label: label),
            country: text("country", of: record, label: label),
            formattedAddress: text("formatted_address", of: record, label: label),
            notes: text("location_notes", of: record, label: label),
            latitude: coordinate("latitude", of: record, range: -90...90, label: label),
            longitude: coordinate("longitude", of: record, range: -180...180, label: label)
        )
        if (location.latitude == nil) != (location.longitude == nil) {
            // A point needs both; the feed writes them as a pair.
            let given = location.latitude == nil ? "longitude" : "latitude"
            if let field = record[given] {
                warn("\(label)'\(given)' is left out: a place needs both 'latitude' and 'longitude'", at: field.location)
            }
            location.latitude = nil
            location.longitude = nil
        }
        location.approximate = approximate(location, record: record, label: label)
        let empty = location.name == nil && location.oneLine == nil && location.notes == nil
        return empty ? nil : location
    }

    /// `approximate` as written ("yes"/"no", true/false); else a place with coordinates or a
    /// street address is exact, and one that is only a town or region is approximate.
    private mutating func approximate(_ location: MeetingLocation, record: MeetingRecord, label: String) -> Bool {
        if let field = record["approximate"], !field.value.isAbsent {
            switch field.value {
            case .bool(let flag): return flag
            default:
                switch field.value.text?.lowercased() {
                case "yes", "true", "1": return true
                case "no", "false", "0": return false
                default:
                    warn("\(label)'approximate' must be \"yes\" or \"no\", found \(field.value.text.map { "'\($0)'" } ?? field.value.kindName); it is worked out from the address", at: field.location)
                }
            }
        }
        if location.latitude != nil, location.longitude != nil { return false }
        if location.address != nil { return false }
        guard let whole = location.formattedAddress else { return true }
        let parts = whole.split(separator: ",")
        let firstHasNumber = parts.first?.contains(where: \.isNumber) ?? false
        return !(firstHasNumber || parts.count >= 4)
    }

    private mutating func coordinate(_ key: String, of record: MeetingRecord, range: ClosedRange<Double>, label: String) -> String? {
        guard let field = record[key], let text = field.value.text else { return nil }
        guard let value = Double(text), range.contains(value) else {
            warn("\(label)'\(key)' must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)), found '\(text)'; it is left out", at: field.location)
            return nil
        }
        // Written as JSON writes a number, whatever the list wrote ("06.5", ".5", "0x1p3", "+5"):
        // the published feed must read back.
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private mutating func conference(of record: MeetingRecord, label: String) -> MeetingConference? {
        var url = text("conference_url", of: record, label: label)
        if let written = url, let field = record["conference_url"] {
            if let problem = SafeURL.webAddressProblem(written) {
                warn("\(label)'conference_url' must be an http or https address, found '\(SafeURL.shown(written))' (\(problem)); it is left out", at: field.location)
                url = nil
            } else if let parameter = Self.passwordParameter(in: written) {
                warn("\(label)'conference_url' carries a password ('\(parameter)='); anyone who reads the page can join with it. If the group did not mean to publish it, remove it from the list", at: field.location)
            }
        }
        var phone = text("conference_phone", of: record, label: label)
        if let written = phone, let field = record["conference_phone"], !written.contains(where: \.isNumber) {
            warn("\(label)'conference_phone' must be a phone number such as +1-555-0100,,123456#, found '\(written)'; it is left out", at: field.location)
            phone = nil
        }
        guard url != nil || phone != nil else { return nil }
        return MeetingConference(
            url: url, urlNotes: url == nil ? nil : text("conference_url_notes", of: record, label: label),
            phone: phone, phoneNotes: phone == nil ? nil : text("conference_phone_notes", of: record, label: label)
        )
    }

    /// The query parameter of a join link that holds a password (`pwd`, `passcode`...), if any.
    static func passwordParameter(in url: String) -> String? {
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(whereSeparator: { $0 == "&" || $0 == ";" }) {
            let name = pair.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            if ["pwd", "password", "passcode", "pass", "pw", "p"].contains(name) { return name }
        }
        return nil
    }

    /// An address with a street but no town: no `city`, no `formatted_address`, no comma.
    private mutating func checkCity(of location: MeetingLocation?, in record: MeetingRecord, label: String) {
        guard let location, location.formattedAddress == nil, location.city == nil,
              let address = location.address, !address.contains(","), let field = record["address"] else { return }
        warn("\(label)the address '\(address)' has no town or city; add 'city' (or the whole address in 'formatted_address') so that directions find it", at: field.location)
    }

    /// Place names that online meetings use: "Online", "Zoom", "Virtual".
    static func soundsOnline(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["online", "zoom", "virtual", "phone", "internet", "web"].contains { lower.contains($0) }
    }
}
