import Foundation

extension MeetingRecordReader {
    struct ReadTypes {
        /// Known kinds, in the table's order, each once.
        var known: [MeetingType]
        /// Every code read, attendance codes (ONL, TC) included.
        var codes: [String]
    }

    /// Types as a list, a comma string (`O, D`) or a bracketed string (`[O,D]`, `["O","D"]`), by
    /// code or by English label; unknown ones are left out with a suggestion.
    mutating func meetingTypes(of record: MeetingRecord, label: String) -> ReadTypes {
        guard let field = record["types"] else { return ReadTypes(known: [], codes: []) }
        var written: [(text: String, location: SourceLocation)] = []
        switch field.value {
        case .list(let items):
            for item in items {
                if let text = item.value.text {
                    written.append((text, item.location))
                } else if !item.value.isAbsent {
                    warn("\(label)each type must be a code such as O or D, found \(item.value.kindName); it is left out", at: item.location)
                }
            }
        case .text, .number:
            guard var text = field.value.text else { break }
            if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
            for piece in text.split(separator: ",") {
                let code = piece.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if !code.isEmpty { written.append((code, field.location)) }
            }
        case .null:
            break
        case .bool, .other:
            warn("\(label)'types' must be a list of codes such as [\"O\", \"D\"], found \(field.value.kindName); no types are read", at: field.location)
        }
        var codes: [String] = []
        for (text, location) in written {
            guard let code = types.lookUp(text) else {
                warn("\(label)unknown meeting type '\(text)'; it is left out\(Suggestion.hint(for: text, in: types.suggestions))", at: location)
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        let known = types.types.filter { codes.contains($0.code) && !MeetingType.attendanceCodes.contains($0.code) }
        return ReadTypes(known: known, codes: codes)
    }

    /// `regions` (a list, or text with `>` between levels), else `region` and `sub_region`.
    mutating func regions(of record: MeetingRecord, label: String) -> [String] {
        if let field = record["regions"] {
            switch field.value {
            case .list(let items):
                return items.compactMap { $0.value.text }
            default:
                if let text = field.value.text {
                    return text.split(separator: ">").map { $0.trimmed }.filter { !$0.isEmpty }
                }
            }
        }
        return [text("region", of: record, label: label), text("sub_region", of: record, label: label)].compactMap { $0 }
    }

    /// The record's slug made safe for an address (`Sunday Serenity` is `sunday-serenity`), or
    /// one made from the name when it has none.
    mutating func slug(of record: MeetingRecord, name: String, label: String) -> String {
        guard let field = record["slug"], let written = field.value.text else {
            let made = Self.slugified(name)
            warn("\(label)it has no 'slug'; '\(made)' is used, but the Meeting Guide app needs a slug that stays the same", at: record["name"]?.location ?? record.location)
            return made
        }
        let safe = Self.slugified(written)
        if safe != written {
            warn("\(label)the slug '\(written)' is not safe in a web address; '\(safe)' is used", at: field.location)
        }
        return safe
    }

    /// Lowercase ASCII letters and digits, other runs as one `-`; "meeting" when nothing is left.
    static func slugified(_ text: String) -> String {
        if isSafeSlug(text) { return text }
        var slug = ""
        var pendingDash = false
        for scalar in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) || scalar == "_" {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        // Cut at 100 without leaving a dash at the end, so that the slug is already safe when
        // the published feed is read again.
        if slug.count > 100 { slug = String(slug.prefix(100)) }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "meeting" : slug
    }

    /// Lowercase ASCII letters, digits, `-` and `_`, not starting or ending with `-`, at most 100.
    static func isSafeSlug(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x2D, last != 0x2D, bytes.count <= 100 else { return false }
        var previousDash = false
        for byte in bytes {
            let isDash = byte == 0x2D
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || isDash, !(isDash && previousDash) else { return false }
            previousDash = isDash
        }
        return true
    }

    /// `hide`: `true` (everywhere), or where: `pages`, `feed`, `print`, one or a list.
    mutating func hideList(of record: MeetingRecord, label: String) -> Set<MeetingOutput> {
        guard let field = record["hide"] else { return [] }
        if case .bool(let flag) = field.value { return flag ? Set(MeetingOutput.allCases) : [] }
        var words: [(String, SourceLocation)] = []
        if case .list(let items) = field.value {
            words = items.compactMap { item in item.value.text.map { ($0, item.location) } }
        } else if let text = field.value.text {
            words = text.split(separator: ",").map { ($0.trimmed, field.location) }
        }
        var hidden: Set<MeetingOutput> = []
        for (word, location) in words {
            guard let outputs = MeetingOutput.outputs(named: word) else {
                warn("\(label)'hide' takes pages, feed or print, found '\(word)'; the meeting is hidden everywhere to be safe\(Suggestion.hint(for: word, in: MeetingOutput.allCases.map(\.rawValue)))", at: location)
                return Set(MeetingOutput.allCases)
            }
            hidden.formUnion(outputs)
        }
        return hidden
    }
}
