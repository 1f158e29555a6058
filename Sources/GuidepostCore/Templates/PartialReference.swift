/// A `{{> name}}` or `{{< name}}` tag found in a template's text.
struct PartialReference: Sendable, Hashable {
    var name: String
    var line: Int
    var column: Int
    /// `{{>*name}}`: the partial's name is a value of the context, known only when rendering.
    var isDynamic = false
    /// `{{< name}}`: the template inherits from the partial, giving it blocks.
    var inherits = false
    /// How many sections, blocks and `{{<parent}}` tags are open around the tag.
    var nesting = 0
    /// The parents of the `{{<parent}}` tags around the tag: a block given to a parent is
    /// rendered inside that parent, deeper than the tag's own nesting shows.
    var parents: [String] = []
}
