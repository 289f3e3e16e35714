/// The version `--version` prints.
enum AFQVersion {
    static let current = "0.1.0"
}
