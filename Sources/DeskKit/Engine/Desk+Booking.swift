import Understanding

extension Desk {
    /// The hours a request names, resolved against a role's default shift.
    struct Slot {
        var start: Int
        var end: Int
        /// The end was said as a time of day ("10pm to 6am"), not as a length ("for 8 hours").
        var endIsTimeOfDay = false
    }

    /// Where a slot on a date starts and ends. An end said as a time of day is that time on the clock, so
    /// a night across a change of the clocks lasts 7 or 9 hours; a length is that much time worked.
    func instants(_ date: CivilDate, _ slot: Slot) -> (start: Int64, end: Int64, minutes: Int) {
        let start = time.instant(LocalDateTime(date: date, minute: slot.start))
        guard slot.endIsTimeOfDay else { return (start, start + Int64(slot.end - slot.start) * 60, slot.end - slot.start) }
        let end = time.instant(LocalDateTime(date: date.adding(days: slot.end / (24 * 60)), minute: slot.end % (24 * 60)))
        return (start, end, Int((end - start) / 60))
    }

    /// Start and end minutes for a request, or the slot to ask for when they cannot be told.
    func hours(_ slots: Slots, role: Role) -> Result<Slot, Missing> {
        // "for an hour on Friday morning": the part of the day says when it starts, the length how long.
        if slots.partOfDay, let start = slots.start, let d = slots.durationMinutes {
            return .success(Slot(start: start, end: start + d))
        }
        if let start = slots.start, let end = slots.end {
            // "6pm to 2am" ends the next morning, and pricing splits it at midnight. A range that would
            // last over 12 hours that way ("9pm to 5") is more likely a misreading, and is left to be refused.
            let overnight = end <= start && end + 24 * 60 - start <= 12 * 60
            return .success(Slot(start: start, end: overnight ? end + 24 * 60 : end, endIsTimeOfDay: true))
        }
        if let start = slots.start {
            if let d = slots.durationMinutes { return .success(Slot(start: start, end: start + d)) }
            if slots.allDay { return .success(Slot(start: start, end: start + role.shiftMinutes)) }
            return .failure(Missing(slot: .duration))
        }
        if let end = slots.end {
            // "until 3pm": from the usual start; an end before it leaves the start to ask about.
            guard end > role.shiftStart else { return .failure(Missing(slot: .time)) }
            return .success(Slot(start: role.shiftStart, end: end))
        }
        if let d = slots.durationMinutes { return .success(Slot(start: role.shiftStart, end: role.shiftStart + d)) }
        return .success(Slot(start: role.shiftStart, end: role.shiftEnd))
    }

    /// The most people one request books: beyond it a typo ("100 packers") would cost too much unnoticed.
    static let largestGroup = 20

    /// The refusal for a request for more people than one request books, or for nobody ("0 packers"), or nil.
    func tooMany(_ slots: Slots, intent: Intent, line: String) -> Reply? {
        guard let count = slots.count else { return nil }
        if count < 1 {
            return Reply.refusal(
                line, intent: intent, "A booking needs at least one person, and this asks for \(count). How many do you need?",
                error: .badCount)
        }
        guard count > Desk.largestGroup else { return nil }
        return Reply.refusal(
            line, intent: intent,
            "One request covers at most \(Desk.largestGroup) people, and this asks for \(count). "
                + "Please ask for them in groups of up to \(Desk.largestGroup).", error: .tooManyPeople)
    }

