import Foundation
internal import Yams

extension CatalogLoader {
    static let groupKeys = [
        "id", "name", "abbreviation", "aliases", "type", "summary", "description", "website", "phone",
        "values", "related", "sources", "reviewed",
    ]

    /// A group with a valid id is kept even when other fields have errors, so that references
    /// to it do not add misleading "unknown group" errors; the build fails on the first ones.
    func readGroup(_ map: YAMLMap, catalog: Catalog, ids: inout IDRegistry, into diagnostics: inout [Diagnostic]) -> CatalogGroup? {
        let what = "this group"
        map.rejectUnknownKeys(allowing: Self.groupKeys, in: "a group", nested: ["values": catalog.dimensions.map(\.id)], into: &diagnostics)
        let id = map.id(in: what, into: &diagnostics)
        let name = map.localized("name", required: true, in: what, into: &diagnostics)
        let summary = map.localized("summary", required: true, in: what, into: &diagnostics)
        let typeID = map.string("type", required: true, in: what, into: &diagnostics)
        if let typeID, let node = map["type"], catalog.type(typeID) == nil {
            let hint = Suggestion.hint(for: typeID, in: catalog.types.map(\.id))
            diagnostics.append(map.source.error("unknown group type '\(typeID)'\(hint)", at: node))
        }
        var group = CatalogGroup(
            id: id ?? "", name: name ?? LocalizedText(""), aliases: [], typeID: typeID ?? "",
            summary: summary ?? LocalizedText(""), values: [:], relatedIDs: [], sources: [],
            location: map.source.location(of: map.node)
        )
        group.abbreviation = map.string("abbreviation", in: what, into: &diagnostics)
        group.aliases = map.stringList("aliases", into: &diagnostics)?.map(\.0) ?? []
        group.description = map.localized("description", in: what, into: &diagnostics)
        group.website = map.url("website", in: what, into: &diagnostics)
        group.phone = phoneNumber("phone", of: map, into: &diagnostics)
        group.relatedIDs = map.stringList("related", into: &diagnostics)?.map(\.0) ?? []
        group.reviewed = map.date("reviewed", into: &diagnostics)
        group.sources = readSources(map, into: &diagnostics)
        group.values = readValues(map, catalog: catalog, into: &diagnostics)
        guard let id, ids.register(id, kind: "group", at: map, into: &diagnostics) else { return nil }
        return group
    }

    private func readSources(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> [CatalogGroup.Source] {
        guard let node = map["sources"] else { return [] }
        guard let sequence = node.sequence else {
            diagnostics.append(map.source.error("'sources' must be a list of entries with 'title' and 'url'", at: node))
            return []
        }
        return sequence.compactMap { item in
            guard let source = YAMLMap(item, source: map.source, what: "a source", diagnostics: &diagnostics) else { return nil }
            source.rejectUnknownKeys(allowing: ["title", "url"], in: "a source", into: &diagnostics)
            let title = source.localized("title", required: true, in: "this source", into: &diagnostics)
            let url = source.url("url", required: true, in: "this source", into: &diagnostics)
            guard let title, let url else { return nil }
            return CatalogGroup.Source(title: title, url: url)
        }
    }

    /// `values:` maps dimension ids to a vocabulary id, a list of them, or free text.
    private func readValues(_ map: YAMLMap, catalog: Catalog, into diagnostics: inout [Diagnostic]) -> [String: CatalogGroup.DimensionValue] {
        guard let values = map.map("values", into: &diagnostics) else { return [:] }
        var result: [String: CatalogGroup.DimensionValue] = [:]
        for (keyNode, valueNode) in values.mapping {
            let key = keyNode.string ?? ""
            guard let dimension = catalog.dimension(key) else {
                let hint = Suggestion.hint(for: key, in: catalog.dimensions.map(\.id))
                diagnostics.append(map.source.error("unknown dimension '\(key)'\(hint)", at: keyNode))
                continue
            }
            guard let vocabulary = dimension.values else {
                if let text = YAMLMap.localized(valueNode, key: key, source: map.source, into: &diagnostics),
                   !text.translations.values.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    result[key] = .text(text)
                }
                continue
            }
            var items: [Node] = []
            if let sequence = valueNode.sequence {
                guard dimension.allowsMultiple else {
                    diagnostics.append(map.source.error("'\(key)' takes one value, not a list (set 'multiple: true' on the dimension to allow several)", at: valueNode))
                    continue
                }
                items = Array(sequence)
            } else {
                items = [valueNode]
            }
            var ids: [String] = []
            for item in items {
                guard let valueID = item.scalar?.string else {
                    diagnostics.append(map.source.error("each value of '\(key)' must be a value id, found \(item.kindName)", at: item))
                    continue
                }
                guard dimension.value(valueID) != nil else {
                    let hint = Suggestion.hint(for: valueID, in: vocabulary.map(\.id))
                    diagnostics.append(map.source.error("unknown value '\(valueID)' for '\(key)'\(hint)", at: item))
                    continue
                }
                ids.append(valueID)
            }
            if !ids.isEmpty { result[key] = .vocabulary(ids) }
        }
        return result
    }

    /// `related:` must name other groups of the catalog.
    func checkRelatedGroups(_ maps: [YAMLMap], catalog: Catalog, into diagnostics: inout [Diagnostic]) {
        // Thousands of groups each name a few: a set answers each in constant time, and the
        // suggestions are indexed once, on the first unknown name.
        let known = Set(catalog.groups.map(\.id))
        var suggestions: SuggestionIndex?
        for map in maps {
            guard let related = map["related"]?.sequence else { continue }
            let own = map["id"]?.string
            for item in related {
                guard let id = item.scalar?.string else { continue }
                if id == own {
                    diagnostics.append(map.source.error("a group cannot be related to itself", at: item))
                } else if !known.contains(id) {
                    if suggestions == nil { suggestions = SuggestionIndex(known) }
                    let hint = suggestions?.hint(for: id) ?? ""
                    diagnostics.append(map.source.error("unknown group '\(id)' in 'related'\(hint)", at: item))
                }
            }
        }
    }
}
