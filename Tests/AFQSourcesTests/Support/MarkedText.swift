/// Test text with the expected error position marked by `‸` instead of counted by hand.
struct MarkedText {
    /// The text without the marker.
    let text: String
    let line: Int
    let column: Int
    let offset: Int

    init(_ marked: String) {
        var line = 1
        var column = 1
        var offset = 0
        var found = false
        var text = ""
        for character in marked {
            if character == "‸" {
                found = true
                continue
            }
            text.append(character)
            if !found {
                offset += character.utf8.count
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        precondition(found, "no ‸ marker in test text")
        self.text = text
        self.line = line
        self.column = column
        self.offset = offset
    }

    var bytes: [UInt8] { Array(text.utf8) }
}
