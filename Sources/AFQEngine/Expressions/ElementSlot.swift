import AFQQuery

/// The element `$x` reads in the condition of one compiled `any` or `all` (`ListQuantifier`):
/// its loop stores each element here before running the condition, on the one thread that
/// evaluator serves.
final class ElementSlot {
    var value: Value = .null
}
