import Foundation

/// The regions of a directory's meetings as a tree, for pages by place. A level with a single
/// child is folded into its parent (a county with one town shows the town's neighbourhoods),
/// and a single top level is left out (a site whose every meeting is in one county lists its
/// towns).
struct MeetingRegionTree: Sendable, Hashable {
    struct Node: Sendable, Hashable {
        var name: String
        /// The region names from the top of the tree as the lists wrote them, folded levels
        /// included: the node's identity.
        var path: [String]
        /// The names of the nodes shown above it and its own: its address.
        var shownPath: [String] = []
        var children: [Node]
        /// Positions of the meetings in this region or below, in reading order.
        var meetings: [Int]
    }

    var top: [Node]
    /// Every node by its path, parents before children in `allNodes`.
    private(set) var allNodes: [Node] = []
    private var nodesByPath: [[String]: Node] = [:]

    init(meetings: [Meeting]) {
        var root = Node(name: "", path: [], children: [], meetings: [])
        for (index, meeting) in meetings.enumerated() where !meeting.regions.isEmpty {
            Self.insert(index, along: meeting.regions[...], into: &root)
        }
        root = Self.folded(root)
        // A single region above all the others says nothing; its children are the top.
        while root.children.count == 1, let only = root.children.first, !only.children.isEmpty {
            root.children = only.children
        }
        top = root.children.map { Self.named($0, under: []) }
        func visit(_ node: Node) {
            allNodes.append(node)
            nodesByPath[node.path] = node
            node.children.forEach(visit)
        }
        top.forEach(visit)
    }

    private static func named(_ node: Node, under parents: [String]) -> Node {
        var node = node
        node.shownPath = parents + [node.name]
        node.children = node.children.map { named($0, under: node.shownPath) }
        return node
    }

    private static func insert(_ index: Int, along path: ArraySlice<String>, into node: inout Node) {
        node.meetings.append(index)
        guard let name = path.first else { return }
        if let position = node.children.firstIndex(where: { $0.name == name }) {
            insert(index, along: path.dropFirst(), into: &node.children[position])
        } else {
            var child = Node(name: name, path: node.path + [name], children: [], meetings: [])
            insert(index, along: path.dropFirst(), into: &child)
            node.children.append(child)
        }
    }

    /// Children sorted by name; a node whose only child holds all its meetings takes that
    /// child's children.
    private static func folded(_ node: Node) -> Node {
        var node = node
        while node.children.count == 1, let only = node.children.first, only.meetings.count == node.meetings.count {
            node.children = only.children
        }
        node.children = node.children.map(folded).sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        return node
    }

    func node(at path: [String]) -> Node? { nodesByPath[path] }
}
