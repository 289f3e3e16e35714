import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Questions afq asks on the controlling terminal (`/dev/tty`) while it loads data, so they
/// work in the shell and in batch mode alike, whatever standard input and output are; with no
/// terminal there is no one to ask.
public enum TerminalPrompt {
    /// The longest answer read: an MFA code is six digits.
    static let maxAnswer = 256

    /// Asks `Enter MFA code for <serial>: ` (the AWS CLI's words) and returns the line typed, or
    /// nil when afq has no terminal or the answer is empty.
    @Sendable public static func mfaCode(serial: String) async -> String? {
        ask("Enter MFA code for \(serial): ")
    }

    /// Writes `question` to the terminal and reads one line from it.
    static func ask(_ question: String) -> String? {
        let descriptor = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let bytes = Array(question.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while answer.count < maxAnswer {
            let count = read(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1, byte != UInt8(ascii: "\n") else { break }
            if byte != UInt8(ascii: "\r") { answer.append(byte) }
        }
        let text = String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
