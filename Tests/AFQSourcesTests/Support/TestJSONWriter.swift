import AFQQuery
import AFQTestSupport

/// A tiny JSON serializer for round-trip tests. It varies what a writer may vary — whitespace,
/// `\uXXXX` escapes (with surrogate pairs) for any character — so the reader meets all of it.
struct TestJSONWriter {
    var random: SplitMix64

    mutating func write(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.description
        case .timestamp(let t): return t.secondsSince1970.description
        case .duration(let d): return d.seconds.description
        case .string(let s): return quoted(s)
        case .list(let items):
            return "[" + space() + items.map { write($0) }.joined(separator: space() + "," + space()) + space() + "]"
        case .record(let record):
            let members = record.fields.map { key, value in quoted(key) + space() + ":" + space() + write(value) }
            return "{" + space() + members.joined(separator: "," + space()) + space() + "}"
        }
    }

    private mutating func space() -> String {
        ["", "", " ", "\n  ", "\t", "\r\n"][Int(random.next() % 6)]
    }

    private mutating func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += random.next() % 2 == 0 ? "\\\\" : "\\u005C"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "/": out += random.next() % 2 == 0 ? "/" : "\\/"
            default:
                if scalar.value < 0x20 || random.next() % 8 == 0 {
                    out += escaped(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private func escaped(_ scalar: Unicode.Scalar) -> String {
        func hex(_ unit: UInt32) -> String {
            let digits = String(unit, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        if scalar.value < 0x10000 { return hex(scalar.value) }
        let v = scalar.value - 0x10000
        return hex(0xD800 + (v >> 10)) + hex(0xDC00 + (v & 0x3FF))
    }
}

/// Random JSON-representable values (no timestamps: JSON has none).
struct RandomValues {
    var random: SplitMix64

    private static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "ß", "€", "\u{2028}",
        "\u{FFFD}", "\u{FEFF}", "😀", "𝄞", "中", "\u{10FFFF}",
    ]

    mutating func value(depth: Int = 0) -> Value {
        let choice = random.next() % (depth > 3 ? 5 : 7)
        switch choice {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .number(number())
        case 3, 4: return .string(string())
        case 5:
            return .list((0..<Int(random.next() % 5)).map { _ in value(depth: depth + 1) })
        default:
            var record = Record()
            for _ in 0..<Int(random.next() % 6) {
                record[string()] = value(depth: depth + 1)
            }
            return .record(record)
        }
    }

    private mutating func number() -> Double {
        switch random.next() % 5 {
        case 0: return Double(Int64(bitPattern: random.next()) % (1 << 53))
        case 1: return Double(Int(random.next() % 2000)) - 1000
        case 2: return Double(Int64(bitPattern: random.next()) % 10_000_000_000) / 1000
        case 3:
            while true {
                let d = Double(bitPattern: random.next())
                if d.isFinite { return d }
            }
        default:
            return [0.1, -0.0, 1e-7, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 9_007_199_254_740_993][
                Int(random.next() % 7)]
        }
    }

    private mutating func string() -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int(random.next() % 12) {
            text.append(RandomValues.alphabet[Int(random.next() % UInt64(RandomValues.alphabet.count))])
        }
        return String(text)
    }
}

extension Value {
    /// Equality that also requires records' keys in the same order (plain `==` ignores order).
    func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isIdentical(to: $1) }
        case (.record(let a), .record(let b)):
            return a.keys == b.keys && zip(a.values, b.values).allSatisfy { $0.isIdentical(to: $1) }
        case (.number(let a), .number(let b)):
            return a.bitPattern == b.bitPattern
        default:
            return self == other
        }
    }
}
