/// Phrases of one or more words looked up by their first word; the longest match wins.
public struct PhraseTable<Payload: Sendable>: Sendable {
    struct Phrase: Sendable {
        let words: [String]
        let payload: Payload
    }

    private var byFirstWord: [String: [Phrase]] = [:]

    public init() {}

    public var isEmpty: Bool { byFirstWord.isEmpty }

    /// Adds a phrase written as text; it is tokenised the way request lines are.
    public mutating func add(_ text: String, _ payload: Payload) {
        let words = Tokenizer.tokenize(text).map(\.text)
        guard let first = words.first else { return }
        byFirstWord[first, default: []].append(Phrase(words: words, payload: payload))
        byFirstWord[first]!.sort { $0.words.count > $1.words.count }
    }

    /// The longest phrase starting at `index`, skipping none of the tokens, and touching no used token.
    public func match(_ tokens: [Token], at index: Int, used: [Bool]? = nil) -> (length: Int, payload: Payload)? {
        guard let candidates = byFirstWord[tokens[index].text] else { return nil }
        outer: for phrase in candidates {
            let count = phrase.words.count
            guard index + count <= tokens.count else { continue }
            for k in 0..<count {
                if tokens[index + k].text != phrase.words[k] { continue outer }
                if let used, used[index + k] { continue outer }
            }
            return (count, phrase.payload)
        }
        return nil
    }

    /// Every phrase (not only the longest) that starts at `index`, as (length, payload).
    public func matches(_ tokens: [Token], at index: Int) -> [(Int, Payload)] {
        guard let candidates = byFirstWord[tokens[index].text] else { return [] }
        var found: [(Int, Payload)] = []
        outer: for phrase in candidates {
            let count = phrase.words.count
            guard index + count <= tokens.count else { continue }
            for k in 1..<max(count, 1) where tokens[index + k].text != phrase.words[k] { continue outer }
            found.append((count, phrase.payload))
        }
        return found
    }

    /// Every word of every phrase, for telling known words from misspellings.
    public var allWords: Set<String> {
        var words = Set<String>()
        for phrases in byFirstWord.values { for phrase in phrases { words.formUnion(phrase.words) } }
        return words
    }

    /// The one-word phrases, for matching misspellings by edit distance.
    public var singleWords: [(String, Payload)] {
        byFirstWord.values.flatMap { $0.filter { $0.words.count == 1 }.map { ($0.words[0], $0.payload) } }
    }
}
