extension FieldDemand {
    /// Whether rows cut down to this demand answer every query that makes `other`: each key
    /// `other` reads is kept, in full where `other` reads it in full. Keys beyond what a query
    /// reads are never looked at (the checker asks for `.all` whenever a whole row is shown), so
    /// rows kept for a wider demand can answer a narrower one.
    public func covers(_ other: FieldDemand) -> Bool {
        guard let keys else { return true }
        guard let otherKeys = other.keys, otherKeys.isSubset(of: keys) else { return false }
        for key in otherKeys {
            guard let part = subkeys[key] else { continue }
            guard let otherPart = other.subkeys[key], part.covers(otherPart) else { return false }
        }
        return true
    }
}
