import Foundation
internal import Yams

/// Reads the group catalog: `Content/catalog.yml`, and/or every `.yml` file under
/// `Content/catalog/`, and checks that it is consistent.
///
/// Each file may hold any of the top-level lists; they are merged in file order. Every problem
/// is reported at its line and column; references (a group's type, its related groups, its
/// dimension values, a comparison's rows and columns) are checked once everything is read.
struct CatalogLoader {
    static let topLevelKeys = ["dimensions", "types", "groups", "comparisons", "help_lines", "default_columns"]
    static let singleFileName = "catalog.yml"
    static let folderName = "catalog"

    var contentFolder: URL
    var displayFolder: String

    /// The catalog's files, relative to the content folder, in reading order; folders of the
    /// catalog that cannot be read are added to `problems`.
    func filePaths(problems: inout [Diagnostic]) -> [String] {
        var paths: [String] = []
        if FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(Self.singleFileName).path) {
            paths.append(Self.singleFileName)
        }
        let listing = DirectoryWalker(root: contentFolder.appendingPathComponent(Self.folderName)).listing()
            .keeping { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
        problems += listing.problems(displayFolder: "\(displayFolder)/\(Self.folderName)")
        paths += listing.files.map { "\(Self.folderName)/\($0)" }
        return paths
    }

    /// Entries of one top-level list, with the file they came from.
    struct Entries {
        var dimensions: [YAMLMap] = []
        var types: [YAMLMap] = []
        var groups: [YAMLMap] = []
        var comparisons: [YAMLMap] = []
        var helpLines: [YAMLMap] = []
        /// The files' maps that give `default_columns`, in reading order.
        var defaultColumns: [YAMLMap] = []
    }

    func load(into diagnostics: inout [Diagnostic]) -> Catalog {
        var entries = Entries()
        for path in filePaths(problems: &diagnostics) {
            read(path, into: &entries, diagnostics: &diagnostics)
        }
        // Each kind has its own ids: a group and a type may share one, as their pages differ.
        var catalog = Catalog()
        var dimensionIDs = IDRegistry(), typeIDs = IDRegistry(), groupIDs = IDRegistry()
        var comparisonIDs = IDRegistry(), helpLineIDs = IDRegistry()
        catalog.dimensions = entries.dimensions.compactMap { readDimension($0, ids: &dimensionIDs, into: &diagnostics) }
        catalog.types = entries.types.compactMap { readType($0, ids: &typeIDs, into: &diagnostics) }
        catalog.groups = entries.groups.compactMap { readGroup($0, catalog: catalog, ids: &groupIDs, into: &diagnostics) }
        checkRelatedGroups(entries.groups, catalog: catalog, into: &diagnostics)
        let parser = ComparisonParser(catalog: catalog)
        catalog.comparisons = entries.comparisons.compactMap { map in
            guard let id = map.id(in: "this comparison", into: &diagnostics) else { return nil }
            guard comparisonIDs.register(id, kind: "comparison", at: map, into: &diagnostics) else { return nil }
            return parser.parse(map, id: id, into: &diagnostics)
        }
        catalog.helpLines = entries.helpLines.compactMap { readHelpLine($0, ids: &helpLineIDs, into: &diagnostics) }
        catalog.defaultColumns = readDefaultColumns(entries.defaultColumns, catalog: catalog, into: &diagnostics)
        return catalog
    }

    // MARK: - Files

