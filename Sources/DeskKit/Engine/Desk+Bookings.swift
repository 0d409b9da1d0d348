import Understanding

extension Desk {
    func list(_ slots: Slots, line: String) throws -> Reply {
        if slots.role != nil || slots.status != nil { return try listFiltered(slots, line: line) }
        let (from, to, asked) = askedWindow(slots) ?? fromToday
        var scope = asked
        let limit = Desk.listLimit
        let (earlier, later) = try store.read { tx -> (BookingPage?, BookingPage) in
            // Work that has ended but was never marked done, and open deadline tasks, stay in view until dealt with.
            let earlier = slots.date == nil ? try tx.awaiting(at: now, startedBefore: from, limit: limit) : nil
            return (earlier, try tx.listing(startingFrom: from, before: to, limit: limit))
        }
        if let earlier, earlier.count > 0 { scope = "from today on or still open" }
        let count = (earlier?.count ?? 0) + later.count
        guard count > 0 else {
            return Reply(input: line, intent: .list, text: "You have nothing booked \(scope).")
        }
        let total = (earlier?.owedMinor ?? 0) + later.owedMinor
        // A long listing shows its first bookings; the count and total still cover all of them.
        let shown = Array(((earlier?.bookings ?? []) + later.bookings).prefix(limit))
        return listReply("\(count) booking\(count == 1 ? "" : "s") \(scope), \(money(total)) in all:", shown: shown, count: count, line: line)
    }

    /// A list of one role's bookings or of bookings in one state ("any IT support booked this month?", "show my
    /// cancelled bookings"): within the days asked for, else from today on (a state's list: all of them).
    func listFiltered(_ slots: Slots, line: String) throws -> Reply {
        let status = slots.status.flatMap(BookingStatus.init(rawValue:))
        // A state's list with no days: all of them, whenever they were.
        let (from, to, scope) = askedWindow(slots) ?? (status == nil ? fromToday : (Int64.min, Int64.max, ""))
        let found = try store.read { try $0.bookings(startingFrom: from, before: to, status: status, limit: nil) }
            .filter { (slots.role == nil || $0.role == slots.role) && (status != nil || $0.status != .cancelled) }
        let what = [slots.status, slots.role.map { catalogue.role($0)?.label ?? $0 }].compactMap { $0 }.joined(separator: " ")
        let scopeText = scope.isEmpty ? "" : " " + scope
        guard !found.isEmpty else {
            return Reply(input: line, intent: .list, text: "You have no \(what) bookings\(scopeText).")
        }
        let total = found.reduce(0) { $0 + $1.owedMinor }
        return listReply(
            "\(found.count) \(what) booking\(found.count == 1 ? "" : "s")\(scopeText), \(money(total)) in all:",
            shown: Array(found.prefix(Desk.listLimit)), count: found.count, line: line)
    }

    /// The days a list asked for, as instants and as the reply names them; nil when it named none.
    private func askedWindow(_ slots: Slots) -> (from: Int64, to: Int64, scope: String)? {
        guard let date = slots.date else { return nil }
        let last = date.adding(days: slots.dateSpanDays)
        return (
            time.instant(LocalDateTime(date: date, minute: 0)), time.instant(LocalDateTime(date: last, minute: 0)),
            slots.dateSpanDays == 1 ? "on \(date.short)" : "from \(date.short) to \(last.adding(days: -1).short)"
        )
    }

    /// Everything from the start of today on.
    private var fromToday: (from: Int64, to: Int64, scope: String) {
        (time.instant(LocalDateTime(date: localNow.date, minute: 0)), Int64.max, "from today on")
    }

    /// A list's reply: the heading, a line for each booking shown, and how many more the count holds.
    private func listReply(_ heading: String, shown: [Booking], count: Int, line: String) -> Reply {
        var lines = [heading]
        for b in shown { lines.append(describe(b)) }
        if count > shown.count {
            lines.append("… and \(count - shown.count) more. Ask for a day or a week (\"what have I booked on Friday?\") to see them.")
        }
        return Reply(input: line, intent: .list, text: lines.joined(separator: "\n"), bookings: shown)
    }

    /// One line for a booking in a list.
    func describe(_ b: Booking) -> String {
        let when = b.isDeadline == true ? "due \(time.dueText(b.end))" : time.span(b.start, b.end)
        var text = "#\(b.id)  \(when)  \(label(b.role))  \(money(b.owedMinor))"
        if let person = b.assistant { text += "  with \(person.name)" }
        if let standing = standing(b) { text += "  (\(standing))" }
        if let task = b.task { text += "  task: \(task)" }
        return text
    }

