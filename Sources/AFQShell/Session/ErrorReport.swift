import AFQQuery
import AFQSources

/// Turns any error a statement can raise into text and an exit status (docs/language.md, "Errors").
enum ErrorReport {
    static func text(for error: any Error, in source: SourceFile, color: Bool) -> String {
        if error is NestedFailure { return "" }
        if let convertible = error as? any DiagnosticConvertible {
            return DiagnosticRenderer(useColor: color).render(convertible.diagnostic, in: source)
        }
        let text = String(describing: error)
        return text.hasPrefix("error") ? (text.hasSuffix("\n") ? text : text + "\n") : "error: \(text)\n"
    }

    static func status(for error: any Error) -> ExitStatus {
        switch error {
        case is LexError, is ParseError, is CheckError, is RuntimeError, is LetError: return .queryError
        case let shell as ShellError:
            switch shell {
            case .cannotRead, .cannotWrite: return .dataError
            case .unknownCommand, .usage, .noBaseline: return .queryError
            }
        case let setup as LiveSetupError:
            if case .configuration = setup { return .usageError }
            return .dataError
        case is ConfigurationProblem: return .usageError
        case let nested as NestedFailure: return nested.status
        default: return .dataError
        }
    }
}
