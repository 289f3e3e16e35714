/// The cursor of `QueryXML.parse` over a document's bytes: every loop advances `position` or
/// throws, and open elements live on an explicit stack, never in recursion.
struct QueryXMLReader {
    let bytes: [UInt8]
    let maxDepth: Int
    var position = 0

    /// An element whose end tag has not been read yet.
    struct OpenElement {
        let qualifiedName: String
        let localName: String
        var children: [QueryXMLElement] = []
        var text: [UInt8] = []

        func closed() -> QueryXMLElement {
            QueryXMLElement(name: localName, children: children, text: String(decoding: text, as: UTF8.self))
        }
    }

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func document() throws(QueryXMLError) -> QueryXMLElement {
        // UTF-8 is the only encoding accepted here, and it must be valid (XML 1.0, "Character
        // Encoding in Entities").
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw QueryXMLError(offset: firstInvalidUTF8Offset(), problem: "the document is not valid UTF-8")
        }
        if starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if starts(with: "<?xml"), position + 5 < bytes.count, isWhitespace(bytes[position + 5]) {
            try skip(past: "?>", construct: "the XML declaration")
        }
        try skipMisc()
        guard position < bytes.count else { throw fail("the document has no root element") }
        guard bytes[position] == UInt8(ascii: "<") else { throw fail("text before the root element") }
        let root = try elements()
        try skipMisc()
        guard position == bytes.count else { throw fail("content after the root element") }
        return root
    }

    /// White space, comments and processing instructions (XML 1.0 "Misc").
    private mutating func skipMisc() throws(QueryXMLError) {
        while position < bytes.count {
            if isWhitespace(bytes[position]) {
                position += 1
            } else if starts(with: "<!--") {
                try comment()
            } else if starts(with: "<?") {
                try processingInstruction()
            } else if starts(with: "<!") {
                throw fail("document type declarations and other <! constructs are not accepted")
            } else {
                return
            }
        }
    }

    /// Reads the root element and everything inside it with an explicit stack.
    private mutating func elements() throws(QueryXMLError) -> QueryXMLElement {
        var stack: [OpenElement] = []
        while true {
            if let finished = try step(&stack) { return finished }
        }
    }

    /// Reads one piece of content: a start or end tag, text, CDATA, a comment or a
    /// processing instruction. Returns the root once its end tag is read.
    private mutating func step(_ stack: inout [OpenElement]) throws(QueryXMLError) -> QueryXMLElement? {
        guard position < bytes.count else {
            let open = stack.last.map { "<\($0.qualifiedName)> is not closed" } ?? "no root element"
            throw fail("the document ends early: \(open)")
        }
        guard bytes[position] == UInt8(ascii: "<") else {
            guard !stack.isEmpty else { throw fail("text outside the root element") }
            try text(into: &stack[stack.count - 1].text)
            return nil
        }
        if starts(with: "</") {
            let start = position
            position += 2
            let name = try self.name()
            skipWhitespace()
            try expect(">", after: "the end tag name")
            guard let open = stack.popLast() else { throw QueryXMLError(offset: start, problem: "unexpected end tag") }
            guard open.qualifiedName == name else {
                throw QueryXMLError(offset: start, problem: "</\(name)> closes <\(open.qualifiedName)>")
            }
            return attach(open.closed(), to: &stack)
        }
        if starts(with: "<!--") {
            try comment()
            return nil
        }
        if starts(with: "<![CDATA[") {
            guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
            try cdata(into: &stack[stack.count - 1].text)
            return nil
        }
        if starts(with: "<?") {
            try processingInstruction()
            return nil
        }
        if starts(with: "<!") { throw fail("<! constructs other than comments and CDATA are not accepted") }
        guard stack.count < maxDepth else { throw fail("elements nest deeper than \(maxDepth) levels") }
        position += 1
        let name = try self.name()
        let selfClosing = try attributes()
        let local = name.split(separator: ":").last.map(String.init) ?? name
        let open = OpenElement(qualifiedName: name, localName: local)
        if selfClosing { return attach(open.closed(), to: &stack) }
        stack.append(open)
        return nil
    }

    /// Adds a closed element to its parent; returns it when it is the root.
    private func attach(_ element: QueryXMLElement, to stack: inout [OpenElement]) -> QueryXMLElement? {
        guard !stack.isEmpty else { return element }
        stack[stack.count - 1].children.append(element)
        return nil
    }

    /// Attributes up to `>` or `/>`; returns true for `/>`. Values are checked, not kept.
    private mutating func attributes() throws(QueryXMLError) -> Bool {
        var seen: Set<String> = []
        while true {
            let hadSpace = skipWhitespace()
            guard position < bytes.count else { throw fail("the document ends inside a start tag") }
            if starts(with: "/>") {
                position += 2
                return true
            }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return false
            }
            guard hadSpace else { throw fail("attributes must be separated by white space") }
            let name = try self.name()
            guard seen.insert(name).inserted else { throw fail("attribute \(name) appears twice") }
            skipWhitespace()
            try expect("=", after: "attribute \(name)")
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
            else { throw fail("the value of attribute \(name) is not quoted") }
            let quote = bytes[position]
            position += 1
            var ignored: [UInt8] = []
            while true {
                guard position < bytes.count else { throw fail("the document ends inside attribute \(name)") }
                let byte = bytes[position]
                if byte == quote {
                    position += 1
                    break
                }
                if byte == UInt8(ascii: "<") { throw fail("'<' inside the value of attribute \(name)") }
                if byte == UInt8(ascii: "&") {
                    try reference(into: &ignored)
                } else {
                    try checkCharacter(byte)
                    position += 1
                }
            }
        }
    }

    /// Character data up to the next `<`, references decoded and line ends normalised
    /// (XML 1.0, "End-of-Line Handling").
    private mutating func text(into buffer: inout [UInt8]) throws(QueryXMLError) {
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") {
            let byte = bytes[position]
            if byte == UInt8(ascii: "&") {
                try reference(into: &buffer)
                continue
            }
            if starts(with: "]]>") { throw fail("']]>' in character data") }
            try checkCharacter(byte)
            if byte == 0x0D {
                buffer.append(0x0A)
                position += 1
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                continue
            }
            buffer.append(byte)
            position += 1
        }
    }

    /// `<![CDATA[ … ]]>`, kept as text.
    private mutating func cdata(into buffer: inout [UInt8]) throws(QueryXMLError) {
        position += 9
        while true {
            guard position < bytes.count else { throw fail("the document ends inside a CDATA section") }
            if starts(with: "]]>") {
                position += 3
                return
            }
            try checkCharacter(bytes[position])
            buffer.append(bytes[position])
            position += 1
        }
    }

    /// `&name;`, `&#123;` or `&#x7B;`, appended as UTF-8.
    private mutating func reference(into buffer: inout [UInt8]) throws(QueryXMLError) {
        let start = position
        position += 1
        var body: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ";") {
            guard body.count < 10 else { throw QueryXMLError(offset: start, problem: "'&' that starts no reference") }
            body.append(bytes[position])
            position += 1
        }
        guard position < bytes.count else {
            throw QueryXMLError(offset: start, problem: "'&' that starts no reference")
        }
        position += 1
        let name = String(decoding: body, as: UTF8.self)
        let predefined: [String: UInt8] = [
            "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"), "amp": UInt8(ascii: "&"),
            "quot": UInt8(ascii: "\""), "apos": UInt8(ascii: "'"),
        ]
        if let byte = predefined[name] {
            buffer.append(byte)
            return
        }
        var scalarValue: UInt32? = nil
        let hexDigits = name.dropFirst(2)
        let decimalDigits = name.dropFirst()
        if name.hasPrefix("#x"), !hexDigits.isEmpty, hexDigits.allSatisfy(\.isHexDigit) {
            scalarValue = UInt32(hexDigits, radix: 16)
        } else if name.hasPrefix("#"), !decimalDigits.isEmpty, decimalDigits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            scalarValue = UInt32(decimalDigits, radix: 10)
        } else {
            throw QueryXMLError(
                offset: start, problem: "unknown entity; only &lt; &gt; &amp; &quot; &apos; are defined")
        }
        guard let value = scalarValue, QueryXMLReader.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
            throw QueryXMLError(offset: start, problem: "a character reference to a character XML does not allow")
        }
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    /// `<!-- … -->`; `--` may not appear inside (XML 1.0, "Comments").
    private mutating func comment() throws(QueryXMLError) {
        position += 4
        while true {
            guard position < bytes.count else { throw fail("the document ends inside a comment") }
            if starts(with: "--") {
                guard starts(with: "-->") else { throw fail("'--' inside a comment") }
                position += 3
                return
            }
            try checkCharacter(bytes[position])
            position += 1
        }
    }

    /// `<?target …?>`; the target `xml` is reserved for the declaration at the very start.
    private mutating func processingInstruction() throws(QueryXMLError) {
        let start = position
        position += 2
        let target = try name()
        guard target.lowercased() != "xml" else {
            throw QueryXMLError(offset: start, problem: "an XML declaration that is not at the start")
        }
        try skip(past: "?>", construct: "a processing instruction")
    }

    /// An XML name: a letter, `_`, `:` or any non-ASCII character, then those, digits,
    /// `-` and `.`.
    private mutating func name() throws(QueryXMLError) -> String {
        let start = position
        while position < bytes.count, QueryXMLReader.isNameByte(bytes[position], first: position == start) {
            position += 1
            guard position - start <= QueryXML.maxNameBytes else {
                throw QueryXMLError(offset: start, problem: "a name longer than \(QueryXML.maxNameBytes) bytes")
            }
        }
        guard position > start else { throw QueryXMLError(offset: start, problem: "a name was expected") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skip(past terminator: String, construct: String) throws(QueryXMLError) {
        while true {
            guard position < bytes.count else { throw fail("the document ends inside \(construct)") }
            if starts(with: terminator) {
                position += terminator.utf8.count
                return
            }
            try checkCharacter(bytes[position])
            position += 1
        }
    }

    private mutating func expect(_ character: Character, after what: String) throws(QueryXMLError) {
        guard position < bytes.count, let ascii = character.asciiValue, bytes[position] == ascii else {
            throw fail("'\(character)' expected after \(what)")
        }
        position += 1
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
        return position > start
    }

    private func starts(with text: String) -> Bool {
        starts(with: Array(text.utf8))
    }

    private func starts(with prefix: [UInt8]) -> Bool {
        guard position + prefix.count <= bytes.count else { return false }
        for (index, byte) in prefix.enumerated() where bytes[position + index] != byte { return false }
        return true
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Control characters other than tab, line feed and carriage return are not XML
    /// characters (XML 1.0, "Characters"); bytes from 0x80 were checked as UTF-8 already.
    private func checkCharacter(_ byte: UInt8) throws(QueryXMLError) {
        guard byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else {
            throw fail("a control character XML does not allow")
        }
    }

    private func fail(_ problem: String) -> QueryXMLError {
        QueryXMLError(offset: position, problem: problem)
    }

    private func firstInvalidUTF8Offset() -> Int {
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
            UInt8(ascii: ":"), 0x80...0xFF:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return !first
        default:
            return false
        }
    }

    /// XML 1.0's `Char` production ("Characters").
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
