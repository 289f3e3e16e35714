import AFQQuery

/// What the worker threads made of one batch (`BatchEnding`), handed to the calling thread in
/// input order.
enum BatchPart: Sendable {
    case rows([Row])
    case lines(String)
    case groups(GroupTable)
    case count(Int)
}
