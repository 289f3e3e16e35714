import Foundation

/// The little JSON the token cache and the IAM Identity Center services exchange, through
/// Foundation's `JSONSerialization`: objects of strings and numbers, key order irrelevant.
enum SSOJSON {
    /// The bytes as a JSON object, or `nil`. The parser's error is dropped: it could quote the
    /// text, which holds tokens.
    static func object(_ data: Data) -> [String: Any]? {
        guard !data.isEmpty else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func object(_ bytes: [UInt8]) -> [String: Any]? { object(Data(bytes)) }

    static func string(_ value: Any?) -> String? { value as? String }

    /// A JSON number as a `Double` (a string of digits is not one).
    static func number(_ value: Any?) -> Double? {
        guard let value, !(value is String), let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        return double.isFinite ? double : nil
    }

    /// Compact JSON with sorted keys and unescaped slashes (start URLs stay readable).
    static func data(_ object: [String: Any]) -> Data? {
        guard JSONSerialization.isValidJSONObject(object) else { return nil }
        return try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
