extension Grammar {
    /// The number in "two of them", "make it 3 of those", "just one of them"; nil when the line has none.
    /// A correction changes how many of the last booking there are with it.
    public func countOfThem(_ line: String) -> Int? {
        let tokens = Tokenizer.tokenize(line, vocabulary: tables.vocabulary)
        for i in tokens.indices {
            var length = 0, value = 0
            if let n = tokens[i].integer { (value, length) = (n, 1) }
            else if let m = tables.lexicon.numbers.match(tokens, at: i) { (value, length) = (m.payload, m.length) }
            else { continue }
            var k = i + length
            // "a couple of" carries its own "of".
            if k < tokens.count, tokens[k].text == "of" { k += 1 }
            if k < tokens.count, tokens[k].text == "them" || tokens[k].text == "those", tokens[k - 1].text == "of" {
                return value
            }
        }
        return nil
    }
}
