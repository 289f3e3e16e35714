/// Reads the XML that AWS query-protocol services such as STS answer with (AWS STS API
/// Reference, "Common Parameters" and each action's "Response Elements"; AWS General
/// Reference, "Query API requests").
///
/// A deliberately small subset of XML 1.0, read strictly: an optional byte order mark and
/// `<?xml …?>` declaration, elements with attributes (checked, then dropped), character data,
/// the five predefined entities, decimal and hexadecimal character references, CDATA sections,
/// comments and processing instructions. A document type declaration is refused, so no entity
/// can expand. Anything else, including text outside the root element, mismatched tags and
/// invalid UTF-8, is a `QueryXMLError`.
///
/// Bounded: the document is at most `maxBytes` long and elements nest at most `maxDepth`
/// deep; the reader keeps an explicit stack instead of recursing.
enum QueryXML {
    /// Deeper than any AWS query response (STS nests four levels).
    static let defaultMaxDepth = 32
    /// 1 MiB: an STS answer is a few kilobytes.
    static let defaultMaxBytes = 1 << 20
    /// Element and attribute names longer than this are refused.
    static let maxNameBytes = 256

    /// Parses a whole document and returns its root element.
    static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth, maxBytes: Int = defaultMaxBytes)
        throws(QueryXMLError) -> QueryXMLElement
    {
        guard bytes.count <= maxBytes else {
            throw QueryXMLError(offset: maxBytes, problem: "the document is longer than \(maxBytes) bytes")
        }
        var reader = QueryXMLReader(bytes: bytes, maxDepth: maxDepth)
        return try reader.document()
    }

    /// Parses UTF-8 text, for tests and callers that hold a `String`.
    static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(QueryXMLError) -> QueryXMLElement {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}
