import AFQQuery

/// Something in recorded data that afq kept as it was but that the user should know about, such
/// as a `registeredAt` that is not a timestamp. Loading goes on; the shell prints these on stderr.
public struct DataWarning: Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var file: String?
    public var line: Int?
    public var column: Int?

    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        // Safe to print: a message may quote a key or value of the data (`VisibleText.message`).
        self.message = VisibleText.message(message)
        self.file = file
        self.line = line
        self.column = column
    }

    /// `data.json:12:5: `registeredAt` is not a timestamp: "soon"; kept as it is` (the session
    /// prints it after `warning: `).
    public var description: String {
        var place = file ?? ""
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