    func cancel(_ slots: Slots, line: String) throws -> Reply {
        if let id = slots.bookingId, !slots.moreBookingIds.isEmpty { return try cancelAll([id] + slots.moreBookingIds, line: line) }
        let now = self.now
        guard let id = slots.bookingId else {
            if slots.role != nil || slots.date != nil || slots.refersToPrevious || references(nil, line: line).pointsBack {
                return try cancel(resolving: slots, line: line)
            }
            // The question shows the next ten; however many there are, only those are read.
            let upcoming = try store.read { try $0.bookings(startingFrom: now, before: Int64.max, status: .booked, limit: 10) }
            if upcoming.isEmpty {
                return Reply.refusal(line, intent: .cancel, "You have no upcoming bookings to cancel.", error: .nothingToCancel)
            }
            let choices = upcoming.map(describe).joined(separator: "\n")
            return ask(
                .booking, "Which booking should I cancel? Say its number, like \"#\(upcoming[0].id)\":\n\(choices)",
                intent: .cancel, slots: slots, line: line)
        }
        let fee = try lateCancellationFee(id: id, at: now)
        if let fee, !confirmed(.lateCancellation) {
            return ask(
                .confirmation, "Cancelling #\(id) this late carries a fee of \(money(fee)). Cancel it anyway? (yes/no)",
                intent: .cancel, slots: slots, line: line, confirming: .lateCancellation)
        }
        let result = try store.transaction { tx -> Result<Booking, Refusal> in
            guard var booking = try tx.booking(id: Int64(id)) else {
                return .failure(Refusal(message: "There is no booking #\(id).", failure: .noSuchBooking))
            }
            switch booking.status {
            case .cancelled: return .failure(Refusal(message: "Booking #\(id) is already cancelled.", failure: .already(.cancelled)))
            case .done, .invoiced:
                return .failure(
                    Refusal(
                        message: "Booking #\(id) is already \(booking.status.rawValue); it can't be cancelled.", failure: .already(booking.status)))
            case .booked: break
            }
            guard booking.start > now || booking.isDeadline == true else {
                return .failure(Refusal(message: "Booking #\(id) has already started, so it can't be cancelled.", failure: .alreadyStarted))
            }
            let before = booking
            booking.status = .cancelled
            booking.charge = cancellationCharge(booking, fee: fee, at: now)
            try tx.update(booking)
            try tx.record(request: line, summary: "cancelled #\(id)", madeAt: now, changes: [(before, booking)])
            return .success(booking)
        }
        switch result {
        case .failure(let refusal):
            return Reply.refusal(line, intent: .cancel, refusal.message, error: refusal.failure)
        case .success(let booking):
            return Reply(
                input: line, intent: .cancel,
                text: "Cancelled #\(id): \(label(booking.role)), \(time.span(booking.start, booking.end))."
                    + " " + cancellationWords(booking) + " Say \"undo\" to restore it.",
                bookings: [booking])
        }
    }

    func undo(line: String) throws -> Reply {
        var putBack = false
        // Bookings the undo gives back to the person they had (a hand-over taken back), to say so.
        var givenBack: Set<Int64> = []
        let step = try stepJournal(
            line, intent: .undo,
            started: {
                "#\($0) has already started, so undo can't take it back: the work is owed. "
                    + "Mark it done with the time worked (\"#\($0) is done, took 2 hours\"), or leave it awaiting confirmation."
            }
        ) { tx, now in
            // A change put back keeps every booking's status (only its times, role or task move back).
            putBack = true
            return try tx.undoLatest(vetting: { step in
                try Desk.refuseTakingAwayStartedWork(step, now: now)
                try refuseDoubleBooking(step, in: tx, now: now)
                if case .restore(let state, let current?) = step, current.status == state.status {
                    if let held = state.assistant, held.id != current.assistant?.id { givenBack.insert(state.id) }
                    return
                }
                putBack = false
            })
        }
        if let refusal = step.refusal { return refusal }
        guard let undone = step.done else {
            return Reply.refusal(line, intent: .undo, "There is nothing to undo.", error: .nothingToUndo)
        }
        pending = nil
        var text = "Undone: \(undone.summary)."
        if putBack, !undone.reverted.isEmpty {
            // A change put back: say what the booking is again.
            text +=
                " "
                + undone.reverted.map { booking in
                    let who = givenBack.contains(booking.id) ? ", with \(booking.assistant!.name)" : ""
                    return
                        "#\(booking.id) is back to \(label(booking.role)), \(time.span(booking.start, booking.end)), \(money(booking.quoteMinor))\(who)."
                }.joined(separator: " ")
        }
        if step.budgetMoved { text += " " + (try budgetNow()) }
        return Reply(input: line, intent: .undo, text: text, bookings: undone.reverted)
    }

    /// "Your monthly budget is now £500.00." or "No monthly budget is set now.", after undo or redo of a budget change.
    func budgetNow() throws -> String {
        guard let budget = try store.read({ try $0.monthlyBudget() }) else { return "No monthly budget is set now." }
        return "Your monthly budget is now \(money(budget))."
    }

    static let helpText = """
        Tell me what help you need in your own words. For example:
          need a receptionist Tuesday                  book for the role's usual hours
          book an admin assistant tomorrow 2pm for 3 hours
          how much is a receptionist for 8 hours?      a price, nothing booked
          what have I booked this week?                list bookings (also: show my bookings)
          cancel #2                                    cancel a booking by its number
          make it 3 hours / actually Wednesday         change the booking just made
          cancel the Tuesday one                       name a booking by its day, role or number
          undo / redo                                  take back what the last request did, or do it again
          history                                      the recent changes
          #3 is done, took 2.5 hours                   record the time actually worked
          set my monthly budget to £800                then: am I on budget?
          invoice for November                         bill a month's completed work
          what are your rates?                         the price list
          quit                                         leave (Ctrl-D works too)
        """
}
