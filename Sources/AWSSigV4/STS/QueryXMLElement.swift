/// One element of a query-protocol response: its local name (any namespace prefix dropped),
/// its child elements in document order, and the character data directly inside it.
///
/// Attributes are read (and checked) but not kept: AWS query responses carry nothing in them
/// but the `xmlns` declaration.
struct QueryXMLElement: Sendable, Equatable {
    let name: String
    let children: [QueryXMLElement]
    /// Text and CDATA directly inside the element, entities decoded, in order.
    let text: String

    /// The first child with this local name.
    func child(_ name: String) -> QueryXMLElement? {
        children.first { $0.name == name }
    }

    /// The element reached by following first children with these names, e.g.
    /// `element(at: "AssumeRoleResult", "Credentials")`.
    func element(at path: String...) -> QueryXMLElement? {
        element(at: path)
    }

    func element(at path: [String]) -> QueryXMLElement? {
        var current = self
        for name in path {
            guard let next = current.child(name) else { return nil }
            current = next
        }
        return current
    }

    /// The text of the element at `path`, with surrounding white space removed (responses may
    /// be indented); `nil` when the element is missing or its text empty.
    func value(at path: String...) -> String? {
        guard let text = element(at: path)?.text.trimmingWhitespace(), !text.isEmpty else { return nil }
        return text
    }
}
