import AFQQuery

/// `AFQ_NOW` (docs/language.md, "Time"): fixes what `now()` reads, so tests and reports that
/// must be reproducible give the same answer on any day.
extension AFQCommand {
    /// The instant `AFQ_NOW` names, nil when it is unset or empty, or the usage error's message
    /// when it is not an ISO 8601 date or date-time.
    static func fixedNow(_ environment: [String: String]) -> Result<Timestamp?, NowSettingError> {
        guard let text = environment["AFQ_NOW"], !text.isEmpty else { return .success(nil) }
        guard let instant = Timestamp(iso8601: text) else {
            return .failure(
                NowSettingError(
                    "AFQ_NOW=\(VisibleText.token(text)) is not an ISO 8601 date or date-time "
                        + "(e.g. 2026-01-01T00:00:00Z)"))
        }
        return .success(instant)
    }
}
