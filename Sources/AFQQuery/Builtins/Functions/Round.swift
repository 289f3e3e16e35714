/// `round(x[, digits])`: a number rounded half away from zero to `digits` decimals (0 when left
/// out; negative rounds to tens, hundreds, …), as spreadsheets round (docs/language.md, "Functions").
enum Round {
    static let definition = FunctionDefinition(
        name: "round", arity: 1...2, signature: "round(x[, digits])",
        summary: "x rounded half away from zero to digits decimals (default 0); null stays null",
        examples: [
            HelpExample(
                "connectors | group by canUseAsSource compute avg(len(supportedOperators)) as operators | get round(operators, 1)",
                #"""
                13.3
                0
                """#)
        ],
        resultType: { _ in .number }
    ) { arguments, call throws(RuntimeError) in
        let digits =
            arguments.count > 1
            ? try StringArgument.wholeNumber(arguments, 1, call, expected: "a whole number of digits from -15 to 15")
            : 0
        guard (-15...15).contains(digits) else {
            throw call.argumentError(1, expected: "a whole number of digits from -15 to 15", got: arguments[1])
        }
        switch arguments[0] {
        case .null: return .null
        case .number(let x):
            guard x.isFinite, digits != 0 else { return .number(x.rounded(.toNearestOrAwayFromZero)) }
            var scale = 1.0
            for _ in 0..<abs(digits) { scale *= 10 }
            let rounded =
                digits > 0
                ? (x * scale).rounded(.toNearestOrAwayFromZero) / scale
                : (x / scale).rounded(.toNearestOrAwayFromZero) * scale
            return .number(rounded.isFinite ? rounded : x)
        case let other:
            throw call.argumentError(0, expected: "a number", got: other)
        }
    }
}
