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

/// The keys of a row that a pipeline can read; `all` when it needs whole rows (`select *`,
/// `$it`, output of the rows themselves). A key with an entry in `subkeys` is needed only in
/// part: `where authenticationConfig.isOAuth2Supported` needs one member of that record (or of
/// each record in a list), so a reader may skip the rest of it too.
public struct FieldDemand: Sendable, Hashable {
    public var keys: Set<String>?
    /// For keys needed in part, what of their value is needed; keys not here are needed whole.
    public var subkeys: [String: FieldDemand]
    /// Keys needed whole but read only by membership tests against string literals (`where
    /// supportedOperators contains "BETWEEN"`, `"UPSERT" in supportedWriteOperations`), with the
    /// texts they are tested for. A reader may leave out every element of a list there that is not
    /// a string with the same code points as one of them: no such element can make a test true
    /// (docs/language.md, "Operators": a list holds an element equal to the string; a timestamp
    /// never sits at these keys, `RowProjection`), so every test answers the same. Readers that
    /// ignore this keep the whole value, which is always allowed.
    public var keptTexts: [String: Set<String>]

    public init(keys: Set<String>?, subkeys: [String: FieldDemand] = [:], keptTexts: [String: Set<String>] = [:]) {
        self.keys = keys
        self.subkeys = subkeys
        self.keptTexts = keptTexts
    }

    public static let all = FieldDemand(keys: nil)

    public func includes(_ key: String) -> Bool {
        keys?.contains(key) ?? true
    }

    /// The demand the paths a pipeline reads make: a path that stops at a key needs all of it,
    /// unless every read of it is one of `membershipTests` (see `keptTexts`).
    /// A path longer than `deepestPath` keys (a generated chain of `.name`s) is needed whole from
    /// its key at that depth: the demand is a tree that readers and this type walk by recursion.
    public init(paths: [[String]], membershipTests: [(path: [String], text: String)] = []) {
        var root = DemandTree()
        for path in paths { root.insert(path.prefix(FieldDemand.deepestPath)) }
        for test in membershipTests {
            if test.path.count > FieldDemand.deepestPath {
                root.insert(test.path.prefix(FieldDemand.deepestPath))
            } else {
                root.insert(test.path[...], testedFor: test.text)
            }
        }
        self = root.demand
    }

    /// The most keys of a path the demand follows (`init(paths:membershipTests:)`).
    public static let deepestPath = 64
}

/// Paths merged into a tree, for `FieldDemand(paths:membershipTests:)`.
private struct DemandTree {
    var whole = false
    /// Texts the value here is tested for by membership tests, the only reads of it unless
    /// `whole` or `children` say otherwise.
    var testedTexts: Set<String> = []
    var children: [String: DemandTree] = [:]

    mutating func insert(_ path: ArraySlice<String>, testedFor text: String? = nil) {
        guard let first = path.first else {
            if let text { testedTexts.insert(text) } else { whole = true }
            return
        }
        children[first, default: DemandTree()].insert(path.dropFirst(), testedFor: text)
    }

    /// A key read in part keeps its part even when it is also tested for texts: a partial read
    /// cuts only records, and a record never equals a string.
    var demand: FieldDemand {
        var subkeys: [String: FieldDemand] = [:]
        var keptTexts: [String: Set<String>] = [:]
        for (key, child) in children where !child.whole {
            if !child.children.isEmpty {
                subkeys[key] = child.demand
            } else {
                keptTexts[key] = child.testedTexts
            }
        }
        return FieldDemand(keys: Set(children.keys), subkeys: subkeys, keptTexts: keptTexts)
    }
}

extension RowSupplier {
    /// The schema known without reading any row: what a supplier that reads lazily can check a
    /// pipeline against first. It must never accept a field that `schema` would reject; a query
    /// it rejects is checked again against `schema` (see `Query.check`).
    public var declaredSchema: Schema { schema }

    public func readSchema() throws -> Schema { schema }
}
