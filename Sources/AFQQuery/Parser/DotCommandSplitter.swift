/// Splits a dot-command line into its name and words, shell style: words are separated by
/// spaces, and single or double quotes keep spaces inside one word (`.open "my data.json"`).
enum DotCommandSplitter {
    static func split(_ line: String, range: SourceRange) throws(ParseError) -> DotCommand {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character? = nil
        for character in line.dropFirst() {
            if let q = quote {
                if character == q { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if quote != nil {
            throw .expected("a closing quote", found: "the end of the line", range)
        }
        if inWord { words.append(word) }
        let name = words.first ?? ""
        return DotCommand(name: name, arguments: Array(words.dropFirst()), range: range)
    }
}
