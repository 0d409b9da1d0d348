extension Grammar {
    /// Reads the words of a parse that refer to bookings already made. One pass over the tokens, each a
    /// table look-up by word number.
    func references(_ tokens: [Token], _ reading: [TokenReading]) -> ReferenceWords {
        let lexicon = tables.lexicon
        var words = ReferenceWords()
        for i in tokens.indices {
            // Most words begin none of these phrases; a number may begin a count ("2 of them").
            guard tokens[i].kind == .number || (tokens[i].word >= 0 && tables.startsReferenceWords[Int(tokens[i].word)]) else { continue }
            if !words.pointsBack, lexicon.pointingWords.match(tokens, at: i) != nil { words.pointsBack = true }
            if !words.repeatsLast, let said = lexicon.repeatingWords.match(tokens, at: i) {
                let last = reading[i + said.length - 1]
                if last == .trigger || last == .filler { words.repeatsLast = true }
            }
            if words.countOfThem == nil, let count = countOfThem(tokens, at: i) { words.countOfThem = count }
            if !words.namesStoredBooking, lexicon.storedWords.match(tokens, at: i) != nil,
                i == 0 || (lexicon.notStoredWords.match(tokens, at: i - 1)?.length ?? 0) < 2
            {
                words.namesStoredBooking = true
            }
        }
        return words
    }

    /// "two of them", "a couple of those" (whose number carries its own "of") starting at `i`: how many.
    private func countOfThem(_ tokens: [Token], at i: Int) -> Int? {
        let value: Int, length: Int
        if let n = tokens[i].integer {
            (value, length) = (n, 1)
        } else if let m = tables.lexicon.numbers.match(tokens, at: i) {
            (value, length) = (m.payload, m.length)
        } else {
            return nil
        }
        let k = i + length
        guard k < tokens.count, let rest = tables.lexicon.ofThemWords.match(tokens, at: k) else { return nil }
        return rest.length > 1 || tokens[k - 1].text == "of" ? value : nil
    }
}
