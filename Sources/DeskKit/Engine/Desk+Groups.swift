import Understanding

/// Several bookings named together ("cancel them all", "mark both done", "cancel the two of them"), and the
/// price of bookings already made ("how much will that cost?").
extension Desk {
    /// The group is the bookings the last reply that showed any listed or touched. With none, or a number said
    /// that is not how many there were, the desk asks for the numbers rather than guess.
    /// A group said with a description ("cancel all my bookings on Saturday", "both receptionists on Friday")
    /// is every upcoming booking that fits it.
    func actOnGroup(_ size: Int, parse: Parse, line: String) throws -> Reply {
        let ids: [Int]
        let described = parse.slots.role != nil || parse.slots.date != nil
        if described, case .described(let description) = reference(in: parse.slots) {
            switch try resolve(.described(description)) {
            case .none(let message): return Reply.refusal(line, intent: parse.intent, message, error: .noSuchBooking)
            case .several(let bookings), .found(let bookings): ids = bookings.map { Int($0.id) }
            }
        } else {
            ids = conversation.group.map(Int.init)
        }
        let said = size == 0 ? "all of them" : "\(size) bookings"
        // One booking is not "them all": asking costs a line, a wrong guess costs a booking.
        // All that fit a description may be one ("cancel all my bookings on Saturday").
        guard ids.count >= 2 || (described && size == 0 && ids.count == 1) else {
            return Reply.refusal(
                line, intent: parse.intent,
                "I'm not sure which bookings you mean. Say their numbers, like \"#1 and #2\" (\"show my bookings\" lists them). Nothing was changed.",
                error: .noGroup)
        }
        guard size == 0 || size == ids.count else {
            return Reply.refusal(
                line, intent: parse.intent,
                "You said \(said), but \(described ? "the ones that fit" : "the last I showed") were \(ids.count) (\(ids.map { "#\($0)" }.joined(separator: ", "))). "
                    + "Which do you mean? Say their numbers, like \"#\(ids[0]) and #\(ids[1])\". Nothing was changed.",
                error: .groupSizeDiffers)
        }
        if parse.intent == .done { return try markAllDone(ids, slots: parse.slots, line: line) }
        return try cancelAll(ids, line: line)
    }

    /// "how much will that cost?", "what does #2 come to?": the bookings' quotes, as stored when they were made.
    func quoteBooked(_ slots: Slots, line: String) -> Reply {
        let found: [Booking]
        do {
            if slots.group != nil {
                found = try store.read { tx in try conversation.group.compactMap { try tx.booking(id: $0) } }
            } else {
                switch try resolve(reference(in: slots)) {
                case .found(let bookings): found = bookings
                case .several(let bookings): return askWhich(bookings, verb: "price", intent: .quote, slots: slots, line: line)
                case .none(let why): return Reply.refusal(line, intent: .quote, why, error: .noSuchBooking)
                }
            }
        } catch {
            return Reply.refusal(line, intent: .quote, "Sorry, the bookings could not be read: \(error).", error: .storage("\(error)"))
        }
        guard !found.isEmpty else {
            return Reply.refusal(line, intent: .quote, "I'm not sure which booking you mean. Say its number, like \"#2\".", error: .noSuchBooking)
        }
        let lines = found.map { b -> String in
            let price = b.quote.map(priceWords) ?? money(b.quoteMinor)
            let state = b.status == .booked ? "quoted" : "\(b.status.rawValue), owed"
            return
                "#\(b.id): \(label(b.role)), \(time.span(b.start, b.end)) (\(DurationText.format(b.minutes))), \(state) \(b.status == .booked ? price : money(b.owedMinor))"
        }
        var text = lines.joined(separator: "; ")
        if found.count > 1 {
            let total = found.reduce(Int64(0)) { $0 + $1.owedMinor }
            let tax = found.reduce(Int64(0)) { $0 + ($1.status == .booked ? ($1.quote?.taxMinor ?? 0) : 0) }
            text += "; \(money(total)) in all" + (tax > 0 ? " plus \(catalogue.rules.taxName) (\(money(total + tax)) with it)" : "")
        }
        return Reply(input: line, intent: .quote, text: text + ". Nothing was changed.", bookings: found)
    }
}
