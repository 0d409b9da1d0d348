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
    /// A phrase as written, before `compile` numbers its words.
    struct Phrase: Sendable {
        let words: [String]
        let payload: Payload
    }

    /// A compiled phrase: its word numbers are `ids[start ..< start + count]`.
    struct Entry: Sendable {
        let start: Int32
        let count: Int32
        let payload: Payload
    }

    private var byFirstWord: [String: [Phrase]] = [:]
    /// Every compiled phrase's word numbers, one phrase after another, in one array: a table read from the
    /// grammar archive makes four arrays, not two for each phrase.
    private var ids: [Int32] = []
    /// The compiled phrases grouped by first word, each group in the order its phrases are tried; group g is
    /// `entries[bounds[g] ..< bounds[g + 1]]`.
    private var entries: [Entry] = []
    private var bounds: [Int32] = [0]
    /// By word number: 1 + the index of the group of phrases that start with that word, or 0 for none.
    /// Most tokens start no phrase, and this answers them with one read; it is small enough (two bytes a
    /// word) that fifty tables cost little to build at start-up.
    private var starts: [UInt16] = []
    /// The vocabulary's words by number, which spell a compiled phrase's words when they are asked for.
    private var names: [String] = []

    public init() {}

    public var isEmpty: Bool { byFirstWord.isEmpty && entries.isEmpty }

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
        names = vocabulary.words
        ids = []
        entries = []
        bounds = [0]
        // In the order of their first words, as the archive holds them.
        for phrases in byFirstWord.values.sorted(by: { vocabulary.id($0[0].words[0]) < vocabulary.id($1[0].words[0]) }) {
            for phrase in phrases {
                entries.append(Entry(start: Int32(ids.count), count: Int32(phrase.words.count), payload: phrase.payload))
                ids += phrase.words.map { vocabulary.id($0) }
            }
            endGroup()
        }
    }

    /// Closes the group of phrases added since the last, which all start with one word.
    private mutating func endGroup() {
        starts[Int(ids[Int(entries[Int(bounds[bounds.count - 1])].start)])] = UInt16(bounds.count)
        bounds.append(Int32(entries.count))
    }

    /// The group of phrases that may start at `index`, or nil.
    @inline(__always) private func group(_ tokens: [Token], _ index: Int, plural: Bool = false) -> Range<Int>? {
        let first = plural ? tokens[index].singular : tokens[index].word
        guard first >= 0, Int(first) < starts.count else { return nil }
        let slot = Int(starts[Int(first)])
        return slot == 0 ? nil : Int(bounds[slot - 1])..<Int(bounds[slot])
    }

    /// The longest phrase starting at `index`, skipping none of the tokens, and touching no used token.
    /// With `plural`, words are compared in the singular ("customer service agents").
    @inline(__always) public func match(
        _ tokens: [Token], at index: Int, used: [TokenReading]? = nil, plural: Bool = false
    ) -> (length: Int, payload: Payload)? {
        guard let group = group(tokens, index, plural: plural) else { return nil }
        // By index, reading the phrases in place: a phrase copied out of the list retains its payload.
        outer: for p in group {
            let count = Int(entries[p].count), start = Int(entries[p].start)
            guard index + count <= tokens.count else { continue }
            for k in 0..<count {
                if (plural ? tokens[index + k].singular : tokens[index + k].word) != ids[start + k] { continue outer }
                if let used, used[index + k].rawValue != 0 { continue outer }
            }
            return (count, entries[p].payload)
        }
        return nil
    }

    /// Calls `body` with (length, payload) for every phrase that starts at `index`, allocating nothing.
    @inline(__always) func forEachMatch(_ tokens: [Token], at index: Int, _ body: (Int, Payload) -> Void) {
        guard let group = group(tokens, index) else { return }
        outer: for p in group {
            let count = Int(entries[p].count), start = Int(entries[p].start)
            guard index + count <= tokens.count else { continue }
            for k in 1..<max(count, 1) where tokens[index + k].word != ids[start + k] { continue outer }
            body(count, entries[p].payload)
        }
    }

    /// The phrases grouped by first word, with their words spelt out: a table read from the grammar archive
    /// has only its compiled form.
    private var groups: [[Phrase]] {
        guard !starts.isEmpty else { return Array(byFirstWord.values) }
        return (0..<bounds.count - 1).map { g in
            (Int(bounds[g])..<Int(bounds[g + 1])).map { p in Phrase(words: words(of: entries[p]), payload: entries[p].payload) }
        }
    }

    private func words(of entry: Entry) -> [String] {
        ids[Int(entry.start)..<Int(entry.start + entry.count)].map { names[Int($0)] }
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
        (0..<bounds.count - 1).map { g in
            (Int(bounds[g])..<Int(bounds[g + 1])).map { p in
                let entry = entries[p]
                return
                    "\(words(of: entry).joined(separator: " ")) \(Array(ids[Int(entry.start)..<Int(entry.start + entry.count)])) → \(entry.payload)"
            }.joined(separator: "; ")
        }.sorted()
    }

    /// The first word of every phrase.
    var firstWords: [String] { groups.map { $0[0].words[0] } }

    /// The one-word phrases, for matching misspellings by edit distance.
    public var singleWords: [(String, Payload)] {
        groups.flatMap { $0.filter { $0.words.count == 1 }.map { ($0.words[0], $0.payload) } }
    }
}

extension PhraseTable: Archivable where Payload: Archivable {
    /// The compiled phrases only: `starts` follows from them, and each phrase's words from its numbers.
    /// In the order of their first words, so the same rules always give the same archive.
    func write(to writer: inout ArchiveWriter) {
        writer.int(bounds.count - 1)
        for g in 0..<bounds.count - 1 {
            writer.int(Int(bounds[g + 1] - bounds[g]))
            for entry in entries[Int(bounds[g])..<Int(bounds[g + 1])] {
                writer.int(Int(entry.count))
                for id in ids[Int(entry.start)..<Int(entry.start + entry.count)] { writer.int(Int(id)) }
                writer.write(entry.payload)
            }
        }
    }

    mutating func compileWords(_ vocabulary: Vocabulary) { compile(vocabulary) }

    init(from reader: inout ArchiveReader) {
        names = reader.vocabularyWords
        starts = Array(repeating: 0, count: names.count)
        let groupCount = reader.int()
        bounds.reserveCapacity(groupCount + 1)
        entries.reserveCapacity(groupCount)
        ids.reserveCapacity(groupCount)
        for _ in 0..<groupCount {
            for _ in 0..<reader.int() {
                let start = ids.count, count = reader.int()
                for _ in 0..<count { ids.append(Int32(truncatingIfNeeded: reader.int())) }
                entries.append(Entry(start: Int32(start), count: Int32(count), payload: Payload(from: &reader)))
            }
            endGroup()
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