    /// `reading` is the line's parse, when the slots are its own.
    func book(_ slots: Slots, line: String, reading: Parse? = nil) throws -> Reply {
        let slots = try repeating(slots, line: line, reading: reading) ?? slots
        if let refusal = tooMany(slots, intent: .book, line: line) { return refusal }
        switch plan(slots) {
        case .ask(let needs, let text, let open, let within):
            return ask(needs, text, intent: .book, slots: open, line: line, within: within)
        case .confirm(let kind, let text): return confirm(kind, text, intent: .book, slots: slots, line: line)
        case .refuse(let text, let failure): return Reply.refusal(line, intent: .book, text, error: failure)
        case .deadline(let role, let due): return try bookDeadlineTask(slots, role: role, due: due, line: line)
        case .series(let role, let slot): return try bookSeries(role, slot, slots, line: line)
        case .single(let role, let slot, let date): return try bookSingle(role, slot, on: date, slots, line: line)
        }
    }

    /// The checks of a booking request, in the order the owner is asked: the role, the length, the day, the hours,
    /// then whether the time has passed or looks unusual. Nothing is stored here.
    func plan(_ slots: Slots) -> BookingPlan {
        guard let roleId = slots.role, let role = catalogue.role(roleId) else {
            let when = slots.date.map { " on \($0.short)" } ?? ""
            return .ask(.role, "What kind of help do you need\(when)? I can book: \(roleList()).", slots)
        }
        if let problem = slots.durationProblem {
            var open = slots
            open.durationProblem = nil
            return .ask(.duration, "I can't book that: \(problem). For how long do you need the \(role.label)?", open)
        }
        if let problem = slots.dateProblem {
            var open = slots
            open.dateProblem = nil
            open.problemIsTime = false
            return .ask(.date, "I can't book that: \(problem). \(slots.problemIsTime ? "Which day and time" : "Which day") did you mean?", open)
        }
        guard let date = slots.date else {
            if let span = slots.span {
                return .ask(.date, "Which day should the \(role.label) start, \(span.phrase)?", slots)
            }
            return .ask(.date, "Which day do you need the \(role.label)?", slots)
        }
        if let passed = slots.passedDate, !confirmed(.nextYear) {
            return .confirm(
                .nextYear,
                "\(passed.short) \(passed.year) has already passed. Did you mean \(date.short) \(date.year)? Say \"yes\", or give another day.")
        }
        if slots.deadline {
            return .deadline(role, due: date)
        }
        if slots.dateSpanDays > 1 {
            let last = date.adding(days: slots.dateSpanDays - 1)
            return .ask(
                .date, "Which day between \(date.short) and \(last.short) do you need the \(role.label)?", Slots.keepingAllBut(date: slots),
                within: (date, slots.dateSpanDays))
        }
        let slot: Slot
        switch hours(slots, role: role) {
        case .success(let s): slot = s
        case .failure(let missing) where missing.slot == .time:
            return .ask(.time, "What time should the \(role.label) start, to finish at \(Clock24.format(slots.end ?? 0))?", slots)
        case .failure(let missing):
            return .ask(missing.slot, "For how long do you need the \(role.label) from \(Clock24.format(slots.start ?? 0))?", slots)
        }
        if slot.end == slot.start, slots.durationMinutes == 0 {
            var open = slots
            open.durationMinutes = nil
            return .ask(.duration, "A booking needs some time to work. For how long do you need the \(role.label)?", open)
        }
        guard slot.end > slot.start else {
            var open = slots
            open.start = nil
            open.end = nil
            open.durationMinutes = nil
            return .ask(
                .time,
                "\(Clock24.format(slot.start)) to \(Clock24.format(slot.end)) would run overnight. Which hours did you mean? For example \"9 to 5\" or \"9pm to 11pm\".",
                open)
        }
        guard slot.end - slot.start <= 24 * 60 else {
            return .refuse("One booking can last at most 24 hours; please split longer work into days.", .tooLong)
        }
        let (start, _, _) = instants(date, slot)
        // A run of days may begin in the past ("28-30 November" said on the 30th): the series leaves those days out.
        guard start >= self.now || !slots.occurrences.isEmpty else {
            return .refuse(
                "\(date.short) at \(Clock24.format(slot.start)) has already passed, so I can't book it. Which day or time did you mean?",
                .timeInThePast)
        }
        if !confirmed(.hours), let concern = Plausibility.hoursConcern(role, start: slot.start, minutes: slot.end - slot.start) {
            return .confirm(.hours, "\(concern) Book it as said? Say \"yes\", or give other hours like \"9 to 5\".")
        }
        if !confirmed(.farAhead), let concern = Plausibility.farAheadConcern(date, today: localNow.date) {
            return .confirm(.farAhead, "\(concern) Book \(withArticle(role.label)) then? Say \"yes\", or give another day.")
        }
        return slots.occurrences.isEmpty ? .single(role, slot, on: date) : .series(role, slot)
    }

