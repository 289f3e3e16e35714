import AFQModel
import AFQQuery
import AFQEngine

/// The rows of the `changes` source (docs/changes.md): what is new, gone or different in the
/// current data against a baseline snapshot, one row per connector that is not the same on both
/// sides.
///
/// Neither side is held whole. The smaller side (by bytes, where known; else the baseline) is
/// read first into a table of identities, the hashes of the bytes the configurations were read
/// from and the top-level keys the query reads of `before` or `after`; the other side is then
/// streamed past it. Both are read on every core, as `connectors` reads them. Configurations
/// read from bytes are compared by digests (`ConfigurationDigest`) made from the bytes
/// (`DigestBuilder+Bytes.swift`): the streamed side's where they are read, unless a row's bytes
/// are its held counterpart's (then it is unchanged), the held side's afterwards, from their bytes
/// read again, only for the connectors whose bytes differ. Rows not read from bytes are digested
/// from their values. Only the changes are collected, then handed out in a fixed order: `added`
/// and `changed` in the current data's order, then `removed` in the baseline's.
public final class ConnectorChanges: RowSupplier, @unchecked Sendable {
    let current: any RowSupplier
    let baseline: any RowSupplier
    /// The current data is the side held in the table (it is the smaller).
    let holdsCurrent: Bool
    private let setPaths: Set<UInt64>
    /// The baseline is the data itself: nothing can have changed, so nothing is read.
    let sameData: Bool
    private let lock = Mutex()
    private var warnings: [DataWarning] = []

    /// Warnings located by line per side and kind; the rest are counted.
    static let locatedWarningLimit = 10

    /// `sameData`: the caller knows the baseline is the data itself (the same files), which gives
    /// no rows without reading either (docs/changes.md, "Bad input").
    public convenience init(current: any RowSupplier, baseline: any RowSupplier, sameData: Bool = false) {
        let currentBytes = (current as? any RowLocating)?.byteCount
        let baselineBytes = (baseline as? any RowLocating)?.byteCount
        var holdsCurrent = false
        if let currentBytes, let baselineBytes { holdsCurrent = currentBytes < baselineBytes }
        self.init(current: current, baseline: baseline, sameData: sameData, holdingCurrent: holdsCurrent)
    }

    /// Holds the side named (tests compare both ways).
    init(current: any RowSupplier, baseline: any RowSupplier, sameData: Bool, holdingCurrent: Bool) {
        self.current = current
        self.baseline = baseline
        self.sameData = sameData
        holdsCurrent = holdingCurrent
        setPaths = Set(ConnectorConfiguration.setValuedListPaths.map(DigestBuilder.pathHash))
    }

    public var schema: Schema { ConnectorChanges.changeSchema(current.schema, baseline.schema) }

    public var declaredSchema: Schema {
        ConnectorChanges.changeSchema(current.declaredSchema, baseline.declaredSchema)
    }

    public func readSchema() throws -> Schema {
        ConnectorChanges.changeSchema(try current.readSchema(), try baseline.readSchema())
    }

    /// `before` and `after` accept the fields of either side.
    private static func changeSchema(_ current: Schema, _ baseline: Schema) -> Schema {
        guard case .record(let merged) = SchemaType.record(current.row).merged(with: .record(baseline.row)) else {
            return ConnectorChangeSchema.schema(connectors: current)
        }
        return ConnectorChangeSchema.schema(connectors: Schema(row: merged))
    }

    /// Warnings found since the last call: connectors that could not be paired.
    public func takeWarnings() -> [DataWarning] {
        lock.lock()
        defer { lock.unlock() }
        let taken = warnings
        warnings = []
        return taken
    }

    // MARK: - Rows