    private func read(_ path: String, into entries: inout Entries, diagnostics: inout [Diagnostic]) {
        let display = "\(displayFolder)/\(path)"
        let file: SourceFile
        switch SourceFile.read(contentFolder.appendingPathComponent(path), relativePath: path, displayPath: display) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return
        case .success(let read):
            file = read
        }
        let source = YAMLSource(path: display, yaml: file.text)
        guard let map = source.rootMap(what: "a catalog file", emptyMessage: nil, into: &diagnostics) else { return }
        map.rejectUnknownKeys(allowing: Self.topLevelKeys, in: "the catalog", into: &diagnostics)
        entries.dimensions += list("dimensions", of: map, into: &diagnostics)
        entries.types += list("types", of: map, into: &diagnostics)
        entries.groups += list("groups", of: map, into: &diagnostics)
        entries.comparisons += list("comparisons", of: map, into: &diagnostics)
        entries.helpLines += list("help_lines", of: map, into: &diagnostics)
        if map["default_columns"] != nil { entries.defaultColumns.append(map) }
    }

    private func list(_ key: String, of map: YAMLMap, into diagnostics: inout [Diagnostic]) -> [YAMLMap] {
        guard let node = map[key] else { return [] }
        guard let sequence = node.sequence else {
            diagnostics.append(map.source.error("'\(key)' must be a list of entries, each starting with '- id:'", at: node))
            return []
        }
        return sequence.compactMap { YAMLMap($0, source: map.source, what: "an entry of '\(key)'", diagnostics: &diagnostics) }
    }

    // MARK: - Dimensions, types, help lines

    private func readDimension(_ map: YAMLMap, ids: inout IDRegistry, into diagnostics: inout [Diagnostic]) -> CatalogDimension? {
        let what = "this dimension"
        map.rejectUnknownKeys(allowing: ["id", "label", "description", "multiple", "values"], in: "a dimension", into: &diagnostics)
        let id = map.id(in: what, into: &diagnostics)
        let label = map.localized("label", required: true, in: what, into: &diagnostics)
        let description = map.localized("description", in: what, into: &diagnostics)
        let multiple = map.bool("multiple", into: &diagnostics) ?? false
        var values: [CatalogDimension.Value]?
        if let node = map["values"] {
            if let sequence = node.sequence {
                var valueIDs = IDRegistry()
                values = sequence.compactMap { item -> CatalogDimension.Value? in
                    guard let value = YAMLMap(item, source: map.source, what: "a value", diagnostics: &diagnostics) else { return nil }
                    value.rejectUnknownKeys(allowing: ["id", "label", "description"], in: "a value", into: &diagnostics)
                    let valueID = value.id(in: "this value", into: &diagnostics)
                    let valueLabel = value.localized("label", required: true, in: "this value", into: &diagnostics)
                    let valueDescription = value.localized("description", in: "this value", into: &diagnostics)
                    guard let valueID, let valueLabel, valueIDs.register(valueID, kind: "value", at: value, into: &diagnostics) else { return nil }
                    return CatalogDimension.Value(id: valueID, label: valueLabel, description: valueDescription)
                }
            } else {
                diagnostics.append(map.source.error("'values' must be a list of values, each with an 'id' and a 'label'", at: node))
            }
        }
        if let id, Comparison.groupColumns.contains(id), let node = map["id"] {
            diagnostics.append(map.source.error("'\(id)' is the name of a built-in column; give this dimension another id", at: node))
            return nil
        }
        guard let id, let label, ids.register(id, kind: "dimension", at: map, into: &diagnostics) else { return nil }
        return CatalogDimension(id: id, label: label, description: description, allowsMultiple: multiple, values: values, location: map.source.location(of: map.node))
    }

    private func readType(_ map: YAMLMap, ids: inout IDRegistry, into diagnostics: inout [Diagnostic]) -> CatalogGroupType? {
        let what = "this group type"
        map.rejectUnknownKeys(allowing: ["id", "name", "summary", "description"], in: "a group type", into: &diagnostics)
        let id = map.id(in: what, into: &diagnostics)
        let name = map.localized("name", required: true, in: what, into: &diagnostics)
        let summary = map.localized("summary", required: true, in: what, into: &diagnostics)
        let description = map.localized("description", in: what, into: &diagnostics)
        guard let id, let name, let summary, ids.register(id, kind: "type", at: map, into: &diagnostics) else { return nil }
        return CatalogGroupType(id: id, name: name, summary: summary, description: description, location: map.source.location(of: map.node))
    }

    private func readHelpLine(_ map: YAMLMap, ids: inout IDRegistry, into diagnostics: inout [Diagnostic]) -> HelpLine? {
        let what = "this help line"
        map.rejectUnknownKeys(
            allowing: ["id", "name", "description", "phone", "text", "tty", "chat", "hours", "languages", "verified"],
            in: "a help line", into: &diagnostics
        )
        let id = map.id(in: what, into: &diagnostics)
        let name = map.localized("name", required: true, in: what, into: &diagnostics)
        var line = HelpLine(id: id ?? "", name: name ?? LocalizedText(""), languages: [], location: map.source.location(of: map.node))
        line.description = map.localized("description", in: what, into: &diagnostics)
        line.phone = phoneNumber("phone", of: map, into: &diagnostics)
        line.text = phoneNumber("text", of: map, into: &diagnostics)
        line.tty = phoneNumber("tty", of: map, into: &diagnostics)
        line.chat = map.url("chat", in: what, into: &diagnostics)
        line.hours = map.localized("hours", in: what, into: &diagnostics)
        line.languages = map.localizedList("languages", into: &diagnostics) ?? []
        line.verified = map.date("verified", into: &diagnostics)
        guard let id, name != nil, ids.register(id, kind: "help line", at: map, into: &diagnostics) else { return nil }
        if line.phone == nil, line.text == nil, line.chat == nil {
            diagnostics.append(map.source.error("help line '\(id)' needs at least one of 'phone', 'text' or 'chat'", at: map.node))
            return nil
        }
        return line
    }

    /// A number as dialled: digits, spaces, `+`, `-`, `(`, `)` and `.`.
    func phoneNumber(_ key: String, of map: YAMLMap, into diagnostics: inout [Diagnostic]) -> String? {
        guard let number = map.string(key, in: "this entry", into: &diagnostics), let node = map[key] else { return nil }
        let allowed = number.allSatisfy { $0.isASCII && ($0.isNumber || " +-().".contains($0)) }
        guard allowed, number.contains(where: \.isNumber) else {
            diagnostics.append(map.source.error("'\(key)' must be a phone number such as 1-800-662-4357, found '\(number)'", at: node))
            return nil
        }
        return number
    }
}
