import Understanding

/// Bookings after they are made: done with the time actually worked, deadline tasks, what a line
/// says about where a booking stands.
extension Desk {
    /// "#3 is done, took 2.5 hours", "mark the Tuesday receptionist done".
    func markDone(_ slots: Slots, line: String) throws -> Reply {
        let now = self.now
        let booking: Booking
        switch try resolveForDone(slots) {
        case .found(let b): booking = b
        case .none(let why): return Reply.refusal(line, intent: "done", why, error: "no such booking")
        case .several(let choices):
            let list = choices.prefix(10).map(describe).joined(separator: "\n")
            return ask("booking", "Which one is done? Say its number, like \"#\(choices[0].id)\":\n\(list)",
                       intent: "done", slots: slots, line: line)
        }
        let id = booking.id
        switch booking.status {
        case .booked: break
        case .done, .invoiced:
            return Reply.refusal(line, intent: "done", "#\(id) is already marked \(booking.status.rawValue)"
                                 + (booking.workedMinutes.map { " with \(DurationText.format($0)) worked" } ?? "") + ".",
                                 error: "already \(booking.status.rawValue)")
        case .cancelled:
            return Reply.refusal(line, intent: "done", "#\(id) was cancelled, so it can't be marked done.", error: "cancelled")
        }
        let deadline = booking.isDeadline == true
        if !deadline, booking.start > now {
            return Reply.refusal(line, intent: "done", "#\(id) hasn't started yet (it starts \(time.span(booking.start, booking.end))), so it can't be done.",
                                 error: "not started")
        }
        var worked: Int
        var from = booking.start
        if let d = slots.durationMinutes {
            worked = d
        } else if let start = slots.start, let end = slots.end, end > start {
            // "worked 6pm to 9pm": priced from when the work actually started, on the booked day.
            worked = end - start
            if !deadline { from = time.instant(LocalDateTime(date: time.local(booking.start).date, minute: start)) }
        } else if deadline || booking.end > now {
            // A task has no booked hours, and work still under way may stop early: ask rather than guess.
            var keep = slots
            keep.bookingId = Int(id)
            return ask("duration", "How long did #\(id) take? For example \"took 2.5 hours\".", intent: "done", slots: keep, line: line)
        } else {
            worked = booking.minutes
        }
        guard worked > 0, worked <= 24 * 60 else {
            return Reply.refusal(line, intent: "done", "The time worked should be between a minute and 24 hours.", error: "bad duration")
        }
        if !deadline, from + Int64(worked) * 60 > now {
            let elapsed = max(Int((now - from) / 60), 0)
            return Reply.refusal(line, intent: "done",
                                 "#\(id) started at \(time.dueText(from)), only \(DurationText.format(elapsed)) ago, so \(DurationText.format(worked)) can't have been worked yet.",
                                 error: "more time than has passed")
        }
        guard let role = catalogue.role(booking.role) else {
            return Reply.refusal(line, intent: "done", "#\(id) is for a role no longer in the catalogue (\(booking.role)).", error: "unknown role")
        }
        let charge = deadline
            ? Pricing.quote(role, minutes: worked, catalogue: catalogue)
            : Pricing.quote(role, start: from, minutes: worked, bookedAt: booking.createdAt, catalogue: catalogue, time: time)
        var after = booking
        after.status = .done
        after.workedMinutes = worked
        after.charge = charge
        let stored = after
        try store.transaction { tx in
            try tx.update(stored)
            try tx.record(request: line, summary: "marked #\(id) done", madeAt: now, changes: [(booking, stored)])
        }
        worked = stored.workedMinutes ?? worked
        var text = "Marked #\(id) done: \(label(booking.role)), \(deadline ? "due " + time.dueText(booking.end) : time.span(booking.start, booking.end)); "
        text += slots.durationMinutes == nil && slots.start == nil ? "\(DurationText.format(worked)) worked as booked" : "\(DurationText.format(worked)) worked"
        text += ", charged \(priceWords(charge))"
        if charge.totalMinor != booking.quoteMinor { text += "; quoted \(money(booking.quoteMinor))" }
        text += ". Say \"undo\" to take it back."
        return Reply(input: line, intent: "done", text: text, bookings: [stored], quote: charge)
    }

    enum Resolution {
        case found(Booking)
        case none(String)
        case several([Booking])
    }

    /// Finds the booking a "done" line means: by number, or by role and day among bookings not yet
    /// done. A weekday names the most recent such day when the coming one has not happened yet.
    func resolveForDone(_ slots: Slots) throws -> Resolution {
        if let id = slots.bookingId {
            guard let b = try store.read({ try $0.booking(id: Int64(id)) }) else { return .none("There is no booking #\(id).") }
            return .found(b)
        }
        let now = self.now
        let open = try store.read { try $0.bookings(startingFrom: Int64.min, before: Int64.max, status: .booked) }
        var candidates = open.filter { $0.isDeadline == true || $0.start <= now }
        if let role = slots.role { candidates = candidates.filter { $0.role == role } }
        if let date = slots.date {
            let days = [date, date.adding(days: -7)]
            candidates = candidates.filter { b in
                days.contains(time.local(b.isDeadline == true ? b.end : b.start).date)
            }
        }
        var what = slots.role.map(label) ?? "booking"
        if let date = slots.date { what += " on \(date.short) or \(date.adding(days: -7).short)" }
        switch candidates.count {
        case 0:
            let hint = open.isEmpty ? "" : " Say its number, like \"#\(open[0].id) is done\"."
            return .none("I can't find a \(what) that has started and is waiting to be marked done.\(hint)")
        case 1: return .found(candidates[0])
        default: return .several(candidates)
        }
    }

