import Understanding

/// A line said while a question waits: whether it answers it, what the request becomes, and carrying on.
extension Desk {
    /// Treats a line as the answer to the pending question, unless it is a new request.
    /// Returns nil when the line should be handled on its own.
    func answer(_ parse: Parse, to waiting: Pending) throws -> Reply? {
        if waiting.needs == .confirmation { return try answerConfirmation(parse, to: waiting) }
        if parse.intent == .no {
            pending = nil
            return Reply(input: parse.input, intent: .no, text: "OK, I've dropped that request: nothing was booked, changed or cancelled.")
        }
        // A line that picks none of the offers is a new request, and the offers are dropped.
        if waiting.needs == .choice {
            pending = nil
            if let n = grammar.choiceNumber(parse.input), !(1...waiting.offers.count).contains(n) {
                return missedAnswer(waiting, input: parse.input)
            }
            guard let offer = chosen(parse, among: waiting.offers) else { return nil }
            roster.named = offer.person.name
            // What the owner already confirmed of the request (its unusual hours) holds for the offer picked.
            return try resume(waiting, slots: slots(waiting.slots, takingUp: offer), answer: parse.input, confirmed: waiting.confirmed)
        }
        if let corrected = correcting(waiting, with: parse) {
            pending = nil
            return try resume(waiting, slots: corrected, answer: parse.input, confirmed: waiting.confirmed)
        }
        // "yes" answers no question about a day or a role: say again what is needed.
        if parse.intent == .yes { return missedAnswer(waiting, input: parse.input) }
        // A line with its own trigger ("cancel #2", "need a PA Friday", "help") starts afresh.
        if parse.triggered || (!parse.isUnknown && parse.slots.role != nil && waiting.needs != .role) {
            pending = nil
            return nil
        }
        var new = parse.slots
        if waiting.needs == .booking, new.bookingId == nil, let picked = try pick(parse, among: waiting.choices) {
            new.bookingId = Int(picked)
        }
        guard fits(new, answering: waiting) else {
            if !parse.isUnknown {
                pending = nil
                return nil
            }
            return missedAnswer(waiting, input: parse.input)
        }
        let (slots, resumed) = filled(waiting, with: new)
        pending = nil
        return try resume(resumed, slots: slots, answer: parse.input)
    }

    /// Whether what a line gives is what the question waited for.
    func fits(_ new: Slots, answering waiting: Pending) -> Bool {
        switch waiting.needs {
        case .role: return new.role != nil
        case .date: return new.date != nil || new.dateProblem != nil
        // "For how long?" "until 5pm": one time, with the start already known, is the end.
        case .duration:
            return new.durationMinutes != nil || new.allDay || (new.start != nil && (new.end != nil || waiting.slots.start != nil))
                || (new.end != nil && waiting.slots.start != nil)
        case .time: return new.start != nil
        case .booking: return new.bookingId != nil
        // Answered before the question's slots are looked at.
        case .confirmation, .choice: return false
        }
    }

    /// The waiting request with what the answer gives filled in; what the request already had is kept.
    /// Pure: the caller resumes the request it returns.
    func filled(_ waiting: Pending, with new: Slots) -> (Slots, Pending) {
        var slots = waiting.slots
        if slots.role == nil, let role = new.role { slots.role = role; slots.roleText = new.roleText; slots.count = new.count ?? slots.count }
        if slots.date == nil, new.date != nil || new.dateProblem != nil {
            var new = new
            // "Which day next week?" "Wednesday": the Wednesday of that week, not the coming one.
            if let within = waiting.within, let date = new.date,
                date < within.first || date >= within.first.adding(days: within.days)
            {
                let offset = (date.weekday - within.first.weekday + 7) % 7
                if offset < within.days { new.date = within.first.adding(days: offset); new.alternativeDate = nil }
            }
            slots.takeDay(from: new)
            slots.spreadOverSpan()
        }
        if waiting.needs == .duration, let start = slots.start, slots.end == nil, new.durationMinutes == nil,
            let end = new.start ?? new.end, new.start == nil || new.end == nil
        {
            // An end at or before the start is the afternoon's ("from 2" "until 5").
            slots.end = end <= start && end + 12 * 60 > start ? end + 12 * 60 : end
        }
        if slots.start == nil, let start = new.start { slots.start = start; slots.end = new.end; slots.partOfDay = new.partOfDay }
        if slots.durationMinutes == nil, let d = new.durationMinutes { slots.durationMinutes = d }
        if new.allDay { slots.allDay = true }
        var waiting = waiting
        if waiting.needs == .booking, let id = new.bookingId {
            slots.bookingId = id
            waiting.targets = [Int64(id)]
        }
        if slots.task == nil, let task = new.task { slots.task = task }
        return (slots, waiting)
    }

