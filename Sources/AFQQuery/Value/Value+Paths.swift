/// Reading and rewriting a value at a field path, for `expand` and `reject`.
extension Value {
    /// `self.name`: a record's field; on a list, the field of each element, flattened one level
    /// and without nulls (docs/language.md, "Fields and paths": `supportedDataTransferApis.Name` lists the names).
    package func member(_ name: String) -> Value {
        switch self {
        case .record(let r):
            return r[name] ?? .null
        case .list(let elements):
            var result: [Value] = []
            for element in elements {
                switch element.member(name) {
                case .null: continue
                case .list(let inner): result.append(contentsOf: inner)
                case let other: result.append(other)
                }
            }
            return .list(result)
        default:
            return .null
        }
    }

    /// `self[index]`: a list element (negative counts from the end) or a record field by name.
    package func element(at index: Value) -> Value {
        switch (self, index) {
        case (.list(let elements), .number(let n)):
            guard n == n.rounded(), abs(n) < 1e15 else { return .null }
            let i = Int(n) < 0 ? elements.count + Int(n) : Int(n)
            return elements.indices.contains(i) ? elements[i] : .null
        case (.record(let r), .string(let key)):
            return r[key] ?? .null
        default:
            return .null
        }
    }

    /// The value at a plain field path, lists mapped (docs/language.md, "Fields and paths").
    func value(at path: ArraySlice<String>) -> Value {
        var current = self
        for step in path { current = current.member(step) }
        return current
    }

    /// Replaces the value at `path` (a path through a non-record changes nothing), in place: a
    /// record this value alone holds is changed without being copied, which lets `expand` make
    /// the rows of one list from one copy.
    package mutating func set(_ path: ArraySlice<String>, to newValue: Value) {
        guard let first = path.first else {
            self = newValue
            return
        }
        guard case .record(var record) = self else { return }
        if path.count == 1 {
            self = .null  // the record is then held once, by `record`
            record[first] = newValue
        } else {
            guard var inner = record[first], !inner.isNull else { return }
            self = .null
            record[first] = .null  // likewise for `inner`
            inner.set(path.dropFirst(), to: newValue)
            record[first] = inner
        }
        self = .record(record)
    }

    /// `set([key], to: newValue)`, remembering in `index` where the key is, for setting the same
    /// field of the same record again (`expand`) without searching its keys.
    package mutating func setField(_ key: String, to newValue: Value, index: inout Int?) {
        guard case .record(var record) = self else { return }
        self = .null  // the record is then held once, by `record`
        if let i = index, i < record.count {
            record.replaceValue(at: i, with: newValue)
        } else {
            record[key] = newValue
            index = record.index(of: key)
        }
        self = .record(record)
    }

    /// A copy without the key at `path`; on lists it applies to every element.
    package func removing(_ path: ArraySlice<String>) -> Value {
        guard let first = path.first else { return self }
        switch self {
        case .record(var r):
            if path.count == 1 {
                r[first] = nil
            } else if let inner = r[first] {
                r[first] = inner.removing(path.dropFirst())
            }
            return .record(r)
        case .list(let elements):
            return .list(elements.map { $0.removing(path) })
        default:
            return self
        }
    }
}
