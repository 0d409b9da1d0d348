/// A signed change to a booking's hours: `extend it by 2 hours` moves the end 120 minutes later,
/// `push it back an hour` moves both ends, `start 30 minutes earlier` only the start.
public struct TimeDelta: Sendable, Equatable {
    public enum Anchor: Sendable, Equatable { case start, end, both }
    public var minutes: Int
    public var anchor: Anchor
}

extension Scan {
    /// Reads a change by an amount: a length beside a word of `lengthen`, `shorten`, `delay` or `advance`
    /// (language.words) is that change, not a new length; `bring it forward to 8` is a new start.
    mutating func recogniseDeltas() {
        // Most lines hold no such word, which one pass over the flags shows (a copy of the lexicon would cost more).
        guard tokens.contains(where: { $0.word >= 0 && tables.startsDelta[Int($0.word)] }) else { return }
        var sign = 0, anchor = TimeDelta.Anchor.end
        var words: [(Int, Int)] = []
        for k in tokens.indices where tokens[k].word >= 0 && tables.startsDelta[Int(tokens[k].word)] {
            if let m = tables.lexicon.longer.match(tokens, at: k) {
                sign = 1; anchor = .end; words.append((k, m.length))
            } else if let m = tables.lexicon.shorter.match(tokens, at: k) {
                sign = -1; anchor = .end; words.append((k, m.length))
            } else if let m = tables.lexicon.later.match(tokens, at: k) {
                sign = 1; anchor = .both; words.append((k, m.length))
            } else if let m = tables.lexicon.earlier.match(tokens, at: k) {
                sign = -1; anchor = .both; words.append((k, m.length))
            }
        }
        guard sign != 0 else { return }
        // "add a PA on Friday" is a booking; "add 30 minutes" a change.
        // "push the IT support back an hour": a role said with "the" or "my" names the booking to change.
        if slots.role != nil && !slots.refersToPrevious && slots.bookingId == nil && !roleIsDefinite { return }
        // "start an hour earlier", "finish 30 minutes later": only that end moves.
        for k in tokens.indices {
            if tables.lexicon.startWords.match(tokens, at: k) != nil {
                anchor = .start
            } else if tables.lexicon.endWords.match(tokens, at: k) != nil {
                anchor = .end
            }
        }
        if let minutes = slots.durationMinutes, let at = durationTokens {
            slots.delta = TimeDelta(minutes: sign * minutes, anchor: anchor)
            slots.durationMinutes = nil
            if at.lowerBound > 0, tokens[at.lowerBound - 1].text == "by", free(at.lowerBound - 1) { claim(at.lowerBound - 1, 1) }
        } else if anchor == .both, slots.start == nil, let to = tokens.indices.first(where: { tokens[$0].text == "to" && free($0) }),
            let clock = clockTime(to + 1)
        {
            // "bring it forward to 8": the new start; the length stays.
            slots.start = resolve(clock)
            claim(to, 1 + clock.length)
        } else {
            return
        }
        for (k, length) in words { for j in k..<(k + length) where free(j) { claim(j, 1) } }
        for k in tokens.indices
        where free(k) && (tables.lexicon.startWords.match(tokens, at: k) != nil || tables.lexicon.endWords.match(tokens, at: k) != nil) {
            claim(k, 1)
        }
    }

    /// Whether the role read is said with a definite word before it and the days beside it ("the Monday receptionist").
    private var roleIsDefinite: Bool {
        guard let role = roleIndex else { return false }
        return tables.saidDefinite(role, tokens: tokens, reading: used)
    }
}
