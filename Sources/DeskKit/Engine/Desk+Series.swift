import Understanding

extension Desk {
    /// A recurring request ("every Monday in December"): read back with its dates and total,
    /// and booked in one transaction after a yes, so one undo takes the whole series back.
    func bookSeries(_ role: Role, _ slot: Slot, _ slots: Slots, line: String) throws -> Reply {
        let now = self.now
        let dates = slots.occurrences.filter { time.instant(LocalDateTime(date: $0, minute: slot.start)) >= now }
        guard !dates.isEmpty else {
            return Reply.refusal(
                line, intent: .book, "Every date of that series has already passed, so I can't book it.",
                error: .timeInThePast)
        }
        let count = max(slots.count ?? 1, 1)
        // Each date is priced on its own: a Saturday or a public holiday in the series costs more.
        let spans = dates.map { instants($0, slot) }
        let quotes = spans.map { Pricing.quote(role, start: $0.start, minutes: $0.minutes, bookedAt: now, catalogue: catalogue, time: time) }
        let quote = quotes[0]
        let total = quotes.reduce(0) { $0 + $1.totalMinor } * Int64(count)
        if let refusal = overCap(total, slots: slots, line: line) { return refusal }
        let prices = Set(quotes.map(\.totalMinor))
        let eachPrice = prices.count == 1 ? "\(money(quote.totalMinor)) each" : "\(money(prices.min()!)) to \(money(prices.max()!)) each"
        let each = count == 1 ? withArticle(role.label) : "\(count) × \(role.label)"
        let hours = "\(Clock24.format(slot.start))-\(Clock24.format(slot.end))"
        let days = dates.map(\.short).joined(separator: ", ")
        let how = slots.recurrenceNote.map { " (\($0))" } ?? ""
        let passed = slots.occurrences.filter { !dates.contains($0) }.map(\.short)
        let passedNote =
            passed.isEmpty
            ? ""
            : " (\(passed.count == 1 ? passed[0] + " has" : passed.dropLast().joined(separator: ", ") + " and " + passed.last! + " have") already passed, so I left \(passed.count == 1 ? "it" : "them") out)"
        let bookings = dates.count * count == 1 ? "1 booking" : "\(dates.count * count) bookings"
        guard confirmed(.series) else {
            return confirm(
                .series,
                "That is \(bookings)\(how): \(each), \(hours), on \(days)\(passedNote); "
                    + "\(eachPrice), \(money(total)) in all. Book \(dates.count * count == 1 ? "it" : "them all")? (yes/no)",
                intent: .book, slots: slots, line: line)
        }
        var planned: [Booking] = []
        for (span, quote) in zip(spans, quotes) {
            let booking = Booking(
                role: role.id, start: span.start, end: span.end, task: slots.task,
                currency: quote.currency, quoteMinor: quote.totalMinor, billableMinutes: quote.billableMinutes,
                createdAt: now, request: line, quote: quote)
            planned += Array(repeating: booking, count: count)
        }
        let outcome = try commit(planned, line: line) { "booked a series of \($0.count), \(Desk.numberRange($0))" }
        let stored: [Booking], notes: [String]
        switch outcome {
        case .needsConfirmation(let kind, let question): return confirm(kind, question, intent: .book, slots: slots, line: line)
        case .booked(let made, let madeNotes): (stored, notes) = (made, madeNotes)
        case .noOneFree(let why, _): return Reply.refusal(line, intent: .book, why, error: .noOneFree)
        }
        conversation.lastBooking = stored[0]
        conversation.lastCount = count
        return Reply(
            input: line, intent: .book,
            text: "Booked \(Desk.numberRange(stored)): \(each), \(hours), on \(days); \(eachPrice), "
                + "\(money(total)) in all." + notes.map { " " + $0 }.joined() + assignmentText(stored)
                + " Say \"undo\" to take the whole series back.",
            bookings: stored, quote: quote)
    }

    /// "#4-#8" for consecutive numbers, else "#4, #6".
    static func numberRange(_ bookings: [Booking]) -> String {
        let ids = bookings.map(\.id)
        guard let first = ids.first, let last = ids.last else { return "" }
        if ids.count > 2, ids == Array(first...last) { return "#\(first)-#\(last)" }
        return ids.map { "#\($0)" }.joined(separator: ", ")
    }
}