    public func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
        if sameData { return }
        let changes = try compare(
            keepingBefore: ConnectorChanges.sideDemand(demand, "before"),
            keepingAfter: ConnectorChanges.sideDemand(demand, "after"))
        for change in changes {
            guard try body(change) else { return }
        }
    }

    /// What the query reads of `before` or `after`, as a demand on a configuration; nil for nothing.
    static func sideDemand(_ demand: FieldDemand, _ key: String) -> FieldDemand? {
        guard demand.includes(key) else { return nil }
        return demand.subkeys[key] ?? .all
    }

    /// Which side a row comes from.
    enum Side {
        case current, baseline

        var name: String { self == .current ? "the current data" : "the baseline" }
    }

    /// One connector found changed, added or removed.
    private struct Found {
        var before: ChangeEntry?
        var after: ChangeEntry?
        var paths: [UInt64]
    }

    /// The held side's table as the streamed side's workers see it, once it is complete.
    struct HeldTable: Sendable {
        let index: [ConnectorIdentity: Int]
        let entries: [ChangeEntry]

        /// Whether the held entry at `place` was read from the same bytes (`bytesHash`): its
        /// digest is then the streamed row's too, without walking the row.
        func hasSameBytes(at place: Int?, _ bytesHash: UInt64?) -> Bool {
            guard let place, let bytesHash else { return false }
            return entries[place].bytesHash == bytesHash
        }
    }

    /// What one side's reading noticed besides its rows.
    private struct SideProblems {
        /// Rows with no identity, by file.
        var unidentified: [String?: Int] = [:]
        /// Identities met more than once with different configurations, and the files they were in.
        var conflicting: [ConnectorIdentity: Set<String?>] = [:]
    }

    private func compare(keepingBefore: FieldDemand?, keepingAfter: FieldDemand?) throws -> [Row] {
        let heldSide: Side = holdsCurrent ? .current : .baseline
        let streamedSide: Side = holdsCurrent ? .baseline : .current
        let heldKeeps = holdsCurrent ? keepingAfter : keepingBefore
        let streamedKeeps = holdsCurrent ? keepingBefore : keepingAfter
        var texts: [UInt64: String] = [:]

        // The held side: a table of its connectors. Rows read from bytes are not digested yet
        // (`ChangeEntry.location`): most are the same, byte for byte, on the other side, and the
        // others are digested once the streamed side has said which.
        var held: [ChangeEntry] = []
        var heldIndex: [ConnectorIdentity: Int] = [:]
        // Room for a row per kilobyte, so the table is not rehashed as it grows.
        heldIndex.reserveCapacity(min(((rows(of: heldSide) as? any RowLocating)?.byteCount ?? 0) >> 10, 1 << 18))
        var heldProblems = SideProblems()
        /// Copies of a held connector with other bytes than the first: the same only if their digests are.
        var heldCopies: [(earlier: Int, copy: ChangeEntry)] = []
        // Held rows wait for their digests only when the streamed side has bytes to compare theirs
        // with: otherwise every pair needs both digests anyway.
        let lazily = rows(of: streamedSide) is any RowBytesSupplier
        try read(rows(of: heldSide), keeping: heldKeeps, texts: &texts, lazily: lazily) { entry in
            guard let identity = entry.identity else {
                heldProblems.unidentified[entry.source.file, default: 0] += 1
                return
            }
            if let earlier = heldIndex[identity] {
                // The same page read twice is one connector; different configurations cannot be paired.
                switch held[earlier].copy.isSame(as: entry.copy) {
                case true?: break
                case false?:
                    heldProblems.conflicting[identity, default: [held[earlier].source.file]].insert(entry.source.file)
                case nil: heldCopies.append((earlier, entry))
                }
                return
            }
            heldIndex[identity] = held.count
            held.append(entry)
        }

        // The streamed side, past the table: the first copy of each held connector is noted by its
        // place in the table (to tell a later copy that differs), of the others by identity.
        var matched: [ChangeEntry.Copy?] = Array(repeating: nil, count: held.count)
        var unheld: [ConnectorIdentity: ChangeEntry.Copy] = [:]
        var streamedProblems = SideProblems()
        var found: [Found] = []
        /// Connectors whose bytes differ from their held ones: changed if their digests differ.
        var pairs: [(entry: ChangeEntry, held: Int)] = []
        /// Copies of a streamed connector of which one has the held one's bytes, and so its digest:
        /// the same if the other's fingerprint is the held digest's.
        var streamedCopies: [(held: Int, fingerprint: UInt64, identity: ConnectorIdentity, files: [String?])] = []
        // The table the workers see is let go before the held entries change, so they are not copied.
        do {
            let table = HeldTable(index: heldIndex, entries: held)
            try read(rows(of: streamedSide), keeping: streamedKeeps, texts: &texts, past: table) { entry in
                guard let identity = entry.identity else {
                    streamedProblems.unidentified[entry.source.file, default: 0] += 1
                    return
                }
                let index = entry.heldPlace ?? heldIndex[identity]
                let copy = entry.copy
                let earlier = if let index { matched[index] } else { unheld[identity] }
                if let earlier {
                    switch earlier.isSame(as: copy) {
                    case true?: break
                    case false?:
                        streamedProblems.conflicting[identity, default: [earlier.file]].insert(entry.source.file)
                    case nil:
                        if let index, let fingerprint = earlier.fingerprint ?? copy.fingerprint {
                            streamedCopies.append((index, fingerprint, identity, [earlier.file, entry.source.file]))
                        }
                    }
                    return
                }
                guard let index else {
                    unheld[identity] = copy
                    found.append(
                        streamedSide == .current
                            ? Found(before: nil, after: entry, paths: []) : Found(before: entry, after: nil, paths: []))
                    return
                }
                matched[index] = copy
                // The same bytes are the same configuration.
                if let bytesHash = entry.bytesHash, bytesHash == held[index].bytesHash { return }
                pairs.append((entry, index))
            }
        }

        // The held digests those need, made at once from their bytes read again.
        let needed = Array(Set(pairs.map(\.held) + heldCopies.map(\.earlier) + streamedCopies.map(\.held))).sorted()
        let made = try digests(of: needed.map { held[$0] } + heldCopies.map(\.copy), side: heldSide, texts: &texts)
        for (index, digest) in zip(needed, made) { held[index].digest = digest }
        for ((earlier, copy), digest) in zip(heldCopies, made[needed.count...])
        where held[earlier].digest?.fingerprint != digest.fingerprint {
            guard let identity = copy.identity else { continue }
            heldProblems.conflicting[identity, default: [held[earlier].source.file]].insert(copy.source.file)
        }
        for copies in streamedCopies where held[copies.held].digest?.fingerprint != copies.fingerprint {
            streamedProblems.conflicting[copies.identity, default: []].formUnion(copies.files)
        }
        for (entry, index) in pairs {
            guard let digest = entry.digest, let heldDigest = held[index].digest else { continue }
            let paths = digest.differingPaths(from: heldDigest)
            guard !paths.isEmpty else { continue }
            found.append(
                streamedSide == .current
                    ? Found(before: held[index], after: entry, paths: paths)
                    : Found(before: entry, after: held[index], paths: paths))
        }
        for (index, entry) in held.enumerated() where matched[index] == nil {
            found.append(
                heldSide == .current
                    ? Found(before: nil, after: entry, paths: []) : Found(before: entry, after: nil, paths: []))
        }

        let conflicting = Set(heldProblems.conflicting.keys).union(streamedProblems.conflicting.keys)
        found.removeAll { change in
            guard let identity = (change.after ?? change.before)?.identity else { return true }
            return conflicting.contains(identity)
        }
        // Current data's order first (added and changed), then the baseline's (removed).
        found.sort { a, b in
            switch (a.after, b.after) {
            case (let x?, let y?): return x.ordinal < y.ordinal
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return (a.before?.ordinal ?? 0) < (b.before?.ordinal ?? 0)
            }
        }
        // The baseline's problems first, whichever side was held.
        report(holdsCurrent ? streamedProblems : heldProblems, of: .baseline)
        report(holdsCurrent ? heldProblems : streamedProblems, of: .current)
        return found.map { ConnectorChanges.row(for: $0.before, $0.after, paths: $0.paths, texts: texts) }
    }

    private func rows(of side: Side) -> any RowSupplier {
        side == .current ? current : baseline
    }

    /// The digests of `entries` of `side`: those not made yet (`ChangeEntry.location`) made from
    /// their bytes, read again at once.
    private func digests(of entries: [ChangeEntry], side: Side, texts: inout [UInt64: String]) throws
        -> [ConfigurationDigest]
    {
        var made = entries.map { $0.digest ?? ConfigurationDigest(leaves: []) }
        let waiting = entries.indices.filter { entries[$0].digest == nil && entries[$0].location != nil }
        guard !waiting.isEmpty, let source = rows(of: side) as? any RowBytesSupplier else { return made }
        let (bytes, starts) = try source.bytes(at: waiting.compactMap { entries[$0].location })
        var builder = DigestBuilder(setPaths: setPaths, timestamps: source.timestampPaths)
        try bytes.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw)
            for (index, start) in zip(waiting, starts) {
                guard let location = entries[index].location,
                    ChangeHash.of(bytes: raw, start..<(start + location.range.count)) == location.bytesHash
                else {
                    let file = entries[index].source.file
                    throw DataError(
                        .unreadable, "\(file ?? side.name) changed while `changes` read it; run the query again",
                        file: file)
                }
                var digest = builder.digest(ofBytesAt: start, &parser)
                builder.addType(entries[index].connectorType, to: &digest)
                made[index] = digest
            }
        }
        for (path, text) in builder.pathTexts where texts[path] == nil { texts[path] = text }
        return made
    }

    /// Reads every row of `supplier` (on worker threads when it can), digesting each where it is
    /// read, and hands the entries to `consume` in order. Rows read from bytes are digested from
    /// their bytes and built only as far as the entry keeps them (`DigestBuilder+Bytes.swift`);
    /// others are read whole and digested from their values.
    private func read(
        _ supplier: any RowSupplier, keeping demand: FieldDemand?, texts: inout [UInt64: String],
        past held: HeldTable? = nil, lazily: Bool = false, _ consume: (ChangeEntry) throws -> Void
    ) throws {
        let setPaths = self.setPaths
        let transform: @Sendable (ArraySlice<Row>, RowBytes?) -> ChangeEntryBatch = { rows, bytes in
            var builder = DigestBuilder(setPaths: setPaths, timestamps: bytes?.timestamps ?? TimestampPaths())
            var entries: [ChangeEntry] = []
            entries.reserveCapacity(rows.count)
            guard let bytes else {
                for row in rows {
                    entries.append(
                        ChangeEntry(
                            row, identity: ConnectorIdentity(row), digest: builder.digest(of: row.value),
                            keeping: demand, ordinal: 0))
                }
                return ChangeEntryBatch(entries: entries, pathTexts: builder.pathTexts)
            }
            var parser = JSONParser(bytes: bytes.raw)
            for (index, row) in zip(0..., rows) {
                let identity = ConnectorIdentity(row)
                let range = DigestBuilder.range(ofRow: index, in: bytes, &parser)
                let rawHash = range.map { ChangeHash.of(bytes: bytes.raw, $0) }
                let bytesHash = rawHash.map { ChangeHash.of(row: $0, type: row.value["connectorType"]) }
                let digest: ConfigurationDigest?
                let heldPlace = identity.flatMap { held?.index[$0] }
                var location: RowLocation? = nil
                if lazily, let range, let rawHash {
                    digest = nil
                    location = bytes.location(of: range, hash: rawHash)
                } else if let held, held.hasSameBytes(at: heldPlace, bytesHash), let heldPlace {
                    digest = held.entries[heldPlace].digest
                } else if let bytesHash, let known = builder.digests[bytesHash] {
                    digest = known
                } else {
                    var made = builder.digest(
                        ofBytesAt: range?.lowerBound ?? bytes.start(ofRow: index, &parser), &parser)
                    builder.addTypeFromMapKey(of: row, to: &made)
                    if let bytesHash, builder.digests.count < DigestBuilder.rememberedDigests {
                        builder.digests[bytesHash] = made
                    }
                    digest = made
                }
                var entry = ChangeEntry(
                    row, identity: identity, digest: digest, bytesHash: bytesHash, keeping: demand, ordinal: 0)
                entry.heldPlace = heldPlace
                entry.location = location
                entries.append(entry)
            }
            return ChangeEntryBatch(entries: entries, pathTexts: builder.pathTexts)
        }
        var ordinal = 0
        func take(_ batch: ChangeEntryBatch) throws {
            for (path, text) in batch.pathTexts where texts[path] == nil { texts[path] = text }
            for var entry in batch.entries {
                entry.ordinal = ordinal
                ordinal += 1
                try consume(entry)
            }
        }
        if let withBytes = supplier as? any RowBytesSupplier {
            try withBytes.forEachBatchWithBytes(
                demand: ConnectorChanges.readDemand(keeping: demand), transform: transform
            ) { batch in
                try take(batch)
                return true
            }
            return
        }
        if let concurrent = supplier as? any ConcurrentRowSupplier {
            try concurrent.forEachBatch(demand: .all, transform: { transform($0, nil) }) { batch in
                try take(batch)
                return true
            }
            return
        }
        var pending: [Row] = []
        try supplier.forEachRow(demand: .all) { row in
            pending.append(row)
            if pending.count == 1024 {
                try take(transform(pending[...], nil))
                pending.removeAll(keepingCapacity: true)
            }
            return true
        }
        try take(transform(pending[...], nil))
    }

    /// What of a row read from bytes an entry needs: its identity, and the top-level keys it keeps
    /// (whole, as `ChangeEntry.kept` keeps them).
    static func readDemand(keeping demand: FieldDemand?) -> FieldDemand {
        guard let demand else { return FieldDemand(keys: ConnectorChanges.identityKeys) }
        guard let keys = demand.keys else { return .all }
        return FieldDemand(keys: keys.union(ConnectorChanges.identityKeys))
    }

    /// The keys `ConnectorIdentity` and `ChangeEntry` read of every row.
    static let identityKeys: Set<String> = ["connectorArn", "connectorType", "connectorLabel"]

    /// A change as a row of `changes` (`ConnectorChangeSchema`).
    private static func row(
        for before: ChangeEntry?, _ after: ChangeEntry?, paths: [UInt64], texts: [UInt64: String]
    ) -> Row {
        let change =
            before == nil
            ? ConnectorChangeSchema.added : after == nil ? ConnectorChangeSchema.removed : ConnectorChangeSchema.changed
        let named = after ?? before
        let source = named?.source ?? RowSource()
        var record = Record()
        record.reserveCapacity(8)
        record.appendUnchecked("change", .string(change))
        record.appendUnchecked("connectorType", named?.connectorType.map(Value.string) ?? .null)
        record.appendUnchecked("connectorLabel", named?.connectorLabel.map(Value.string) ?? .null)
        record.appendUnchecked("region", source.region.map(Value.string) ?? .null)
        record.appendUnchecked("account", source.account.map(Value.string) ?? .null)
        record.appendUnchecked("before", before?.kept ?? .null)
        record.appendUnchecked("after", after?.kept ?? .null)
        let names = paths.map { texts[$0] ?? "?" }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        record.appendUnchecked(
            "paths", change == ConnectorChangeSchema.changed ? .list(names.map(Value.string)) : .null)
        return Row(.record(record), source: source)
    }

    // MARK: - Warnings

    /// Says which connectors were left out, with the line of each where the side can say it.
    private func report(_ problems: SideProblems, of side: Side) {
        guard !problems.unidentified.isEmpty || !problems.conflicting.isEmpty else { return }
        let locator = rows(of: side) as? any RowLocating
        var found: [DataWarning] = []
        func located(in file: String?) -> [(row: Row, line: Int)]? {
            guard let file, let locator else { return nil }
            return try? locator.locatedRows(inFile: file)
        }
        let unidentifiedMessage =
            "a connector with no identity (no connectorArn, and no connectorLabel or, for an AWS-managed connector, connectorType) cannot be paired with \(side == .current ? "the baseline" : "the current data"); left out of `changes`"
        for file in problems.unidentified.keys.sorted(by: { ($0 ?? "") < ($1 ?? "") }) {
            let count = problems.unidentified[file] ?? 0
            let lines = located(in: file)?.filter { ConnectorIdentity($0.row) == nil }.map(\.line) ?? []
            for line in lines.prefix(ConnectorChanges.locatedWarningLimit) {
                found.append(DataWarning(unidentifiedMessage, file: file, line: line))
            }
            let rest = count - min(lines.count, ConnectorChanges.locatedWarningLimit)
            if rest > 0 {
                let what =
                    lines.isEmpty ? unidentifiedMessage : "\(rest) more connector\(rest == 1 ? "" : "s") like these"
                found.append(DataWarning((lines.isEmpty && rest > 1 ? "\(rest) times: " : "") + what, file: file))
            }
        }
        let conflicts = problems.conflicting.sorted { $0.key.description < $1.key.description }
        for (identity, files) in conflicts.prefix(ConnectorChanges.locatedWarningLimit) {
            var places: [String] = []
            for file in files.sorted(by: { ($0 ?? "") < ($1 ?? "") }) {
                let lines = located(in: file)?.filter { ConnectorIdentity($0.row) == identity }.map(\.line) ?? []
                if lines.isEmpty {
                    places.append(file ?? side.name)
                } else {
                    places += lines.map { "\(file ?? ""):\($0)" }
                }
            }
            found.append(
                DataWarning(
                    "\(identity.description) appears more than once with different configurations in \(side.name) (\(places.joined(separator: ", "))); left out of `changes`"
                ))
        }
        if conflicts.count > ConnectorChanges.locatedWarningLimit {
            let rest = conflicts.count - ConnectorChanges.locatedWarningLimit
            found.append(DataWarning("\(rest) more connector\(rest == 1 ? "" : "s") like these in \(side.name)"))
        }
        lock.lock()
        warnings += found
        lock.unlock()
    }
}