    /// Commits one slot on one day for the people asked for, unless the same work is already booked.
    func bookSingle(_ role: Role, _ slot: Slot, on date: CivilDate, _ slots: Slots, line: String) throws -> Reply {
        let (start, end, minutes) = instants(date, slot)
        let now = self.now
        let count = max(slots.count ?? 1, 1)
        let quote = Pricing.quote(role, start: start, minutes: minutes, bookedAt: now, catalogue: catalogue, time: time)
        if let refusal = overCap(quote.totalMinor * Int64(count), slots: slots, line: line) { return refusal }
        let booking = Booking(
            role: role.id, start: start, end: end, task: slots.task, currency: quote.currency,
            quoteMinor: quote.totalMinor, billableMinutes: quote.billableMinutes, createdAt: now, request: line,
            quote: quote)
        // Several people asked for in one request are never duplicates of each other; the same slot booked again is asked about.
        let outcome = try commit(
            Array(repeating: booking, count: count), line: line,
            precheck: { tx in
                guard !confirmed(.duplicate) else { return nil }
                let twins = try tx.activeTwins(role: role.id, start: start, end: end, task: slots.task)
                return twins.isEmpty
                    ? nil : .needsConfirmation(.duplicate, duplicateQuestion(twins, role: role, start: start, end: end, count: count))
            }
        ) { "booked \(Desk.numberRange($0))" }
        let stored: [Booking], budgetText: String?
        switch outcome {
        case .needsConfirmation(let kind, let question): return confirm(kind, question, intent: .book, slots: slots, line: line)
        case .booked(let made, let notes): (stored, budgetText) = (made, notes.first)
        case .noOneFree(let why, let offers):
            guard !offers.isEmpty else { return Reply.refusal(line, intent: .book, why, error: .noOneFree) }
            return offer(offers, why, intent: .book, slots: slots, line: line)
        }
        let ids = Desk.numberRange(stored)
        conversation.lastBooking = stored[0]
        conversation.lastCount = count
        var what = "\(role.label), \(time.span(start, end)) (\(DurationText.format(minutes)))"
        if let task = slots.task { what += ", task: \(task)" }
        var text: String
        if count == 1 {
            text = "Booked \(ids): \(what), quoted \(priceWords(quote))."
        } else {
            text = "Booked \(ids): \(count) × \(what), quoted \(priceWords(quote)) each, \(money(quote.totalMinor * Int64(count))) in all."
        }
        if let budgetText { text += " " + budgetText }
        text += assignmentText(stored)
        if let alternative = slots.alternativeDate {
            text += " (I took \"\(slots.dateNote ?? "that day")\"; if you meant \(alternative.short), say \"undo\" and book it for that day.)"
        }
        text += " Say \"undo\" to take it back."
        return Reply(input: line, intent: .book, text: text, bookings: stored, quote: quote)
    }

    /// "need a receptionist tuesday, budget £50": a request that would cost more than the most it was given is
    /// refused with the price, and nothing is booked; the monthly budget is not touched.
    func overCap(_ total: Int64, slots: Slots, line: String) -> Reply? {
        guard slots.moneyIsCap, let cap = slots.moneyMinor, total > cap else { return nil }
        return Reply.refusal(
            line, intent: .book,
            "That would cost \(money(total)) before \(catalogue.rules.taxName), more than the \(money(cap)) you said it should stay within, so I haven't booked it. "
                + "Ask for fewer hours, or say it again with a higher limit.", error: .overLimit)
    }

