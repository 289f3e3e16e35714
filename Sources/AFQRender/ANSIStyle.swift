/// The few ANSI styles tables use: bold headers and keys, dim rules. Disabled, it returns text
/// unchanged, so output without colour holds no escape codes at all (docs/language.md, "Output").
struct ANSIStyle {
    let isEnabled: Bool

    func bold(_ text: String) -> String { wrap(text, "\u{1B}[1m") }
    func dim(_ text: String) -> String { wrap(text, "\u{1B}[2m") }

    private func wrap(_ text: String, _ start: String) -> String {
        guard isEnabled, !text.isEmpty else { return text }
        return start + text + "\u{1B}[0m"
    }
}
