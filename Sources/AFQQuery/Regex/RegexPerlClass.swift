/// `\d`, `\w` and `\s`, Unicode-aware as in Rust's regex crate and RE2's Unicode mode: digits are
/// the decimal digits of every script (general category Nd), word characters are letters, marks,
/// digits, connector punctuation (`_`) and joiners, spaces are Unicode's White_Space. ASCII text,
/// the common case, is answered without looking up properties.
enum RegexPerlClass: Sendable, Equatable {
    case digit, word, space

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 0x80 {
            switch self {
            case .digit: return value &- 0x30 < 10
            case .word: return value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26 || value == 0x5F
            case .space: return value == 0x20 || value &- 0x09 < 5
            }
        }
        return containsBeyondASCII(value)
    }

    private func containsBeyondASCII(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        switch self {
        case .digit:
            return properties.generalCategory == .decimalNumber
        case .space:
            return properties.isWhitespace
        case .word:
            if properties.isAlphabetic || properties.isJoinControl { return true }
            switch properties.generalCategory {
            case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
            default: return false
            }
        }
    }
}
