extension Grammar {
    /// The number of the offer a line picks, when the line says only that: "2", "the second one", "option 2",
    /// "the 2nd please". Any other word, or a second number, and it picks nothing.
    public func choiceNumber(_ line: String) -> Int? {
        let tokens = Tokenizer.tokenize(line, vocabulary: tables.vocabulary)
        let lexicon = tables.lexicon
        var picked: Int?
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .symbol || lexicon.pickWords.contains(token.text) || (picked != nil && lexicon.ordinals.match(tokens, at: i) != nil) {
                i += 1
                continue
            }
            var value: Int, length: Int
            if let n = token.integer {
                (value, length) = (n, 1)
            } else if let m = lexicon.dayWords.match(tokens, at: i) {
                (value, length) = (m.payload, m.length)
            } else if let m = lexicon.numbers.match(tokens, at: i), m.payload > 1 || token.text == "one" {
                (value, length) = (m.payload, m.length)
            } else {
                return nil
            }
            guard picked == nil else { return nil }
            picked = value
            i += length
        }
        return picked
    }
}