    /// A new line while a question waited: a line that only looks (a list, the rates, a price) keeps a question
    /// about a day, a role or hours waiting and says so; one that acts or asks its own question, and any line
    /// after a yes/no question (a later "yes" must never confirm it unseen), drops it and says that too.
    /// A line that is the same request about the same booking ("#1 took 4 hours" after "How long did #1 take?") says nothing.
    func setAside(_ waiting: Pending, reply: Reply, parse: Parse) -> Reply {
        var reply = reply
        if let id = waiting.slots.bookingId, parse.slots.bookingId == id, parse.intent == waiting.intent { return reply }
        let request = waiting.request.split(separator: "→").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? waiting.request
        let what = waiting.needs.words
        if pending == nil, waiting.needs != .confirmation, Desk.lookingIntents.contains(reply.intent) {
            pending = waiting
            reply.text += " (Your earlier request \"\(request)\" is still waiting for \(what).)"
        } else {
            reply.text += " (I've dropped your earlier request \"\(request)\", which was waiting for \(what).)"
        }
        return reply
    }

    /// Lines that change nothing and ask nothing: a question waiting before them still waits.
    static let lookingIntents: Set<Intent> = [
        .list, .week, .rates, .help, .quote, .spend, .status, .history, .greeting, .thanks,
        .team, .covering, .free, .doing, .nextFree
    ]

    /// A line that does not answer the question: say what is expected, and after the second, drop the request.
    func missedAnswer(_ waiting: Pending, input: String) -> Reply {
        var again = waiting
        again.misses += 1
        if again.misses >= 2 {
            pending = nil
            return Reply(
                input: input, intent: waiting.intent, ok: false,
                text:
                    "I still don't have \(waiting.needs.words), so I've dropped that request. Start again whenever you like, for example \"need a receptionist Tuesday\".",
                failure: .requestDropped(waiting.needs))
        }
        pending = again
        return Reply(
            input: input, intent: waiting.intent, ok: false,
            text: "Sorry, I need \(waiting.needs.words). \(waiting.needs.example)",
            needs: waiting.needs, failure: .expected(waiting.needs))
    }

    /// Carries on with a request once its question is answered. The journal keeps the request
    /// and its answer together ("need a PA → Friday"); the reply is to the answering line.
    func resume(_ waiting: Pending, slots: Slots, answer: String, confirmed: Set<ConfirmationKind> = []) throws -> Reply {
        let request = "\(waiting.request) → \(answer)"
        if roster.named == nil { roster.named = waiting.named }
        conversation.confirmed = confirmed
        defer { conversation.confirmed = [] }
        var reply: Reply
        if !waiting.several.isEmpty {
            // The answer (a day, hours, a yes) goes to every request that lacks it; all are booked together.
            let requests = waiting.several.map { request -> Slots in
                var r = request
                if r.date == nil, r.dateProblem == nil {
                    r.takeDay(from: slots)
                    r.occurrences = slots.occurrences
                }
                if r.start == nil, r.durationMinutes == nil, !r.allDay {
                    r.start = slots.start; r.end = slots.end; r.partOfDay = slots.partOfDay; r.durationMinutes = slots.durationMinutes
                }
                return r
            }
            reply = try bookAll(requests, line: request, cancelling: waiting.cancelling)
        } else if waiting.intent == .modify, let targets = waiting.targets {
            // The request asked about says which change it was: "four of them" adds people, anything else changes them.
            if let count = references(nil, line: waiting.request).countOfThem {
                let group = try store.read { tx in try targets.compactMap { try tx.booking(id: $0) } }
                reply = try recount(group, to: count, line: request)
            } else {
                reply = try change(targets: targets, to: slots, line: request)
            }
        } else {
            reply = try act(on: waiting.intent, slots: slots, line: request)
        }
        reply.input = answer
        return reply
    }
}
