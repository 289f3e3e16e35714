/// Which parts of a JSON value to build; everything else is checked for syntax and stepped over
/// without building a value (simdjson's "on demand" idea, decided before parsing starts).
///
/// Object members are matched on their raw bytes by hash (`KeyHash`), so a member that is skipped costs
/// no `String` and no dictionary lookup. A member named here is built with its own projection
/// (`nil`: in full); other members follow `otherMembers`. Projections may refer to themselves
/// (an array of documents is read like a document), so this is a class set up once, then only read.
final class JSONProjection: @unchecked Sendable {
    /// What happens to the members of an object that the projection does not name.
    enum OtherMembers {
        /// Checked and stepped over; the record does not get the key.
        case skip
        /// Checked and stepped over; the record gets the key with `null`, so code that looks at
        /// which keys an object has (shape recognition) still sees them.
        case placeholder
        /// Built with this projection (a map whose every value is read the same way).
        case project(JSONProjection)
    }

    struct Member {
        var key: String
        var bytes: [UInt8]
        var hash: UInt64
        /// nil: build the member's value in full.
        var projection: JSONProjection?
        /// Step over the member when its value is a number or null; build it otherwise (a
        /// timestamp field read only so that loading can warn about values that are not
        /// timestamps, `RowProjection`).
        var unlessNumberOrNull = false
    }

    private(set) var members: [Member] = []
    /// Open-addressing table of `members` indices + 1 by hash (0: empty).
    private var slots: [Int] = [0, 0]
    /// The members' hashes in plain memory, for the C skipper to stop at (`afq_json_skip_members`),
    /// and which of them it may step over when their value is a number or null (1).
    private(set) var namedKeyHashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 0)
    private(set) var namedKeySkipsNumbers = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
    let otherMembers: OtherMembers
    /// `otherMembers` is `.skip`, as a flag the reader tests once per member.
    let skipsOtherMembers: Bool
    /// How the elements of an array are read; nil: in full.
    var elements: JSONProjection?
    /// Elements are read with this same projection (arrays of documents, at any depth); a flag
    /// rather than `elements = self`, which would be a reference cycle.
    var readsElementsAlike = false

    var elementProjection: JSONProjection? { readsElementsAlike ? self : elements }
    /// Set: a value read with this projection is read in full, except that an array keeps only
    /// its elements that are one of these strings (`FieldDemand.keptTexts`).
    private(set) var keptTexts: KeptTexts?

    /// A value tested only for whether it holds one of `texts`.
    static func keeping(texts: Set<String>) -> JSONProjection {
        let projection = JSONProjection(otherMembers: .skip)
        projection.keptTexts = KeptTexts(texts.sorted())
        return projection
    }

    /// An object's members named in `keys` in full, the others skipped (`keepingTopLevelKeys`);
    /// nil (everything) when `keys` is nil.
    static func keeping(_ keys: Set<String>?) -> JSONProjection? {
        guard let keys else { return nil }
        let projection = JSONProjection(otherMembers: .skip)
        for key in keys { projection.read(key, with: nil) }
        return projection
    }

    init(otherMembers: OtherMembers = .skip, elements: JSONProjection? = nil) {
        self.otherMembers = otherMembers
        self.skipsOtherMembers = if case .skip = otherMembers { true } else { false }
        self.elements = elements
    }

    deinit {
        namedKeyHashes.deallocate()
        namedKeySkipsNumbers.deallocate()
    }

    /// An equal projection made of new objects, for one thread's use.
    func copy() -> JSONProjection {
        let other: OtherMembers
        switch otherMembers {
        case .skip: other = .skip
        case .placeholder: other = .placeholder
        case .project(let inner): other = .project(inner.copy())
        }
        let copied = JSONProjection(otherMembers: other, elements: elements?.copy())
        copied.readsElementsAlike = readsElementsAlike
        copied.keptTexts = keptTexts.map { KeptTexts($0.all) }
        copied.members = members.map {
            Member(
                key: String(decoding: Array($0.key.utf8), as: UTF8.self), bytes: Array($0.bytes), hash: $0.hash,
                projection: $0.projection?.copy(), unlessNumberOrNull: $0.unlessNumberOrNull)
        }
        copied.rebuildSlots()
        return copied
    }

    /// Names a member; a later call for the same key replaces the earlier one.
    func read(_ key: String, with projection: JSONProjection?, unlessNumberOrNull: Bool = false) {
        let bytes = Array(key.utf8)
        let hash = JSONProjection.hash(bytes)
        let member = Member(
            key: key, bytes: bytes, hash: hash, projection: projection, unlessNumberOrNull: unlessNumberOrNull)
        if let i = index(ofHash: hash, bytes: bytes) {
            members[i] = member
        } else {
            members.append(member)
        }
        rebuildSlots()
    }

    /// The hash `JSONParser` computes for a key it scans (`KeyHash`).
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        KeyHash.of(bytes)
    }

    /// The index in `members` of the member with these key bytes, if the projection names it.
    /// Fields are then read in place (`members[index].projection`): a copy of a whole `Member`
    /// retains its key, bytes and projection, once per key of every row.
    @inline(__always)
    func memberIndex(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let index = entry - 1
            if members[index].hash == hash,
                members[index].bytes.withUnsafeBufferPointer({ $0.count == bytes.count && memcmpEqual($0, bytes) })
            {
                return index
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `bytes` are the key of `members[index]` (the C skipper matched its hash).
    @inline(__always)
    func isKey(ofMember index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        members[index].bytes.withUnsafeBufferPointer { $0.count == bytes.count && memcmpEqual($0, bytes) }
    }

    private func index(ofHash hash: UInt64, bytes: [UInt8]) -> Int? {
        members.firstIndex { $0.hash == hash && $0.bytes == bytes }
    }

    private func rebuildSlots() {
        var size = 2
        while size < members.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        for (i, member) in members.enumerated() {
            var slot = Int(truncatingIfNeeded: member.hash ^ (member.hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = i + 1
        }
        namedKeyHashes.deallocate()
        namedKeyHashes = .allocate(capacity: members.count)
        _ = namedKeyHashes.initialize(from: members.lazy.map(\.hash))
        namedKeySkipsNumbers.deallocate()
        namedKeySkipsNumbers = .allocate(capacity: members.count)
        _ = namedKeySkipsNumbers.initialize(from: members.lazy.map { $0.unlessNumberOrNull ? 1 : 0 })
    }

    @inline(__always)
    private func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < a.count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
