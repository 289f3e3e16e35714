import AFQQuery

/// Lets a row that is equal to an earlier one, key order and types included, share the earlier
/// row's storage instead of holding a copy.
///
/// A live fetch of an organisation reads the same AWS-managed connector configurations in every
/// account and region (20 accounts × 16 regions × 23 types, a few dozen distinct ones): sharing
/// them keeps the rows of a whole organisation within the memory of a few regions'.
struct EqualRowSharing {
    /// Rows seen, by the hash of their compact JSON text.
    private var byHash: [Int: [Value]] = [:]

    /// `value`, or an earlier row equal to it.
    mutating func shared(_ value: Value) -> Value {
        let text = JSONText.compact(value)
        let hash = text.hashValue
        for candidate in byHash[hash, default: []] where candidate == value && JSONText.compact(candidate) == text {
            return candidate
        }
        byHash[hash, default: []].append(value)
        return value
    }
}
