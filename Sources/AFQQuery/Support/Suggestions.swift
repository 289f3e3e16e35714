/// "Did you mean" support: the nearest known names to a misspelt one.
public enum Suggestions {
    /// Candidates within a small edit distance of `name`, nearest first (case differences cost little).
    public static func nearest(to name: String, in candidates: some Sequence<String>, limit: Int = 1) -> [String] {
        let target = Array(name.lowercased())
        let threshold = max(2, target.count / 3)
        var scored: [(String, Int)] = []
        for candidate in candidates where candidate != name {
            let lowered = Array(candidate.lowercased())
            // The distance is at least the difference in length: a name far longer or shorter
            // than a candidate (a pasted megabyte) is never compared letter by letter.
            let lengthDifference = abs(lowered.count - target.count)
            let distance =
                lowered == target ? 0 : lengthDifference > threshold ? lengthDifference : editDistance(target, lowered)
            if distance <= threshold || (lowered.starts(with: target) && target.count >= 3) {
                scored.append((candidate, distance))
            }
        }
        // Ties go to the candidate sharing the first letter: people rarely mistype that one.
        let first = target.first
        func sharesFirst(_ c: String) -> Bool { c.lowercased().first == first }
        return scored.sorted {
            if $0.1 != $1.1 { return $0.1 < $1.1 }
            if sharesFirst($0.0) != sharesFirst($1.0) { return sharesFirst($0.0) }
            return $0.0 < $1.0
        }.prefix(limit).map(\.0)
    }

    /// "did you mean `a`?" or nil.
    public static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String? {
        nearest(to: name, in: candidates).first.map { "did you mean `\($0)`?" }
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                // Adjacent transposition counts as one edit (Damerau).
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous[j - 1])
                }
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
