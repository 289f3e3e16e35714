/// An operator a flow task may apply to source fields: filters, arithmetic, masking and
/// validation (Amazon AppFlow API Reference, ConnectorConfiguration). The plural name is the
/// service model's.
public struct Operators: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let projection = Operators(rawValue: "PROJECTION")
    public static let lessThan = Operators(rawValue: "LESS_THAN")
    public static let greaterThan = Operators(rawValue: "GREATER_THAN")
    public static let contains = Operators(rawValue: "CONTAINS")
    public static let between = Operators(rawValue: "BETWEEN")
    public static let lessThanOrEqualTo = Operators(rawValue: "LESS_THAN_OR_EQUAL_TO")
    public static let greaterThanOrEqualTo = Operators(rawValue: "GREATER_THAN_OR_EQUAL_TO")
    public static let equalTo = Operators(rawValue: "EQUAL_TO")
    public static let notEqualTo = Operators(rawValue: "NOT_EQUAL_TO")
    public static let addition = Operators(rawValue: "ADDITION")
    public static let multiplication = Operators(rawValue: "MULTIPLICATION")
    public static let division = Operators(rawValue: "DIVISION")
    public static let subtraction = Operators(rawValue: "SUBTRACTION")
    public static let maskAll = Operators(rawValue: "MASK_ALL")
    public static let maskFirstN = Operators(rawValue: "MASK_FIRST_N")
    public static let maskLastN = Operators(rawValue: "MASK_LAST_N")
    public static let validateNonNull = Operators(rawValue: "VALIDATE_NON_NULL")
    public static let validateNonZero = Operators(rawValue: "VALIDATE_NON_ZERO")
    public static let validateNonNegative = Operators(rawValue: "VALIDATE_NON_NEGATIVE")
    public static let validateNumeric = Operators(rawValue: "VALIDATE_NUMERIC")
    public static let noOp = Operators(rawValue: "NO_OP")

    /// The modeled values, in the service model's order.
    public static let knownValues: [Operators] = [
        .projection, .lessThan, .greaterThan, .contains, .between, .lessThanOrEqualTo, .greaterThanOrEqualTo,
        .equalTo, .notEqualTo, .addition, .multiplication, .division, .subtraction, .maskAll, .maskFirstN,
        .maskLastN, .validateNonNull, .validateNonZero, .validateNonNegative, .validateNumeric, .noOp,
    ]
}
