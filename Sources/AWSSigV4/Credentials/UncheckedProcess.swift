import Foundation

/// A stopped `credential_process` child handed to the thread that waits for it: used by that
/// thread alone once handed over (`CredentialProcessProvider`).
struct UncheckedProcess: @unchecked Sendable {
    let process: Process

    init(_ process: Process) {
        self.process = process
    }
}
