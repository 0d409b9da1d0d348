/// A phrase table seen without its payload type, so a test can check every table was compiled.
protocol CompiledTable {
    /// Holds no phrase, or has been numbered by `compile` and can match.
    var isReady: Bool { get }
    /// Each first word's phrases in the order they are tried, as "words ids → payload"; the groups sorted.
    /// Two tables with the same listing match every line alike.
    var listing: [String] { get }
}

/// Phrases of one or more words looked up by their first word; the longest match wins.
public struct PhraseTable<Payload: Sendable>: Sendable, CompiledTable {
    struct Phrase: Sendable {
        let words: [String]
        var ids: [Int32] = []
        let payload: Payload
    }

    private var byFirstWord: [String: [Phrase]] = [:]
    /// The same phrases grouped by first word, filled by `compile`.
    private var lists: [[Phrase]] = []
    /// By word number: 1 + the index in `lists` of the phrases that start with that word, or 0 for none.
    /// Most tokens start no phrase, and this answers them with one read; it is small enough (two bytes a
    /// word) that fifty tables cost little to build at start-up.
    private var starts: [UInt16] = []

    public init() {}

    public var isEmpty: Bool { byFirstWord.isEmpty && lists.isEmpty }

    /// The phrases grouped by first word: a table read from the grammar archive has only `lists`.
    private var groups: [[Phrase]] { lists.isEmpty ? Array(byFirstWord.values) : lists }

    var isReady: Bool { byFirstWord.isEmpty || !starts.isEmpty }

    /// Adds a phrase written as text; it is tokenised the way request lines are.
    public mutating func add(_ text: String, _ payload: Payload) {
        add(Tokenizer.tokenize(text).map(\.text), payload)
    }

    /// Adds a phrase already split into the words a line is tokenised into.
    mutating func add(_ words: [String], _ payload: Payload) {
        guard let first = words.first else { return }
        // Longest first, and after every phrase of its own length, so phrases of one length keep the order they were written in.
        byFirstWord[first, default: []].insertInOrder(Phrase(words: words, payload: payload))
    }

    /// Numbers every phrase's words; needed before matching. Every word must be in `vocabulary`.
    mutating func compile(_ vocabulary: Vocabulary) {
        precondition(vocabulary.count < Int(UInt16.max), "vocabulary too large for UInt16 slots")
        starts = Array(repeating: 0, count: vocabulary.count)
        lists = []
        for phrases in byFirstWord.values {
            let numbered = phrases.map { phrase -> Phrase in
                var phrase = phrase
                phrase.ids = phrase.words.map { vocabulary.id($0) }
                return phrase
            }
            lists.append(numbered)
            starts[Int(numbered[0].ids[0])] = UInt16(lists.count)
        }
    }

    /// The index in `lists` of the phrases that may start at `index`, or nil.
    @inline(__always) private func group(_ tokens: [Token], _ index: Int, plural: Bool = false) -> Int? {
        let first = plural ? tokens[index].singular : tokens[index].word
        guard first >= 0, Int(first) < starts.count else { return nil }
        let slot = starts[Int(first)]
        return slot == 0 ? nil : Int(slot) - 1
    }

    /// The longest phrase starting at `index`, skipping none of the tokens, and touching no used token.
    /// With `plural`, words are compared in the singular ("customer service agents").
    public func match(_ tokens: [Token], at index: Int, used: [TokenReading]? = nil, plural: Bool = false) -> (length: Int, payload: Payload)? {
        guard let group = group(tokens, index, plural: plural) else { return nil }
        // By index, reading the phrases in place: a phrase copied out of the list retains its arrays.
        outer: for p in lists[group].indices {
            let count = lists[group][p].ids.count
            guard index + count <= tokens.count else { continue }
            for k in 0..<count {
                if (plural ? tokens[index + k].singular : tokens[index + k].word) != lists[group][p].ids[k] { continue outer }
                if let used, used[index + k].rawValue != 0 { continue outer }
            }
            return (count, lists[group][p].payload)
        }
        return nil
    }

    /// Calls `body` with (length, payload) for every phrase that starts at `index`, allocating nothing.
    @inline(__always) func forEachMatch(_ tokens: [Token], at index: Int, _ body: (Int, Payload) -> Void) {
        guard let group = group(tokens, index) else { return }
        outer: for p in lists[group].indices {
            let count = lists[group][p].ids.count
            guard index + count <= tokens.count else { continue }
            for k in 1..<max(count, 1) where tokens[index + k].word != lists[group][p].ids[k] { continue outer }
            body(count, lists[group][p].payload)
        }
    }

    /// Every word of every phrase, for telling known words from misspellings.
    public var allWords: Set<String> { words { _ in true } }

    /// The words of the phrases whose payload passes `include`.
    func words(_ include: (Payload) -> Bool) -> Set<String> {
        var words = Set<String>()
        for phrases in groups { for phrase in phrases where include(phrase.payload) { words.formUnion(phrase.words) } }
        return words
    }

    var listing: [String] {
        groups.map { group in group.map { "\($0.words.joined(separator: " ")) \($0.ids) → \($0.payload)" }.joined(separator: "; ") }.sorted()
    }

    /// The first word of every phrase.
    var firstWords: [String] { groups.map { $0[0].words[0] } }

    /// The one-word phrases, for matching misspellings by edit distance.
    public var singleWords: [(String, Payload)] {
        groups.flatMap { $0.filter { $0.words.count == 1 }.map { ($0.words[0], $0.payload) } }
    }
}

extension PhraseTable: Archivable where Payload: Archivable {
    /// The compiled lists only: `starts` follows from them, and each phrase's words from its numbers.
    /// In the order of their first words, so the same rules always give the same archive.
    func write(to writer: inout ArchiveWriter) {
        writer.int(lists.count)
        for phrases in lists.sorted(by: { $0[0].ids[0] < $1[0].ids[0] }) {
            writer.int(phrases.count)
            for phrase in phrases {
                writer.write(phrase.ids)
                writer.write(phrase.payload)
            }
        }
    }

    mutating func compileWords(_ vocabulary: Vocabulary) { compile(vocabulary) }

    init(from reader: inout ArchiveReader) {
        let words = reader.vocabularyWords
        starts = Array(repeating: 0, count: words.count)
        let listCount = reader.int()
        lists.reserveCapacity(listCount)
        for _ in 0..<listCount {
            let phraseCount = reader.int()
            var phrases: [Phrase] = []
            phrases.reserveCapacity(phraseCount)
            for _ in 0..<phraseCount {
                let ids = [Int32](from: &reader)
                phrases.append(Phrase(words: ids.map { words[Int($0)] }, ids: ids, payload: Payload(from: &reader)))
            }
            lists.append(phrases)
            starts[Int(phrases[0].ids[0])] = UInt16(lists.count)
        }
    }
}

extension Array {
    /// Inserts a phrase before the first shorter one, keeping a list sorted longest first without sorting it again.
    fileprivate mutating func insertInOrder<Payload>(_ phrase: Element) where Element == PhraseTable<Payload>.Phrase {
        let place = firstIndex { $0.words.count < phrase.words.count } ?? endIndex
        insert(phrase, at: place)
    }
}
