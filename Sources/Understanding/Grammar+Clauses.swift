/// A line split where a request ends and words nothing read begin: "need a receptionist Thursday and
/// Sat 10-2" is a booking for Thursday, then "and Sat 10-2".
public struct CertainPart: Sendable {
    /// The reading of the words before the split, which has nothing unread that matters.
    public let head: Parse
    /// The words from the split on, as typed.
    public let rest: String
}

extension Grammar {
    /// Where a line that leaves words unread can still be acted on: the words before the first of them
    /// that matters, up to a joining word ("and", "then", ",") that starts their clause, read on their own
    /// as a complete request of the same intent. Nil when the unread words could change that request:
    /// a negation or a correction after the split ("but not in the morning", "sorry I mean Friday"),
    /// or no joining word before them.
    public func certainPart(of parse: Parse, now: LocalDateTime) -> CertainPart? {
        let tokens = parse.tokens
        guard let first = tokens.indices.first(where: { parse.unreadMatters(at: $0) }) else { return nil }
        guard let split = (0..<first).last(where: { joins(tokens, $0) }), split > 0 else { return nil }
        for k in split..<tokens.count where changesScope(tokens, k) { return nil }
        let bytes = parse.input.utf8
        let cut = bytes.index(bytes.startIndex, offsetBy: tokens[split].start)
        let head = self.parse(String(parse.input[..<cut]), now: now)
        guard head.intent == parse.intent, !head.unreadMatters else { return nil }
        var rest = Substring(parse.input[cut...])
        while let c = rest.first, c == "," || c == ";" || c == " " { rest = rest.dropFirst() }
        // "two receptionists for Monday, one 9-1 and one 1-5": hours with no day or role of their own are the
        // head's, whose own hours were not said; acting on the head alone would book the wrong hours.
        let h = head.slots
        if h.start == nil, h.durationMinutes == nil, !h.allDay {
            let r = self.parse(String(rest), now: now).slots
            if r.start != nil || r.durationMinutes != nil, r.date == nil, r.role == nil, r.occurrences.isEmpty { return nil }
        }
        return CertainPart(head: head, rest: String(rest))
    }

    /// A word or mark that joins two requests: "and", "then", "also", ",", ";".
    func joins(_ tokens: [Token], _ k: Int) -> Bool {
        tables.lexicon.joiners.match(tokens, at: k) != nil
    }

    /// A negation or correction at `k`: what follows changes what came before.
    func changesScope(_ tokens: [Token], _ k: Int) -> Bool {
        tables.lexicon.negations.match(tokens, at: k) != nil || tables.lexicon.corrections.match(tokens, at: k) != nil
    }
}
