import Understanding

extension Desk {
    /// Whether lines of this intent book, change, cancel, complete or spend: they never act past words left
    /// unread that could change what was asked. A switch rather than a `Set<Intent>`, whose first use
    /// costs a search of the runtime's conformances at start-up.
    static func acts(_ intent: Intent) -> Bool {
        switch intent {
        case .book, .modify, .cancel, .done, .budget: true
        default: false
        }
    }

    /// Acts on a fresh line when every word that matters was read. Otherwise it acts on the request the
    /// line begins with, when that stands on its own before a joining word, and names the rest; or it asks.
    func actOnWhatWasRead(_ parse: Parse, line: String) throws -> Reply {
        if parse.negated { return try declined(parse, line: line) }
        // "cancel 2 hours of the packer": part of a booking; cancelling the whole of it would be more than was asked.
        if parse.intent == .cancel, parse.slots.durationMinutes != nil || parse.slots.delta != nil {
            return Reply.refusal(
                line, intent: .cancel,
                "That names a length, so I haven't cancelled anything: a booking is cancelled whole. To cut it, say "
                    + "\"shorten #2 by 2 hours\" or \"make #2 finish at 3\"; to cancel it, \"cancel #2\".",
                error: .wordsNotUnderstood)
        }
        // "need the receptionist an hour later": a change by an amount in a request for help. A new booking has no
        // amount to change by, so whether one is meant, and which, is asked; the amount is never dropped.
        if parse.intent == .book, parse.slots.delta != nil {
            return Reply.refusal(
                line, intent: .book,
                "That asks for a change by an amount, so I haven't booked anything. To change a booking, name it, "
                    + "like \"move #2 an hour later\"; to book, say when, like \"need a receptionist tomorrow at 10\".",
                error: .wordsNotUnderstood)
        }
        if let excluded = parse.excluded, parse.intent == .book, parse.slots.role != nil, parse.slots.date != nil {
            var open = parse.slots
            open.start = nil
            open.end = nil
            open.partOfDay = false
            let who = label(parse.slots.role!)
            return ask(
                .time, "You said \"\(excluded)\": which hours do you need the \(who) on \(parse.slots.date!.short)? For example \"1pm to 5pm\".",
                intent: .book, slots: open, line: line)
        }
        if let size = parse.slots.group, parse.intent == .cancel || parse.intent == .done, !parse.unreadMatters {
            return try actOnGroup(size, parse: parse, line: line)
        }
        // "cancel #1 and book a packer on Friday": a cancellation by number and a request, as one step.
        if parse.intent == .cancel, parse.unreadMatters, let certain = grammar.certainPart(of: parse, now: localNow),
            let first = certain.head.slots.bookingId, let requests = bookingRequests(in: certain.rest)
        {
            return try bookAll(requests, line: line, cancelling: [first] + certain.head.slots.moreBookingIds)
        }
        if !parse.slots.moreBookingIds.isEmpty, let first = parse.slots.bookingId {
            let ids = [first] + parse.slots.moreBookingIds
            if parse.intent == .cancel, !parse.unreadMatters { return try cancelAll(ids, line: line) }
            if parse.intent == .done, !parse.unreadMatters { return try markAllDone(ids, slots: parse.slots, line: line) }
            if Desk.acts(parse.intent) {
                return Reply.refusal(
                    line, intent: parse.intent,
                    "That names \(ids.count) bookings (\(ids.map { "#\($0)" }.joined(separator: ", "))). "
                        + "Please ask for them one at a time, so nothing is changed by mistake.", error: .severalBookings)
            }
        }
        if parse.intent == .book || (parse.isUnknown && parse.slots.role != nil), parse.unreadMatters,
            let requests = grammar.requests(in: parse, now: localNow)
        {
            return try bookAll(requests, line: line)
        }
        // A change reads the booking it names and the new values apart, from the line's reading; it checks its words itself.
        if parse.intent == .modify { return try modify(parse.slots, line: line, reading: parse) }
        guard Desk.acts(parse.intent), parse.unreadMatters else {
            return try act(on: parse.intent, slots: parse.slots, line: line, reading: parse)
        }
        if let certain = grammar.certainPart(of: parse, now: localNow) {
            var reply = try act(on: certain.head.intent, slots: certain.head.slots, line: line)
            reply.text += " I didn't understand \"\(certain.rest)\", so I did nothing about it. Say it again?"
            reply.unread = [certain.rest]
            return reply
        }
        return notUnderstood(parse.unread.filter(\.matters).map(\.text), intent: parse.intent, line: line)
    }

    /// The words after an action read as booking requests, each whole: one request, or several joined.
    func bookingRequests(in text: String) -> [Slots]? {
        let rest = grammar.parse(text, now: localNow)
        guard !rest.negated, rest.excluded == nil else { return nil }
        if rest.intent == .book, !rest.unreadMatters, rest.slots.bookingId == nil, rest.slots.delta == nil { return [rest.slots] }
        if rest.intent == .book || (rest.isUnknown && rest.slots.role != nil) { return grammar.requests(in: rest, now: localNow) }
        return nil
    }

    /// The reply to a line that acts but holds words the desk could not read: nothing is done.
    func notUnderstood(_ unread: [String], intent: Intent, line: String) -> Reply {
        let words = unread.map { "\"\($0)\"" }
        let list = words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
        var reply = Reply.refusal(
            line, intent: intent,
            "I'm not sure what \(list) \(words.count == 1 ? "means" : "mean") here, so I haven't \(Desk.pastTense[intent] ?? "done") anything. Could you say it another way?",
            error: .wordsNotUnderstood)
        reply.unread = unread
        return reply
    }

    /// "no need for IT support on Friday after all": nothing is booked; a booking that fits is named,
    /// so cancelling it is one short line away, but never done unasked.
    func declined(_ parse: Parse, line: String) throws -> Reply {
        var text = "OK, I won't book that. Nothing was booked."
        if parse.slots.role != nil || parse.slots.date != nil, case .found(let fits) = try resolve(.described(parse.slots)), fits.count == 1 {
            text +=
                " You have #\(fits[0].id) booked for \(time.span(fits[0].start, fits[0].end)); say \"cancel #\(fits[0].id)\" if it is no longer needed."
        }
        return Reply(input: line, intent: parse.intent, text: text)
    }

    static let pastTense: [Intent: String] = [.book: "booked", .modify: "changed", .cancel: "cancelled", .done: "marked", .budget: "changed"]
}
