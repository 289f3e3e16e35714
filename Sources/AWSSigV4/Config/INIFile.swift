/// A parsed AWS shared config or credentials file (AWS CLI User Guide, "Configuration and
/// credential file settings").
///
/// The dialect is Python configparser's as botocore uses it: full-line comments starting with
/// `#` or `;`; `[section]` headers (text after the closing bracket is ignored); `name = value`
/// or `name: value` settings with names lower-cased and values trimmed but otherwise verbatim
/// (no inline comments, so a `#` in a value stays); lines indented deeper than their setting
/// continue it, and a setting whose first line is empty holds nested `name = value` settings.
/// Repeated sections merge and a repeated setting keeps its last value, where configparser would
/// refuse the file. Errors give the line number but never the line, which may hold a secret.
struct INIFile: Sendable, Equatable {
    /// In order of first appearance.
    var sections: [INISection]

    func section(_ name: String) -> INISection? {
        sections.first { $0.name == name }
    }

    /// - Parameter path: for error messages.
    static func parse(_ text: String, path: String) throws(ConfigurationError) -> INIFile {
        var sections: [INISection] = []
        var current: Int? = nil
        /// Raw (multi-line) values of the current section, before nested settings are split out.
        var raw: [String: (text: String, line: Int)] = [:]
        var order: [String] = []
        var lastName: String? = nil
        var lastIndent = 0

        func flush() throws(ConfigurationError) {
            guard let index = current else { return }
            for name in order {
                guard let value = raw[name] else { continue }
                sections[index].properties[name] = try nested(
                    value.text, path: path, line: value.line, section: sections[index].name)
            }
            raw = [:]
            order = []
        }

        // "\r\n" is one Character in Swift, so split on every kind of line end.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let content = line.trimmingWhitespace()
            if content.isEmpty || content.hasPrefix("#") || content.hasPrefix(";") { continue }
            // Unlike configparser, a header is a header even when indented.
            let isHeader = content.hasPrefix("[") && content.contains("]")
            if !isHeader, let name = lastName, current != nil, indent > lastIndent {
                raw[name]?.text += "\n" + content
                continue
            }
            if isHeader, let close = content.lastIndex(of: "]") {
                try flush()
                let name = content[content.index(after: content.startIndex)..<close].trimmingWhitespace()
                guard !name.isEmpty else {
                    throw .malformedFile(
                        path: path, line: number, problem: "a section header needs a name, e.g. [default]")
                }
                if let existing = sections.firstIndex(where: { $0.name == name }) {
                    current = existing
                } else {
                    sections.append(INISection(name: name, line: number, properties: [:]))
                    current = sections.count - 1
                }
                lastName = nil
                continue
            }
            guard current != nil else {
                throw .malformedFile(
                    path: path, line: number, problem: "settings must follow a section header such as [default]")
            }
            guard let delimiter = content.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw .malformedFile(
                    path: path, line: number, problem: "expected 'name = value', a [section] header or a comment")
            }
            let name = content[..<delimiter].trimmingWhitespace().lowercased()
            guard !name.isEmpty else {
                throw .malformedFile(path: path, line: number, problem: "a setting needs a name before '='")
            }
            if raw[name] == nil { order.append(name) }
            raw[name] = (content[content.index(after: delimiter)...].trimmingWhitespace(), number)
            lastName = name
            lastIndent = indent
        }
        try flush()
        return INIFile(sections: sections)
    }

    /// botocore's `_parse_nested`: a value whose first line is empty is a block of settings.
    private static func nested(_ value: String, path: String, line: Int, section: String) throws(ConfigurationError)
        -> INIProperty
    {
        guard value.hasPrefix("\n") else { return .value(value) }
        var settings: [String: String] = [:]
        for setting in value.split(separator: "\n") {
            guard let equals = setting.firstIndex(of: "=") else {
                throw .malformedFile(
                    path: path, line: line, problem: "in section [\(section)], an indented line is not 'name = value'")
            }
            settings[setting[..<equals].trimmingWhitespace()] = setting[setting.index(after: equals)...]
                .trimmingWhitespace()
        }
        return .subsection(settings)
    }
}
