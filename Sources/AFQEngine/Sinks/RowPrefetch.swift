import AFQQuery
import CPrefetch

/// Asks the CPU for a loaded row's top-level values a few rows before the evaluator reaches it.
///
/// A query over full loaded rows (a first answer in the shell) goes from row to row through trees
/// spread over hundreds of megabytes, and each row's values array is a cache miss. Every row also
/// retains and releases some values, atomic instructions that wait for the loads before them, so
/// the misses of successive rows did not overlap: each row waited for its own (measured:
/// docs/performance.md, "Results"). A prefetch neither waits nor faults, so the miss of a row a few
/// places ahead is under way while this one is evaluated.
///
/// The hint reads the words of the `Row` in the batch's storage, without retaining anything: a
/// record's keys and values arrays are its first two words (`RowPrefetchTests` checks the layout,
/// which only speed depends on: a prefetch of any address is harmless). Both arrays' first lines
/// are prefetched ten rows ahead, and the values array's first twelve lines rather than four (a
/// whole row's values, up to 30 keys), since a CPU's own prefetcher may not follow on; each step
/// cut the CPU time of queries over full rows (measured: docs/performance.md, "Results").
enum RowPrefetch {
    /// Rows ahead: enough to cover a miss with the work on the rows between.
    static let distance = 10
    /// Offsets of the keys and values arrays' references in a `Row` holding a record: the
    /// record's two stored properties, in order, at the start of the row.
    static let keysWordOffset = 0
    static let valuesWordOffset = 8
    /// The first cache lines of each array. Values: its header and up to 30 values of 24 bytes
    /// (most rows have 13 to 30 keys), whichever a query reads. Keys: the header and the first
    /// keys; a field is found by the keys array's identity after the first row of a shape
    /// (`FieldPositions`), so the rest is rarely read.
    static let valuesLinesAhead = 12
    static let keysLinesAhead = 4

    @inline(__always)
    static func hint(_ row: UnsafePointer<Row>) {
        let raw = UnsafeRawPointer(row)
        prefetchFirstLines(valuesLinesAhead, of: address(at: valuesWordOffset, of: raw))
        prefetchFirstLines(keysLinesAhead, of: address(at: keysWordOffset, of: raw))
    }

    @inline(__always)
    private static func prefetchFirstLines(_ lines: Int, of object: UInt) {
        for line in 0..<lines {
            afq_prefetch(UnsafeRawPointer(bitPattern: object &+ UInt(line * 64)))
        }
    }

    /// The reference at `offset` in a row's words, without the spare bits where Swift keeps enum
    /// tags and flags.
    @inline(__always)
    static func address(at offset: Int, of row: UnsafeRawPointer) -> UInt {
        row.load(fromByteOffset: offset, as: UInt.self) & 0x00FF_FFFF_FFFF_FFF8
    }
}