    func quote(_ slots: Slots, line: String) -> Reply {
        if slots.role == nil, slots.bookingId != nil || slots.refersToPrevious || slots.group != nil { return quoteBooked(slots, line: line) }
        guard let roleId = slots.role, let role = catalogue.role(roleId) else {
            return ask(.role, "Which kind of help should I price? I can quote: \(roleList()).", intent: .quote, slots: slots, line: line)
        }
        if let problem = slots.durationProblem {
            return Reply.refusal(
                line, intent: .quote, "I can't price that: \(problem). For how long should I price the \(role.label)?", error: .badDuration)
        }
        var minutes: Int
        switch hours(slots, role: role) {
        case .success(let slot): minutes = slot.end - slot.start
        case .failure: minutes = role.shiftMinutes
        }
        guard minutes > 0, minutes <= 24 * 60 else {
            return Reply.refusal(line, intent: .quote, "Please give a length between a few minutes and 24 hours.", error: .badDuration)
        }
        if let refusal = tooMany(slots, intent: .quote, line: line) { return refusal }
        let count = max(slots.count ?? 1, 1)
        let quote: Quote
        var when: String
        if let date = slots.date, slots.dateSpanDays == 1, slots.dateProblem == nil {
            let slot: Slot
            switch hours(slots, role: role) {
            case .success(let found): slot = found
            case .failure: slot = Slot(start: slots.start ?? role.shiftStart, end: (slots.start ?? role.shiftStart) + minutes)
            }
            let start: Int64
            (start, _, minutes) = instants(date, slot)
            quote = Pricing.quote(role, start: start, minutes: minutes, bookedAt: now, catalogue: catalogue, time: time)
            when = " on \(time.span(start, start + Int64(minutes) * 60))"
        } else {
            quote = Pricing.quote(role, minutes: minutes, catalogue: catalogue)
            when = " on a weekday in the daytime"
        }
        let withTax = quote.taxMinor > 0 ? " plus \(catalogue.rules.taxName)" : ""
        var text =
            "\(withArticle(role.label).capitalisingFirst()) for \(DurationText.format(minutes))\(when) costs \(money(quote.totalMinor))\(withTax)"
        if quote.taxMinor > 0 { text += " (\(money(quote.totalWithTaxMinor)) in all)" }
        if count > 1 {
            // The lines that follow, and the quote in JSON, are one person's; the totals say so.
            let all = quote.taxMinor > 0 ? " (\(money(quote.totalWithTaxMinor * Int64(count))) in all)" : ""
            text =
                "\(count) × \(role.label) for \(DurationText.format(minutes))\(when) cost \(money(quote.totalMinor * Int64(count)))\(withTax)\(all), "
                + "\(money(quote.totalMinor)) each; for each one"
        }
        text += ": " + quote.lines.map { "\($0.label) \(money($0.amountMinor))" }.joined(separator: "; ")
        text += ". Nothing has been booked."
        conversation.quoted = slots
        return Reply(input: line, intent: .quote, text: text, quote: quote)
    }
}

/// A slot a request lacks.
struct Missing: Error {
    let slot: Needs
}

/// Why a change was refused, in words for the owner.
struct Refusal: Error {
    let message: String
    /// The code of the reply that passes this refusal on.
    var failure: ReplyFailure
}

extension String {
    func capitalisingFirst() -> String { prefix(1).uppercased() + dropFirst() }
}

extension Slots {
    /// The same request with its date left open, for asking which day of a week.
    static func keepingAllBut(date slots: Slots) -> Slots {
        var s = slots
        s.date = nil
        s.dateSpanDays = 1
        s.dateNote = nil
        s.alternativeDate = nil
        return s
    }
}
