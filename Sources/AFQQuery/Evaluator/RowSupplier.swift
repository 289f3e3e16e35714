/// What a pipeline's source (`connectors`) reads from: the bundled sample, recorded files or live data.
///
/// The checked pipeline tells the supplier which top-level keys it reads (`demand`), so a supplier
/// may skip the rest of each record at byte level; it must still yield every row, in order.
public protocol RowSupplier: Sendable {
    /// The rows' shape: the model's schema widened with the extra keys present in the data.
    var schema: Schema { get }
    /// The schema known without reading any row (see the extension below).
    var declaredSchema: Schema { get }
    /// `schema`, or the error that reading the data for it ran into.
    func readSchema() throws -> Schema
    /// Calls `body` for each row in order until it returns false.
    func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws
}

/// The top-level keys of a row that a pipeline can read; `all` when it needs whole rows
/// (`select *`, `$it`, output of the rows themselves).
public struct FieldDemand: Sendable, Hashable {
    public var keys: Set<String>?

    public init(keys: Set<String>?) {
        self.keys = keys
    }

    public static let all = FieldDemand(keys: nil)

    public func includes(_ key: String) -> Bool {
        keys?.contains(key) ?? true
    }
}

extension RowSupplier {
    /// The schema known without reading any row: what a supplier that reads lazily can check a
    /// pipeline against first. It must never accept a field that `schema` would reject; a query
    /// it rejects is checked again against `schema` (see `Query.check`).
    public var declaredSchema: Schema { schema }

    public func readSchema() throws -> Schema { schema }
}
