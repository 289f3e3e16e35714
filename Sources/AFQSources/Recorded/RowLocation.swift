/// Where a row's bytes are in the inputs of a `RowBytesSupplier`.
struct RowLocation: Sendable {
    var input: Int
    var range: Range<Int>
    /// The hash its reader made of the bytes, to tell that they are the same when read again.
    var bytesHash: UInt64
}
