/// Several requests in one line: "need a receptionist Tuesday 9-5 and Wednesday 10-2", "a receptionist
/// and an IT tech on Friday", "two packers and two receptionists". The line splits at joining words that
/// no entity claimed; each clause is read on its own, and what is said once (the role, the day, the hours)
/// is shared with the clauses that lack it.
extension Grammar {
    public func requests(in parse: Parse, now: LocalDateTime) -> [Slots]? {
        let tokens = parse.tokens
        var cuts: [(from: Int, to: Int)] = []
        var start = 0
        for k in tokens.indices
        where joins(tokens, k) && (parse.reading[k] == .filler || parse.reading[k] == .punctuation || parse.reading[k].rawValue == 0) {
            if k > start { cuts.append((start, k)) }
            start = k + 1
        }
        if start < tokens.count { cuts.append((start, tokens.count)) }
        guard cuts.count >= 2, cuts.count <= 6 else { return nil }
        var clauses: [Slots] = []
        for (index, cut) in cuts.enumerated() {
            let bytes = parse.input.utf8
            let from = bytes.index(bytes.startIndex, offsetBy: tokens[cut.from].start)
            let to = bytes.index(bytes.startIndex, offsetBy: tokens[cut.to - 1].end)
            let clause = self.parse(String(parse.input[from..<to]), now: now)
            // Each clause is read whole, asks for something, and is no other kind of line.
            guard !clause.unreadMatters, !clause.negated, clause.excluded == nil else { return nil }
            if index == 0 {
                guard clause.intent == .book || clause.slots.role != nil else { return nil }
            } else {
                guard [Intent.book, .unknown].contains(clause.intent) || clause.slots.role != nil else { return nil }
            }
            let s = clause.slots
            guard s.role != nil || s.date != nil || s.start != nil || s.count != nil || !s.occurrences.isEmpty else { return nil }
            guard s.bookingId == nil, !s.refersToPrevious || s.role != nil, s.delta == nil, s.moneyMinor == nil else { return nil }
            clauses.append(s)
        }
        // What is said once is shared: from the clause before, else from the one after.
        for i in clauses.indices {
            let near = Array(clauses[..<i].reversed()) + Array(clauses[(i + 1)...])
            if clauses[i].role == nil, let with = near.first(where: { $0.role != nil }) {
                clauses[i].role = with.role; clauses[i].roleText = with.roleText
                if clauses[i].count == nil { clauses[i].count = with.count }
            }
            if clauses[i].date == nil, clauses[i].dateProblem == nil, let with = near.first(where: { $0.date != nil }) {
                clauses[i].date = with.date; clauses[i].dateSpanDays = with.dateSpanDays; clauses[i].dateReading = with.dateReading
                clauses[i].occurrences = with.occurrences; clauses[i].recurrenceReading = with.recurrenceReading
                clauses[i].alternativeDate = with.alternativeDate
            }
            if clauses[i].start == nil, clauses[i].durationMinutes == nil, !clauses[i].allDay,
                let with = near.first(where: { $0.start != nil || $0.durationMinutes != nil })
            {
                clauses[i].start = with.start; clauses[i].end = with.end; clauses[i].partOfDay = with.partOfDay
                clauses[i].durationMinutes = with.durationMinutes
            }
        }
        // Two clauses that ask for the same thing are one request said twice, not two.
        for i in clauses.indices { for j in clauses.indices where j > i && clauses[i] == clauses[j] { return nil } }
        return clauses
    }
}
