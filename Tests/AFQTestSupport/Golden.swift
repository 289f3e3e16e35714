import Foundation

/// Expected-output files: compared, or re-recorded when `AFQ_RECORD=1` (and then the test fails,
/// so a recording is always looked at before it is committed).
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["AFQ_RECORD"] == "1" }

    /// Nil when `actual` matches the file; otherwise what went wrong.
    public static func compare(_ actual: String, with url: URL) -> String? {
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if isRecording {
            if (expected ?? "") != actual {
                if actual.isEmpty {
                    try? FileManager.default.removeItem(at: url)
                } else {
                    try? actual.write(to: url, atomically: true, encoding: .utf8)
                }
                return "re-recorded \(url.lastPathComponent)"
            }
            return nil
        }
        guard let expected else {
            return actual.isEmpty ? nil : "missing \(url.lastPathComponent); run with AFQ_RECORD=1. Got:\n\(actual)"
        }
        return expected == actual
            ? nil : "\(url.lastPathComponent) differs.\n--- expected\n\(expected)\n--- actual\n\(actual)"
    }
}
