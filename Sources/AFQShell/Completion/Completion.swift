/// What Tab offers: the word before the cursor and the texts that could replace it.
public struct Completion: Equatable, Sendable {
    /// The partial word being completed, as typed (`authenticationConfig.oA`).
    public var word: String
    /// Full replacements for `word`, sorted.
    public var candidates: [String]
    /// How the list shows each candidate when there are several: a field path by its last
    /// segment (`tokenUrls`), a file by its name, a value whole (`"acme.postgres-lambda"`,
    /// `"Example Partner Inc."`: a value's dots and spaces are its own).
    public var listed: [String]

    public init(word: String, candidates: [String], listed: [String]? = nil) {
        self.word = word
        self.candidates = candidates
        self.listed = listed ?? candidates
    }

    public static let none = Completion(word: "", candidates: [])

    /// The longest text every candidate starts with.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return word }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// A unique candidate gets a space after it unless more can follow (`a.`, `len(`, `dir/`).
    public var appendsSpace: Bool {
        guard candidates.count == 1, let only = candidates.first, let last = only.last else { return false }
        return !".(/[".contains(last)
    }
}
