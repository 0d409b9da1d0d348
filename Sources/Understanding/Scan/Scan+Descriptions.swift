extension Scan {
    /// A booking named by description instead of number: `that`, `it`, `the Tuesday one`,
    /// `the receptionist booking`, `my PA on Friday`. Sets `refersToPrevious`; the role, date and time
    /// stay in their slots as the description, for the desk to find the booking they fit.
    mutating func recogniseDescriptions() {
        guard slots.bookingId == nil else { return }
        for i in tokens.indices where free(i) {
            if let group = match(tables.lexicon.groupWords, i) {
                slots.group = group.payload
                claim(i, group.length)
                return
            }
            if let that = match(tables.lexicon.thatWords, i) {
                slots.refersToPrevious = true
                claim(i, that.length)
                return
            }
            // "the Tuesday one", "my booking", "the 2pm booking": a definite word, any entity words, then "one".
            if let one = match(tables.lexicon.oneWords, i), let start = definiteStart(before: i) {
                slots.refersToPrevious = true
                claim(start, i + one.length - start)
                return
            }
        }
        // "my PA on Friday", "the receptionist": a definite word just before the role.
        if let role = roleIndex, role > 0, free(role - 1), match(tables.lexicon.definiteWords, role - 1) != nil {
            slots.refersToPrevious = true
            claim(role - 1, 1)
        }
    }

    /// Where "the"/"my" stands before `i`, with only entity words between.
    private mutating func definiteStart(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, used[k].rawValue != 0, k >= i - 6 { k -= 1 }
        guard k >= 0, match(tables.lexicon.definiteWords, k) != nil else { return nil }
        return k
    }
}
