import Foundation

extension MeetingRecordReader {
    /// The weekly times of a record, one per day; `[.byAppointment]` when it has neither day
    /// nor time; nil (after a warning) when it has one without the other or one cannot be read.
    mutating func schedules(of record: MeetingRecord, label: String) -> [MeetingSchedule]? {
        let dayField = record["day"].flatMap { $0.value.isAbsent ? nil : $0 }
        let timeField = record["time"].flatMap { $0.value.isAbsent ? nil : $0 }
        switch (dayField, timeField) {
        case (nil, nil):
            return [.byAppointment]
        case (nil, let time?):
            warn("\(label)it has a time but no 'day' (0 for Sunday to 6 for Saturday); it is skipped", at: time.location)
            return nil
        case (let day?, nil):
            warn("\(label)it has a day but no 'time' (such as 18:30); it is skipped", at: day.location)
            return nil
        case (let day?, let time?):
            guard let days = days(of: day, label: label), let start = localTime(time, key: "time", label: label) else { return nil }
            var end = start.adding(minutes: 60)
            var derived = true
            if let endField = record["end_time"], !endField.value.isAbsent {
                if let written = localTime(endField, key: "end_time", label: label, optional: true) {
                    if written == start {
                        warn("\(label)'end_time' is the same as 'time'; one hour is assumed", at: endField.location)
                    } else {
                        end = written
                        derived = false
                    }
                }
            }
            return days.map { .weekly(day: $0, start: start, end: end, endIsDerived: derived) }
        }
    }

    /// Days as a number, a name, a string of a number, or a list of those; duplicates once.
    private mutating func days(of field: MeetingRecord.Field, label: String) -> [Weekday]? {
        var items: [MeetingRecord.Field]
        if case .list(let list) = field.value {
            items = list
        } else if let text = field.value.text, text.contains(",") {
            items = text.split(separator: ",").map { MeetingRecord.Field(value: .text(String($0)), location: field.location) }
        } else {
            items = [field]
        }
        var days: [Weekday] = []
        for item in items {
            guard let text = item.value.text, let day = Weekday(reading: text) else {
                let shown = item.value.text.map { "'\($0)'" } ?? item.value.kindName
                warn("\(label)'day' must be 0 (Sunday) to 6 (Saturday) or a day's name, found \(shown); it is skipped", at: item.location)
                return nil
            }
            if !days.contains(day) { days.append(day) }
        }
        guard !days.isEmpty else { return nil }
        return days.sorted()
    }

    private mutating func localTime(_ field: MeetingRecord.Field, key: String, label: String, optional: Bool = false) -> LocalTime? {
        guard let text = field.value.text, let (time, form) = LocalTime.reading(text) else {
            let shown = field.value.text.map { "'\($0)'" } ?? field.value.kindName
            let outcome = optional ? "one hour after the start is assumed" : "it is skipped"
            warn("\(label)'\(key)' must be a time such as 18:30 or 6:30 PM, found \(shown); \(outcome)", at: field.location)
            return nil
        }
        if form == .twelveHour, !reportedTwelveHourTimes {
            reportedTwelveHourTimes = true
            warn("\(label)times in this list are written in 12-hour form ('\(text)'); they are read as \(time) and every other 12-hour time the same way, but the Meeting Guide format asks for 24-hour HH:MM", at: field.location)
        }
        return time
    }

    /// The record's IANA time zone, or the site's; an unknown name falls back to the site's.
    mutating func timeZone(of record: MeetingRecord, label: String) -> String {
        guard let field = record["timezone"], let name = field.value.text else { return siteTimeZone }
        guard MeetingTimeZones.isKnown(name) else {
            warn("\(label)'timezone' must be a time zone name such as America/Chicago, found '\(name)'; the site's \(siteTimeZone) is used\(Suggestion.hint(for: name, in: MeetingTimeZones.names))", at: field.location)
            return siteTimeZone
        }
        return name
    }

    /// `YYYY-MM-DD HH:MM:SS`; also read without the space (`2020-04-0416:50:58`), as a date
    /// alone, or in the US form some exports write (`8/4/2022 9:46:59 AM`).
    mutating func updated(of record: MeetingRecord, label: String) -> String? {
        guard let field = record["updated"], let text = field.value.text else { return nil }
        guard let stamp = Self.timestamp(text) else {
            warn("\(label)'updated' must be a date and time such as 2026-11-30 18:05:00, found '\(text)'; it is left out", at: field.location)
            return nil
        }
        return stamp
    }

    static func timestamp(_ text: String) -> String? {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if text.contains("/") {
            let parts = text.split(separator: " ", maxSplits: 1)
            let date = parts[0].split(separator: "/").compactMap { Int($0) }
            guard date.count == 3, (1...12).contains(date[0]), (1...31).contains(date[1]), (1900...2999).contains(date[2]) else { return nil }
            var clock = "00:00:00"
            if parts.count == 2 {
                guard let (time, _) = LocalTime.reading(String(parts[1])) else { return nil }
                let seconds = parts[1].split(separator: ":").count == 3 ? parts[1].split(separator: ":")[2].prefix(2) : "00"
                clock = "\(time):\(seconds)"
            }
            return "\(date[2])-\(two(date[0]))-\(two(date[1])) \(clock)"
        }
        let digits = Array(text.filter(\.isNumber))
        let characters = Array(text)
        guard characters.count >= 10, characters[4] == "-", characters[7] == "-", digits.count == 8 || digits.count == 14 else { return nil }
        let number = { (range: Range<Int>) in Int(String(digits[range])) ?? -1 }
        guard (1...12).contains(number(4..<6)), (1...31).contains(number(6..<8)) else { return nil }
        if digits.count == 14 {
            guard (0...23).contains(number(8..<10)), (0...59).contains(number(10..<12)), (0...60).contains(number(12..<14)) else { return nil }
        }
        var result = "\(String(digits[0..<4]))-\(String(digits[4..<6]))-\(String(digits[6..<8]))"
        result += digits.count == 14 ? " \(String(digits[8..<10])):\(String(digits[10..<12])):\(String(digits[12..<14]))" : " 00:00:00"
        return result
    }
}
