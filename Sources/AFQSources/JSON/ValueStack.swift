import AFQQuery

/// The values of the lists and records being parsed, innermost last: each finished one is moved
/// out into an array of exactly its size (`take(from:)`).
///
/// Not an `Array`: handing a finished value over from an array costs a retain and a release per
/// element, and `Array(stack[0...])` shares the stack's buffer, so every top-level value kept a
/// buffer as large as the stack ever grew: most of a loaded recording's memory was such slack
/// (measured: docs/performance.md, "Results").
struct ValueStack: ~Copyable {
    private var storage: UnsafeMutablePointer<Value>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 64
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    @inline(__always)
    mutating func append(_ value: consuming Value) {
        if count == capacity { grow() }
        (storage + count).initialize(to: value)
        count &+= 1
    }

    /// Replaces the value at `index` (a duplicate key's later value).
    @inline(__always)
    mutating func replace(at index: Int, with value: consuming Value) {
        precondition(index >= 0 && index < count)
        storage[index] = value
    }

    /// Moves the values from `start` on into a new array and drops them from the stack.
    @inline(__always)
    mutating func take(from start: Int) -> [Value] {
        precondition(start >= 0 && start <= count)
        let taken = count &- start
        guard taken > 0 else { return [] }
        let from = storage + start
        count = start
        return [Value](unsafeUninitializedCapacity: taken) { memory, initialized in
            // A buffer of `taken` > 0 elements has an address.
            guard let base = memory.baseAddress else { return }
            base.moveInitialize(from: from, count: taken)
            initialized = taken
        }
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Value>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
