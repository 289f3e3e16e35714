/// Help text wrapped to the terminal's width, rather than cut by the pager (`less -S`), so every
/// description can be read in a small window.
///
/// Each line is wrapped on its own, by what it holds:
/// - a row of a list (`  name    description`): the description at spaces, continued under itself
///   (or four columns in, when it starts past the middle of the line);
/// - an example query (`  connectors | …`): after a `|` or `,`, which the shell reads as "more
///   follows", so a wrapped example still runs when pasted;
/// - an example's result (`  → …`): after a `,` or a space;
/// - other text: at spaces, continued at its indent.
/// A word longer than the line is left whole. Without a terminal nothing is wrapped.
enum HelpWrapping {
    static func wrap(_ text: String, width: Int?) -> String {
        guard let width, width > 20 else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        let wrapped = lines.map { wrapLine(String($0), width: width).joined(separator: "\n") }
        return wrapped.joined(separator: "\n") + (text.hasSuffix("\n") ? "\n" : "")
    }

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(indent)
        if body.hasPrefix("→ ") {
            return fill(line, width: width, continuation: indent + 2) { $0 == "," || $0 == " " }
        }
        if body.hasPrefix("connectors") {
            return fill(line, width: width, continuation: indent + 2) { $0 == "|" || $0 == "," }
        }
        var continuation = indent
        if let gap = body.range(of: "  ") {
            let descriptionStart = body[gap.upperBound...].prefix { $0 == " " }.count
            let column = indent + body.distance(from: body.startIndex, to: gap.upperBound) + descriptionStart
            continuation = column > width / 2 ? indent + 4 : column
        }
        return fill(line, width: width, continuation: continuation) { $0 == " " }
    }

    /// Breaks `line` into pieces of at most `width` characters, each after a character for which
    /// `breaksAfter` holds, the pieces after the first indented by `continuation`.
    private static func fill(
        _ line: String, width: Int, continuation: Int, breaksAfter: (Character) -> Bool
    ) -> [String] {
        var pieces: [String] = []
        var rest = Substring(line)
        var prefix = ""
        while prefix.count + rest.count > width {
            let room = width - prefix.count
            var cut: Substring.Index? = nil
            var index = rest.startIndex
            var taken = 0
            while index < rest.endIndex, taken < room {
                if breaksAfter(rest[index]), taken > 0 { cut = rest.index(after: index) }
                index = rest.index(after: index)
                taken += 1
            }
            // A word longer than the room stays whole: the break comes after it.
            while cut == nil, index < rest.endIndex {
                if breaksAfter(rest[index]) { cut = rest.index(after: index) }
                index = rest.index(after: index)
            }
            guard let cut, cut < rest.endIndex else { break }
            var piece = String(rest[..<cut])
            while piece.last == " " { piece.removeLast() }
            pieces.append(prefix + piece)
            rest = rest[cut...].drop { $0 == " " }
            prefix = String(repeating: " ", count: continuation)
            guard !rest.isEmpty else { return pieces }
        }
        pieces.append(prefix + rest)
        return pieces
    }
}