    /// "get someone to transcribe 20 pages by Friday": stored with its due time; charged for the time worked.
    func bookDeadlineTask(_ slots: Slots, role: Role, due date: CivilDate, line: String, overBudgetConfirmed: Bool) throws -> Reply {
        let now = self.now
        let due = time.instant(LocalDateTime(date: date, minute: slots.start ?? role.shiftEnd))
        guard due > now else {
            return Reply.refusal(line, intent: "book", "\(time.dueText(due)) has already passed. When should it be done by?", error: "deadline in the past")
        }
        let estimate = slots.durationMinutes ?? role.minimumMinutes
        let quote = Pricing.quote(role, minutes: estimate, catalogue: catalogue)
        if !overBudgetConfirmed, let warning = try budgetWarning(adding: quote.totalMinor, at: now) {
            return holdForBudget(warning, slots: slots, line: line)
        }
        let booking = Booking(role: role.id, start: now, end: due, task: slots.task, currency: quote.currency, quoteMinor: quote.totalMinor,
                              billableMinutes: quote.billableMinutes, createdAt: now, request: line, quote: quote, isDeadline: true)
        let stored = try store.transaction { tx -> Booking in
            let made = try tx.insert(booking)
            try tx.record(request: line, summary: "booked #\(made.id)", madeAt: now, changes: [(nil, made)])
            return made
        }
        var text = "Booked #\(stored.id): \(withArticle(role.label))"
        if let task = slots.task { text += ", task: \(task)" }
        text += ", due by \(time.dueText(due)). "
        if slots.durationMinutes != nil {
            text += "Estimated \(DurationText.format(estimate)), quoted \(priceWords(quote)); you pay for the time actually worked."
        } else {
            text += "You pay for the time actually worked at \(money(role.hourlyMinor))/h plus \(catalogue.rules.taxName), at least \(DurationText.format(role.minimumMinutes)) (\(money(quote.totalMinor)))."
        }
        if let budget = try budgetNote(at: now) { text += " " + budget }
        text += " Say \"undo\" to take it back."
        return Reply(input: line, intent: "book", text: text, bookings: [stored], quote: quote)
    }

    /// "£211.20 including VAT", with any surcharge or fee named.
    func priceWords(_ quote: Quote) -> String {
        var text = "\(money(quote.totalMinor))"
        if quote.taxMinor > 0 { text += " including \(catalogue.rules.taxName)" }
        let extras = quote.lines.filter { !["base", "tax"].contains($0.kind) }
        if !extras.isEmpty {
            text += " (with " + extras.map { "\($0.kind == "rush" ? "rush fee" : $0.kind + " surcharge") \(money($0.amountMinor))" }
                .joined(separator: ", ") + ")"
        }
        return text
    }

    /// Where a booking stands, in words for lists; nil for a plain upcoming booking.
    func standing(_ b: Booking) -> String? {
        let now = self.now
        switch b.status {
        case .booked:
            if b.isDeadline == true {
                return b.end <= now ? "OVERDUE" : nil
            }
            return b.end <= now ? "awaiting confirmation: say \"#\(b.id) is done\"" : nil
        case .done:
            return "done" + (b.workedMinutes.map { ", \(DurationText.format($0)) worked" } ?? "")
        case .invoiced:
            return "invoiced" + (b.invoiceId.map { ", invoice \($0)" } ?? "")
        case .cancelled:
            return b.charge.map { "cancelled, late fee \(money($0.totalMinor))" } ?? "cancelled"
        }
    }
}

extension DeskTime {
    /// "Fri 4 Dec 17:00".
    func dueText(_ instant: Int64) -> String {
        let l = local(instant)
        return "\(l.date.short) \(Clock24.format(l.minute))"
    }
}

extension Desk {
    /// The fee for cancelling `b` at `instant`, or nil when there is enough notice (or it is a deadline task).
    func lateCancellationFee(_ b: Booking, at instant: Int64) -> Quote? {
        guard b.isDeadline != true, let quote = storedQuote(b) else { return nil }
        return Pricing.cancellationFee(for: quote, start: b.start, cancelledAt: instant, catalogue: catalogue)
    }

    /// The quote a booking was made with; bookings from before quotes were kept are re-priced the same way.
    func storedQuote(_ b: Booking) -> Quote? {
        if let quote = b.quote { return quote }
        guard let role = catalogue.role(b.role) else { return nil }
        return Pricing.quote(role, start: b.start, minutes: b.minutes, bookedAt: b.createdAt, catalogue: catalogue, time: time)
    }

    /// What cancelling cost, for the cancel reply.
    func cancellationWords(_ b: Booking) -> String {
        let rules = catalogue.rules
        guard let fee = b.charge else {
            return b.isDeadline == true || rules.lateCancelPercent == 0
                ? "No charge."
                : "No charge: more than \(rules.lateCancelHours) h notice."
        }
        return "It starts within \(rules.lateCancelHours) h, so a late-cancellation fee of \(money(fee.totalMinor)) including \(rules.taxName) applies (\(rules.lateCancelPercent)% of the work)."
    }
}
