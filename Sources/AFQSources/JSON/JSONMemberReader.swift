/// What one kind of read does with the members of an object, for the object grammar written
/// once in `JSONParser.readObject`. Each read (full, projected, checked skip, a path's offset)
/// is a type of this protocol, so the grammar is specialised for each and calls its steps
/// directly: closures for the steps were not inlined into the full read, which then paid an
/// indirect call per step of every member.
protocol JSONMemberReader {
    associatedtype Key
    /// Runs where a member may start (after the '{' or a ','); it may step over members itself.
    mutating func start(_ parser: inout JSONParser) -> JSONParser.MemberStart<Key>
    /// Scans a key from its opening quote.
    mutating func key(_ parser: inout JSONParser) throws(JSONSyntaxError) -> Key
    /// Reads the value after the key's ':'.
    mutating func value(of key: Key, _ parser: inout JSONParser) throws(JSONSyntaxError)
}

extension JSONMemberReader {
    /// Leaves every member to the grammar.
    @inline(__always)
    mutating func start(_ parser: inout JSONParser) -> JSONParser.MemberStart<Key> { .scan }
}
