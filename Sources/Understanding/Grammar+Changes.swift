extension Grammar {
    /// Splits a change into the booking it names and its new values. When nothing before a split names a
    /// booking, the whole line is new values for the last booking touched. `slots` are the line's own, or
    /// those of a request asked about and answered; `reading` is the line's parse when the slots are its own,
    /// and only then are unread words given.
    public func changeReading(_ slots: Slots, line: String, reading: Parse?, now: LocalDateTime) -> ChangeReading {
        let whole = reading.map { $0.unread.filter(\.matters).map(\.text) } ?? []
        if let id = slots.bookingId { return ChangeReading(target: .number(id), values: slots, unread: whole) }
        let tokens = reading?.tokens ?? Tokenizer.tokenize(line, vocabulary: tables.vocabulary)
        let lexicon = tables.lexicon
        let bytes = Array(line.utf8)
        func text(_ range: some RangeExpression<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var splits: [(leftEnd: Int, rightStart: Int, afterOne: Bool)] = []
        // "the Tuesday one | 3 hours": the naming ends after "one"; "my PA on Friday | to Monday": the values begin at "to".
        if let cue = tokens.indices.first(where: { lexicon.oneWords.match(tokens, at: $0)?.length == 1 }) {
            splits.append((tokens[cue].end, tokens[cue].end, true))
        }
        if let to = tokens.indices.first(where: { lexicon.changeToWords.match(tokens, at: $0) != nil }) {
            splits.append((tokens[to].start, tokens[to].end, false))
        }
        let definiteEnd = reading.flatMap(definiteDescriptionEnd)
        if let reading, let end = definiteEnd, end < reading.tokens.count {
            splits.append((reading.tokens[end - 1].end, reading.tokens[end].start, false))
        }
        for split in splits {
            var left = parse(text(..<split.leftEnd), now: now)
            readChangeWords(&left)
            let named = left.slots
            // "the 10am one | to 11": a start time names a booking only with "one" after it; in "make it 9am | to
            // 6pm" the hours are the new values.
            guard named.role != nil || named.date != nil || (split.afterOne && named.start != nil) else { continue }
            var right = parse(text(split.rightStart...), now: now)
            readChangeWords(&right)
            var values = right.slots
            // "extend Friday's packer by 2 hours": the word of the change came before the naming, so the
            // amount alone after it is that change, not a new length.
            if reading != nil, values.delta == nil, let delta = slots.delta, values.durationMinutes == abs(delta.minutes) {
                values.delta = delta
                values.durationMinutes = nil
            }
            // "9 to 5" splits nowhere useful: the "to" belongs to the hours.
            guard split.leftEnd == split.rightStart || values != Slots() else { continue }
            // Each part read on its own: a word is unread only when neither part read it.
            let unread = reading == nil ? [] : (left.unread + right.unread).filter(\.matters).map(\.text)
            return ChangeReading(target: .described(named), values: values, unread: unread, naming: naming(left))
        }
        // "make the receptionist on Thursday finish earlier": a booking named with "the" is never the last one
        // touched changed into it. When what follows gives nothing to change, the desk asks about it.
        if let reading, let end = definiteEnd {
            let left = parse(text(..<reading.tokens[end - 1].end), now: now)
            let rest = end < reading.tokens.count ? text(reading.tokens[end].start...) : ""
            return ChangeReading(target: .described(left.slots), values: Slots(), unread: rest.isEmpty ? [] : [rest], naming: naming(left))
        }
        // "make my PA on Friday 10 to 2": "my" marks the role and day as naming the booking.
        if slots.role != nil, tokens.indices.contains(where: { lexicon.possessiveWords.match(tokens, at: $0) != nil }) {
            var named = Slots(), values = slots
            named.role = slots.role
            named.date = slots.date
            named.dateSpanDays = slots.dateSpanDays
            named.dateReading = slots.dateReading
            values.role = nil
            values.date = nil
            values.dateNote = nil
            values.dateSpanDays = 1
            return ChangeReading(target: .described(named), values: values, unread: whole, naming: nil)
        }
        return ChangeReading(target: .previous, values: slots, unread: whole, naming: nil)
    }

    /// The words of the part that names a booking, from the first its parse read as more than a trigger or filler.
    private func naming(_ part: Parse) -> String? {
        guard let first = part.reading.firstIndex(where: { $0 != .trigger && $0 != .filler && $0 != .punctuation }) else { return nil }
        let bytes = Array(part.input.utf8)
        return String(decoding: bytes[part.tokens[first].start..<part.tokens[part.tokens.count - 1].end], as: UTF8.self)
    }
}
