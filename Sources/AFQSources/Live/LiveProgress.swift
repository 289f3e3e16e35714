/// How far a live fetch has come, for the progress line on a terminal.
public struct LiveProgress: Sendable, Equatable {
    public var callsDone: Int
    public var regionsDone: Int
    public var regionsTotal: Int

    public var text: String {
        "fetching from AppFlow: \(callsDone) call\(callsDone == 1 ? "" : "s"), \(regionsDone)/\(regionsTotal) region\(regionsTotal == 1 ? "" : "s")"
    }
}
