/// A booking named by a definite description inside a change: "the receptionist on Monday should start
/// at 10" names the Monday receptionist and changes its start; "make it a receptionist" changes the role.
extension Grammar {
    /// The index of the first token after a description that opens with a definite word ("the", "my",
    /// "our": the list `definite` in `language.words`) and holds a role; nil when the line has none.
    /// The description runs over the role and the days, fillers and other role words beside it.
    public func definiteDescriptionEnd(_ parse: Parse) -> Int? {
        let tokens = parse.tokens, reading = parse.reading
        guard let role = reading.firstIndex(of: .role), tables.saidDefinite(role, tokens: tokens, reading: reading) else { return nil }
        var end = role + 1
        while end < tokens.count, reading[end] == .role || reading[end] == .date || reading[end] == .filler,
            !startsDefinite(tokens, at: end)
        {
            end += 1
        }
        // Fillers at the end belong to what follows ("… on Monday to start at 10").
        while end > role + 1, reading[end - 1] == .filler { end -= 1 }
        return end
    }

    private func startsDefinite(_ tokens: [Token], at k: Int) -> Bool {
        tables.lexicon.definiteWords.match(tokens, at: k)?.length == 1
    }
}

extension Grammar.Tables {
    /// Whether the role read at `role` is said with a definite word before it and the days beside it
    /// ("the Monday receptionist", "my PA"), or after a day's possessive ("Friday's packer"): a booking
    /// named, not a new value.
    func saidDefinite(_ role: Int, tokens: [Token], reading: [TokenReading]) -> Bool {
        var first = role
        while first > 0, reading[first - 1] == .date || reading[first - 1] == .role { first -= 1 }
        if first > 0 && lexicon.definiteWords.match(tokens, at: first - 1)?.length == 1 { return true }
        return (first..<role).contains { reading[$0] == .date && tokens[$0].contracted }
    }
}
