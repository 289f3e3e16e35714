/// Why `AFQ_NOW` cannot be read; its text is the usage error's message.
struct NowSettingError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
