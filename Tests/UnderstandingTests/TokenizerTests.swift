import Testing

@testable import Understanding

/// The tokenizer reads a line the same whether or not it numbers the words by a vocabulary.
@Suite struct TokenizerTests {
    static let lines = [
        "Book #3 at 9:30am, £12.50 & 2.5h",
        "we'd like two DELIVERIES drivers next Tue 25:00 or 13:75",
        "it’s an extraordinarilylongwordthatnobodyknows on 3/12 for 1234567890 mins",
        "need 3 receptionists and a PA, 9-5 €40 — thanks!",
        "",
        "   "
    ]

    @Test func numberedTokensKeepTheirTextKindAndPlace() {
        let vocabulary = Phrasing.grammar.tables.vocabulary
        for line in Self.lines {
            let plain = Tokenizer.tokenize(line)
            let numbered = Tokenizer.tokenize(line, vocabulary: vocabulary)
            #expect(plain.map(\.text) == numbered.map(\.text), "\(line)")
            #expect(plain.map(\.kind) == numbered.map(\.kind), "\(line)")
            #expect(plain.map(\.start) == numbered.map(\.start) && plain.map(\.end) == numbered.map(\.end), "\(line)")
            #expect(plain.map(\.integer) == numbered.map(\.integer), "\(line)")
            #expect(plain.map(\.contracted) == numbered.map(\.contracted), "\(line)")
            for token in numbered where token.word >= 0 { #expect(vocabulary.word(token.word) == token.text) }
        }
    }

    @Test func wordsAreNumberedAndPluralsSingular() {
        let vocabulary = Phrasing.grammar.tables.vocabulary
        let tokens = Tokenizer.tokenize("Receptionists deliveries ZZqx", vocabulary: vocabulary)
        #expect(tokens.map(\.text) == ["receptionists", "deliveries", "zzqx"])
        #expect(tokens[0].singular == vocabulary.id("receptionist"))
        #expect(tokens[2].word == -1 && tokens[2].singular == -1)
        #expect(Tokenizer.tokenize("25:00 9:30 12")[0].isImpossibleClock)
        #expect(Tokenizer.tokenize("25:00 9:30 12").map(\.integer) == [nil, nil, 12])
    }

    @Test func filledArraysEqualRepeatedOnes() {
        for count in [0, 1, 2, 17, 70] {
            #expect([UInt64](filling: 7, count: count) == [UInt64](repeating: 7, count: count))
            #expect([TokenReading](filling: .unread, count: count) == [TokenReading](repeating: .unread, count: count))
        }
    }
}
