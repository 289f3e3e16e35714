import AFQQuery

/// What of a recorded document a query needs: the members that make its shape (responses,
/// provenance, recordings: `RecordedShape.wrapperMembers`) as that table says, and of each
/// connector row only the top-level keys the checked pipeline reads (`FieldDemand`) plus the few
/// that loading itself uses:
/// `connectorArn` when asked for (provenance when a recording does not say: `StreamReading`
/// reads without it first, and reads a piece again with it when a row needed it) and the
/// timestamp fields (converted and warned about exactly as a full read does). `connectorType`
/// and `connectorLabel`, which match summaries to full rows, are not among them: data with
/// summaries is answered by a full read (`RecordedStream.wholeData`), and a map entry's type is
/// added from its key whether the entry was read with one or not.
///
/// Why this scan is separate from `RecordedShape`: a projection is decided before the bytes are
/// parsed, while recognition needs the parsed object, and building only what a query reads is
/// what makes a 100k-connector file fast (docs/performance.md). So it takes the members, and how
/// each holds rows, from `RecordedShape`'s table rather than naming them again.
///
/// Why this is exact: rows are only cut down when the pipeline never shows a whole row (the
/// checker asks for `.all` otherwise), so keys left out are never looked at. Members the shape
/// recognition looks at are always read. A wrapper member the query also reads as a row key
/// (a bare configuration with a key named `response`, say) is read in full.
enum RowProjection {
    /// Keys every row keeps, whatever the query reads.
    static let provenanceKeys: Set<String> = ["connectorArn"]

    /// The projection for top-level values of a document (lines, array elements, stream values);
    /// with `readsARN`, rows keep their ARN for provenance whether the query reads it or not.
    static func document(demand: FieldDemand, modelSchema: Schema, readsARN: Bool = true) -> JSONProjection? {
        guard let demanded = demand.keys else { return nil }
        let loadingKeys = readsARN ? provenanceKeys : []
        var rowKeys = demanded.union(loadingKeys)
        var wholeKeys = loadingKeys
        /// Timestamp fields the query does not read: loading only converts them and warns about
        /// values that are not timestamps, and a number or null is never one of those.
        var warnOnlyKeys: Set<String> = []
        for field in modelSchema.row.fields where !TimestampPaths(type: field.type).isEmpty {
            rowKeys.insert(field.name)
            wholeKeys.insert(field.name)
            if !demanded.contains(field.name), case .timestamp = field.type { warnOnlyKeys.insert(field.name) }
        }
        // A key the query reads only in part (`authenticationConfig.isOAuth2Supported`), or only
        // tests for strings, is built only in part; the keys loading itself looks at are always
        // built whole.
        func projection(of key: String) -> JSONProjection? {
            wholeKeys.contains(key) ? nil : part(key, of: demand)
        }
        let row = JSONProjection(otherMembers: .skip)
        for key in rowKeys { row.read(key, with: projection(of: key), unlessNumberOrNull: warnOnlyKeys.contains(key)) }
        let configurationMap = JSONProjection(otherMembers: .project(row))
        let summaryList = JSONProjection(otherMembers: .skip, elements: row)

        /// A response, or anything that may turn out to be a bare configuration: unknown members
        /// stay as `null` placeholders so the shape is recognised by its keys as before.
        func wrapper(response: JSONProjection?) -> JSONProjection {
            let wrapped = JSONProjection(otherMembers: .placeholder)
            for key in rowKeys { wrapped.read(key, with: projection(of: key)) }
            for (key, holding) in RecordedShape.wrapperMembers where !demanded.contains(key) {
                switch holding {
                case .row: wrapped.read(key, with: row)
                case .rowsByConnectorType: wrapped.read(key, with: configurationMap)
                case .summaries: wrapped.read(key, with: summaryList)
                case .response: wrapped.read(key, with: response)
                case .whole: wrapped.read(key, with: nil)
                }
            }
            return wrapped
        }
        // A recording's response holds a response, never another recording: one level suffices.
        let document = wrapper(response: wrapper(response: nil))
        // An array of documents is read like a document, element by element, at any depth.
        document.readsElementsAlike = true
        return document
    }

    /// A value of which only `demand` is read: those members of an object, or of each object in
    /// a list (paths map over lists, docs/language.md, "Fields and paths"); scalars are read as
    /// they are, and lists only tested for strings keep only those strings (`FieldDemand.keptTexts`).
    static func partial(_ demand: FieldDemand) -> JSONProjection {
        let projection = JSONProjection(otherMembers: .skip)
        for key in demand.keys ?? [] {
            projection.read(key, with: part(key, of: demand))
        }
        projection.readsElementsAlike = true
        return projection
    }

    /// How `demand` reads `key`: in part, only for texts, or in full (nil).
    private static func part(_ key: String, of demand: FieldDemand) -> JSONProjection? {
        demand.subkeys[key].map(partial) ?? demand.keptTexts[key].map(JSONProjection.keeping(texts:))
    }
}
