/// A small terminal emulator for what libedit writes with TERM=xterm: printable text with
/// xterm's deferred wrap at the right margin, CR, LF, BS, and the CSI sequences that move the
/// cursor or erase (`A` `B` `C` `D` `G` `H` `K` `J`); everything else is ignored. Tests read the
/// screen a person would see, since libedit redraws in pieces that never appear whole in the
/// byte stream.
public struct TerminalScreen {
    public let columns: Int
    public let rows: Int
    private var cells: [[Character]]
    private var row = 0
    private var column = 0
    /// Set after writing in the last column: the next printable character goes on the next row.
    private var wrapPending = false

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's rows, trailing spaces removed.
    public var lines: [String] {
        cells.map { line in
            var text = String(line)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    public mutating func feed(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\r":
                column = 0
                wrapPending = false
            case "\n":
                lineFeed()
                wrapPending = false
            case "\u{08}":
                if wrapPending { wrapPending = false } else { column = max(0, column - 1) }
            case "\u{07}":
                continue
            case "\u{1B}":
                escape(&scalars)
            default:
                guard scalar.value >= 0x20 else { continue }
                put(Character(scalar))
            }
        }
    }

    private mutating func put(_ character: Character) {
        if wrapPending {
            column = 0
            lineFeed()
            wrapPending = false
        }
        cells[row][column] = character
        if column == columns - 1 { wrapPending = true } else { column += 1 }
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
    }

    private mutating func escape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        guard next == "[" else {
            // ESC ( B and the like take one more character; ESC = and ESC > none.
            if next == "(" || next == ")" { _ = scalars.popFirst() }
            return
        }
        var parameters = ""
        while let scalar = scalars.popFirst() {
            guard (0x40...0x7E).contains(scalar.value) else {
                parameters.unicodeScalars.append(scalar)
                continue
            }
            let numbers = parameters.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 }
            let count = max(1, numbers.first ?? 1)
            wrapPending = false
            switch scalar {
            case "A": row = max(0, row - count)
            case "B": row = min(rows - 1, row + count)
            case "C": column = min(columns - 1, column + count)
            case "D": column = max(0, column - count)
            case "G": column = min(columns - 1, count - 1)
            case "H":
                row = min(rows - 1, max(1, numbers.first ?? 1) - 1)
                column = min(columns - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1)
            case "K":
                let mode = numbers.first ?? 0
                let range = mode == 0 ? column..<columns : mode == 1 ? 0..<(column + 1) : 0..<columns
                for index in range { cells[row][index] = " " }
            case "J":
                if (numbers.first ?? 0) == 2 {
                    cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
                } else {
                    for index in column..<columns { cells[row][index] = " " }
                    for below in (row + 1)..<rows { cells[below] = Array(repeating: " ", count: columns) }
                }
            default: break
            }
            return
        }
    }
}
