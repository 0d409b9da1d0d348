/// Every word the grammar knows, numbered, so that a line is hashed once per token and every
/// phrase table after that compares small integers instead of strings.
public struct Vocabulary: Sendable {
    /// The number a token carries when its word is in no list.
    static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]

    public var count: Int { ids.count }

    mutating func insert(_ word: String) {
        if ids[word] == nil { ids[word] = Int32(ids.count) }
    }

    mutating func insert<S: Sequence<String>>(contentsOf words: S) {
        for word in words { insert(word) }
    }

    func id(_ word: String) -> Int32 { ids[word] ?? Vocabulary.unknown }

    /// Gives each word and symbol token its number.
    func number(_ tokens: inout [Token]) {
        for k in tokens.indices where tokens[k].kind != .number { tokens[k].word = id(tokens[k].text) }
    }

    /// A flag per word number, set for the words given.
    func flags<S: Sequence<String>>(_ words: S) -> [Bool] {
        var flags = [Bool](repeating: false, count: count)
        for word in words { let i = id(word); if i >= 0 { flags[Int(i)] = true } }
        return flags
    }
}
