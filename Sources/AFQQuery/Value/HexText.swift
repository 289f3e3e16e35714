/// Fixed-width hexadecimal for escape sequences, without Foundation's `String(format:)`.
public enum HexText {
    /// `value` in lowercase hexadecimal, zero-padded to `count` digits.
    public static func digits(_ value: UInt32, count: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, count - digits.count)) + digits
    }
}
