/// How far a live fetch has come, for the progress line on a terminal.
public struct LiveProgress: Sendable, Equatable {
    public var callsDone: Int
    public var regionsDone: Int
    public var regionsTotal: Int
    /// Accounts whose every region is done; shown when more than one account is fetched.
    public var accountsDone: Int = 0
    public var accountsTotal: Int = 1

    public var text: String {
        var text = "fetching from AppFlow: \(callsDone) call\(callsDone == 1 ? "" : "s"), "
        if accountsTotal > 1 { text += "\(accountsDone)/\(accountsTotal) accounts, " }
        return text + "\(regionsDone)/\(regionsTotal) region\(regionsTotal == 1 ? "" : "s")"
    }
}
