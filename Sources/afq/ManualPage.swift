/// afq(1), the manual page `afq --man` prints and `make install` installs: roff with the `man`
/// macros, written from the same option table and prose as `--help`
/// (`CommandLineOption+Documentation`, `CommandLineDocumentation`), so the two cannot disagree.
enum ManualPage {
    static let text: String = {
        typealias Document = CommandLineDocumentation
        var out = ".\\\" Written by `afq --man`, from the same source as `afq --help`.\n"
        out += ".TH AFQ 1 \"\" \"afq \(AFQVersion.current)\" \"User Commands\"\n"
        out += ".SH NAME\nafq \\- \(escaped(Document.purpose))\n"
        out += ".SH SYNOPSIS\n.B afq\n[\\fIOPTIONS\\fR] [\\fIQUERY_FILE\\fR ...]\n"
        out += ".SH DESCRIPTION\n\(escaped(Document.descriptionLead))\n"
        out += ".PP\n.RS\n.EX\n\(escaped(Document.descriptionExample))\n.EE\n.RE\n.PP\n"
        out += escaped(Document.descriptionRest) + "\n"
        out += ".PP\nThe query language, the shell and live data are described in the documentation that comes "
        out += "with afq (docs/language.md, docs/shell.md, docs/live.md); in the shell, \\fB.help\\fR lists every "
        out += "stage, function, operator and command.\n"
        out += ".SH OPTIONS\n"
        for section in OptionSection.allCases {
            out += ".SS \(escaped(section.title))\n"
            for option in CommandLineOption.allCases where option.section == section {
                out += ".TP\n\(heading(option))\n\(escaped(option.summary))\n"
            }
            if section == .queries {
                out += ".TP\n\\fIQUERY_FILE\\fR ...\n\(escaped(Document.positionalSummary))\n"
            }
        }
        out += ".PP\n\(escaped(Document.valueForms))\n"
        out += ".SH MODES\n"
        for mode in Document.modes { out += ".TP\n.B \(mode.name)\n\(escaped(mode.text))\n" }
        out += ".SH EXIT STATUS\n"
        for status in Document.exitStatuses { out += ".TP\n.B \(status.code)\n\(escaped(status.text))\n" }
        out += ".SH ENVIRONMENT\n"
        for variable in Document.environment {
            out += ".TP\n.B \(escaped(variable.name))\n\(escaped(variable.text))\n"
        }
        out += ".SH FILES\n"
        for file in Document.files { out += ".TP\n.I \(escaped(file.path))\n\(escaped(file.text))\n" }
        out += ".SH EXAMPLES\n"
        for example in Document.examples {
            out += ".PP\n\(escaped(example.text)):\n.PP\n.RS\n.EX\n\(escaped(example.command))\n.EE\n.RE\n"
        }
        out += ".SH SEE ALSO\n.BR aws (1),\n.BR jq (1)\n"
        return out
    }()

    /// `.BR "\-c, \-\-command" " " "\fIQUERY\fR"`-style: the option names bold, the value italic.
    private static func heading(_ option: CommandLineOption) -> String {
        var names = "\\fB" + escaped("--" + option.longName) + "\\fR"
        if let letter = option.shortName { names = "\\fB\\-\(letter)\\fR, " + names }
        return names + (option.valueName.map { " \\fI" + escaped($0) + "\\fR" } ?? "")
    }

    /// Text made safe for roff: backslashes written as `\e`, hyphens as `\-` (so they print as
    /// the ASCII hyphen-minus people type, and copied options work), and a line that would start
    /// with `.` or `'` (a request) guarded with `\&`.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(character)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
