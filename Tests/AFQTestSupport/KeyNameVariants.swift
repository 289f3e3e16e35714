/// Key names that tests of identity-keyed lookups mix: texts that differ only in code points
/// ("K" and the Kelvin sign are canonically equivalent) or only past the fifteen bytes Swift keeps
/// inline, each made in storage of its own when a test needs equal texts that share nothing.
public enum KeyNameVariants {
    public static let names = [
        "K", "\u{212A}", "a", "supportedOperators", "supportedOperatorz", "connectorModes",
        "fieldNameLongerThanFifteen",
    ]

    /// The same text in storage of its own.
    public static func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
}
