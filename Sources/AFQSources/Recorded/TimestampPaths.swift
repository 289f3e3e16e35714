import AFQModel
import AFQQuery

/// The places in a row where the schema expects a timestamp (e.g. `registeredAt`), as a tree, so
/// converting a row touches only those fields. Which values are timestamps is `APITimestamp`'s to
/// say (docs/recording.md, "What afq reads": Timestamps).
struct TimestampPaths: Sendable {
    /// The value here is a timestamp (or a list of them).
    var isTimestamp = false
    /// Members below, in the schema's order so warnings come out in a stable order.
    var children: [(name: String, paths: TimestampPaths)] = []

    var isEmpty: Bool { !isTimestamp && children.isEmpty }

    init() {}

    /// Every field of type `timestamp` in `schema`; lists map over their elements.
    init(schema: Schema) {
        self = TimestampPaths(type: .record(schema.row))
    }

    init(type: SchemaType) {
        switch type {
        case .timestamp:
            isTimestamp = true
        case .list(let element):
            self = TimestampPaths(type: element)
        case .record(let record):
            for field in record.fields {
                let below = TimestampPaths(type: field.type)
                if !below.isEmpty { children.append((field.name, below)) }
            }
        default:
            break
        }
    }

    /// Why a value at a timestamp path stayed as it was.
    enum Problem {
        /// Neither epoch seconds nor ISO 8601 (`"yesterday"`, `true`).
        case notATimestamp
        /// A well-formed instant outside years 0001 to 9999 (`1e20`), which afq could not print as
        /// ISO 8601 nor read back (`Timestamp.isRepresentable`).
        case outOfRange
    }

    /// Turns the values at timestamp paths into `.timestamp`: JSON numbers (epoch seconds), numeric
    /// strings, ISO 8601 strings. Anything else stays as it was and is reported with its path.
    func convert(
        _ value: inout Value, path: inout [JSONPathComponent],
        report: ([JSONPathComponent], Value, Problem) -> Void
    ) {
        if isTimestamp {
            switch value {
            case .null, .timestamp:
                return
            case .number(let seconds):
                let timestamp = Timestamp(secondsSince1970: seconds)
                if timestamp.isRepresentable {
                    value = .timestamp(timestamp)
                } else {
                    report(path, value, .outOfRange)
                }
            case .string(let text):
                switch APITimestamp.reading(text) {
                case .timestamp(let timestamp): value = .timestamp(timestamp.timestamp)
                case .outOfRange: report(path, value, .outOfRange)
                case .notATimestamp: report(path, value, .notATimestamp)
                }
            case .list(var items):
                value = .null  // so `items` is uniquely referenced and changes in place
                for i in items.indices {
                    path.append(.index(i))
                    convert(&items[i], path: &path, report: report)
                    path.removeLast()
                }
                value = .list(items)
            default:
                report(path, value, .notATimestamp)
            }
            return
        }
        guard !children.isEmpty else { return }
        switch value {
        case .record(var record):
            // Each field is found once and changed in place; fields that need no change (absent,
            // null, or already converted) cost one look (every row has these fields).
            value = .null
            for child in children.indices {
                guard let i = record.index(of: children[child].name) else { continue }
                switch record.values[i] {
                case .null, .timestamp: continue
                default: break
                }
                var field = record.values[i]
                record.replaceValue(at: i, with: .null)  // so `field` is held once
                path.append(.key(children[child].name))
                children[child].paths.convert(&field, path: &path, report: report)
                path.removeLast()
                record.replaceValue(at: i, with: field)
            }
            value = .record(record)
        case .list(var items):
            value = .null
            for i in items.indices {
                path.append(.index(i))
                convert(&items[i], path: &path, report: report)
                path.removeLast()
            }
            value = .list(items)
        default:
            break
        }
    }
}
