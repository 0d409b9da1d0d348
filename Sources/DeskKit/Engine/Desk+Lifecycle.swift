import Understanding

/// Bookings after they are made: done with the time actually worked, deadline tasks, what a line
/// says about where a booking stands.
extension Desk {
    /// "#3 is done, took 2.5 hours", "mark the Tuesday receptionist done".
    func markDone(_ slots: Slots, line: String) throws -> Reply {
        let now = self.now
        let booking: Booking
        switch try resolveForDone(slots) {
        case .found(let found) where found.count == 1: booking = found[0]
        case .found(let found), .several(let found): return askWhich(found, verb: "mark done", intent: .done, slots: slots, line: line)
        case .none(let why): return Reply.refusal(line, intent: .done, why, error: .noSuchBooking)
        }
        let id = booking.id
        let stored: Booking, charge: Quote
        switch doneStep(booking, slots: slots) {
        case .refused(let message, let error): return Reply.refusal(line, intent: .done, message, error: error)
        case .needsDuration:
            var keep = slots
            keep.bookingId = Int(id)
            return ask(.duration, "How long did #\(id) take? For example \"took 2.5 hours\".", intent: .done, slots: keep, line: line)
        case .ready(let after, let quote): (stored, charge) = (after, quote)
        }
        let worked = stored.workedMinutes ?? booking.minutes, deadline = booking.isDeadline == true
        try store.transaction { tx in
            try tx.update(stored)
            try tx.record(request: line, summary: "marked #\(id) done", madeAt: now, changes: [(booking, stored)])
        }
        var text =
            "Marked #\(id) done: \(label(booking.role)), \(deadline ? "due " + time.dueText(booking.end) : time.span(booking.start, booking.end)); "
        text +=
            slots.durationMinutes == nil && slots.start == nil
            ? "\(DurationText.format(worked)) worked as booked" : "\(DurationText.format(worked)) worked"
        text += ", charged \(priceWords(charge))"
        if charge.totalMinor != booking.quoteMinor { text += "; quoted \(money(booking.quoteMinor))" }
        text += ". Say \"undo\" to take it back."
        return Reply(input: line, intent: .done, text: text, bookings: [stored], quote: charge)
    }

    /// What marking one booking done would store, checked without asking or storing anything.
    enum DoneStep {
        case ready(Booking, Quote)
        case refused(String, error: ReplyFailure)
        /// Work still under way, or a task with no booked hours: how long it took must be said.
        case needsDuration
    }

    /// The booking marked done with the time worked that `slots` say (or as booked), and its charge.
    func doneStep(_ booking: Booking, slots: Slots) -> DoneStep {
        let now = self.now
        let id = booking.id
        switch booking.status {
        case .booked: break
        case .done, .invoiced:
            return .refused(
                "#\(id) is already marked \(booking.status.rawValue)"
                    + (booking.workedMinutes.map { " with \(DurationText.format($0)) worked" } ?? "") + ".",
                error: .already(booking.status))
        case .cancelled:
            return .refused("#\(id) was cancelled, so it can't be marked done.", error: .cancelled)
        }
        let deadline = booking.isDeadline == true
        if !deadline, booking.start > now {
            return .refused(
                "#\(id) hasn't started yet (it starts \(time.span(booking.start, booking.end))), so it can't be done.",
                error: .notStarted)
        }
        let worked: Int
        var from = booking.start
        if let d = slots.durationMinutes {
            worked = d
        } else if let start = slots.start, let end = slots.end, end > start {
            // "worked 6pm to 9pm": priced from when the work actually started, on the booked day.
            worked = end - start
            if !deadline { from = time.instant(LocalDateTime(date: time.local(booking.start).date, minute: start)) }
        } else if deadline || booking.end > now {
            // A task has no booked hours, and work still under way may stop early: ask rather than guess.
            return .needsDuration
        } else {
            worked = booking.minutes
        }
        guard worked > 0, worked <= 24 * 60 else {
            return .refused("The time worked should be between a minute and 24 hours.", error: .badDuration)
        }
        // Work can't have taken longer than has passed since it started: for a task with a deadline, since it was booked.
        let began = deadline ? booking.createdAt : from
        if began + Int64(worked) * 60 > now {
            let elapsed = max(Int((now - began) / 60), 0)
            return .refused(
                "#\(id) \(deadline ? "was booked" : "started") at \(time.dueText(began)), \(elapsed == 0 ? "just now" : "only \(DurationText.format(elapsed)) ago"), "
                    + "so \(DurationText.format(worked)) can't have been worked yet.",
                error: .moreTimeThanHasPassed)
        }
        guard let role = catalogue.role(booking.role) else {
            return .refused("#\(id) is for a role no longer in the catalogue (\(booking.role)).", error: .unknownRole)
        }
        let charge =
            deadline
            ? Pricing.quote(role, minutes: worked, catalogue: catalogue)
            : Pricing.quote(role, start: from, minutes: worked, bookedAt: booking.createdAt, catalogue: catalogue, time: time)
        var after = booking
        after.status = .done
        after.workedMinutes = worked
        after.charge = charge
        return .ready(after, charge)
    }

    /// "mark #4 and #5 done": each is checked as one would be, then all are marked in one transaction and
    /// one undo step. One that can't be, or needs the time worked, stops them all with the reason.
    func markAllDone(_ ids: [Int], slots: Slots, line: String) throws -> Reply {
        let now = self.now
        var steps: [(before: Booking, after: Booking)] = []
        for id in ids {
            guard let booking = try store.read({ try $0.booking(id: Int64(id)) }) else {
                return Reply.refusal(line, intent: .done, "There is no booking #\(id). Nothing was marked done.", error: .noSuchBooking)
            }
            switch doneStep(booking, slots: slots) {
            case .refused(let message, let error):
                return Reply.refusal(line, intent: .done, message + " Nothing was marked done.", error: error)
            case .needsDuration:
                return Reply.refusal(
                    line, intent: .done,
                    "#\(id) has no hours that have passed to go by, so I need the time it took: "
                        + "please mark it on its own (\"#\(id) is done, took 2 hours\"). Nothing was marked done.",
                    error: .timeWorkedNeeded)
            case .ready(let after, _): steps.append((booking, after))
            }
        }
        try store.transaction { tx in
            for step in steps { try tx.update(step.after) }
            try tx.record(
                request: line, summary: "marked \(ids.map { "#\($0)" }.joined(separator: ", ")) done", madeAt: now,
                changes: steps.map { ($0.before, $0.after) })
        }
        let lines = steps.map { step in
            "#\(step.after.id): \(label(step.after.role)), \(time.span(step.after.start, step.after.end)), "
                + "\(DurationText.format(step.after.workedMinutes ?? step.after.minutes)) worked, charged \(money(step.after.charge?.totalMinor ?? 0))"
        }
        let total = steps.reduce(Int64(0)) { $0 + ($1.after.charge?.totalMinor ?? 0) }
        return Reply(
            input: line, intent: .done,
            text: "Marked \(steps.count) bookings done: " + lines.joined(separator: "; ")
                + "; \(money(total)) in all. Say \"undo\" to take them all back.", bookings: steps.map(\.after))
    }

    /// Finds the booking a "done" line means: by number, as "that", or by role and day among work that
    /// has started and is not yet done. A weekday may name an earlier week's day, as everywhere else.
    func resolveForDone(_ slots: Slots) throws -> Resolution {
        if let id = slots.bookingId { return try resolve(.number(id)) }
        if slots.refersToPrevious && slots.role == nil && slots.date == nil { return try resolve(.previous) }
        let now = self.now
        let open = try store.read { try $0.bookings(startingFrom: now - Desk.describedReach, before: now + 1, status: .booked) }
            .filter { $0.isDeadline == true || $0.start <= now }
        let found = slots.role != nil || slots.date != nil ? matching(slots, among: open) : open
        switch found.count {
        case 0:
            let what = slots.role != nil || slots.date != nil ? describe(slots) : "booking"
            return .none(
                "I can't find a \(what) that has started and is waiting to be marked done. Say its number, like \"#3 is done\" (\"show my bookings\" lists them)."
            )
        case 1: return .found(found)
        default: return .several(found)
        }
    }

    /// "get someone to transcribe 20 pages by Friday": stored with its due time; charged for the time worked.
    func bookDeadlineTask(_ slots: Slots, role: Role, due date: CivilDate, line: String) throws -> Reply {
        let now = self.now
        let due = time.instant(LocalDateTime(date: date, minute: slots.start ?? role.shiftEnd))
        guard due > now else {
            return Reply.refusal(
                line, intent: .book, "\(time.dueText(due)) has already passed. When should it be done by?", error: .deadlineInThePast)
        }
        let estimate = slots.durationMinutes ?? role.minimumMinutes
        let quote = Pricing.quote(role, minutes: estimate, catalogue: catalogue)
        let booking = Booking(
            role: role.id, start: now, end: due, task: slots.task, currency: quote.currency, quoteMinor: quote.totalMinor,
            billableMinutes: quote.billableMinutes, createdAt: now, request: line, quote: quote, isDeadline: true)
        let stored: Booking, budgetText: String?
        switch try commit([booking], line: line, summary: { "booked #\($0[0].id)" }) {
        case .needsConfirmation(let kind, let question): return confirm(kind, question, intent: .book, slots: slots, line: line)
        case .booked(let made, let notes): (stored, budgetText) = (made[0], notes.first)
        case .noOneFree(let why, _): return Reply.refusal(line, intent: .book, why, error: .noOneFree)
        }
        var text = "Booked #\(stored.id): \(withArticle(role.label))"
        if let task = slots.task { text += ", task: \(task)" }
        text += ", due by \(time.dueText(due)). "
        if slots.durationMinutes != nil {
            text += "Estimated \(DurationText.format(estimate)), quoted \(priceWords(quote)); you pay for the time actually worked."
        } else {
            text +=
                "You pay for the time actually worked at \(money(role.hourlyMinor))/h plus \(catalogue.rules.taxName), at least \(DurationText.format(role.minimumMinutes)) (\(money(quote.totalMinor)))."
        }
        if let budgetText { text += " " + budgetText }
        text += " Say \"undo\" to take it back."
        return Reply(input: line, intent: .book, text: text, bookings: [stored], quote: quote)
    }

    /// "£176.00", the price before tax, with any surcharge or fee named.
    func priceWords(_ quote: Quote) -> String {
        var text = "\(money(quote.totalMinor))"
        let extras = quote.lines.filter { $0.kind != .base && $0.kind != .tax }
        if !extras.isEmpty {
            text +=
                " (with "
                + extras.map { "\($0.kind == .rush ? "rush fee" : $0.kind.rawValue + " surcharge") \(money($0.amountMinor))" }
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

extension CancellationFee {
    /// The catalogue's rule: a share of the booking's work charge, plus tax, inside the notice period.
    public static func catalogue(_ catalogue: Catalogue, time: DeskTime) -> CancellationFee {
        CancellationFee { booking, now in Pricing.lateCancellation(booking, at: now, catalogue: catalogue, time: time)?.totalMinor }
    }
}

extension Pricing {
    /// The late-cancellation fee for a booking cancelled at `instant`; nil when free. Bookings stored
    /// before quotes were kept are re-priced from their hours to find the work charge.
    public static func lateCancellation(_ b: Booking, at instant: Int64, catalogue: Catalogue, time: DeskTime) -> Quote? {
        guard b.isDeadline != true else { return nil }
        let quote: Quote
        if let stored = b.quote {
            quote = stored
        } else if let role = catalogue.role(b.role) {
            quote = Pricing.quote(role, start: b.start, minutes: b.minutes, bookedAt: b.createdAt, catalogue: catalogue, time: time)
        } else {
            return nil
        }
        return cancellationFee(for: quote, start: b.start, cancelledAt: instant, catalogue: catalogue)
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
    /// The fee for cancelling `b` at `instant`, line by line, or nil when there is enough notice (or it is a deadline task).
    func lateCancellationCharge(_ b: Booking, at instant: Int64) -> Quote? {
        Pricing.lateCancellation(b, at: instant, catalogue: catalogue, time: time)
    }

    /// What is owed for cancelling `b` when the fee rule in force asks `fee`: the catalogue's breakdown
    /// when that is the rule, else the fee as one line.
    func cancellationCharge(_ b: Booking, fee: Int64?, at instant: Int64) -> Quote? {
        guard let fee, fee > 0 else { return nil }
        if let quote = lateCancellationCharge(b, at: instant), quote.totalMinor == fee { return quote }
        return Quote(
            currency: b.currency, role: b.role, workedMinutes: 0, billableMinutes: 0, hourlyMinor: 0, totalMinor: fee,
            lines: [QuoteLine(kind: .cancellation, label: "late cancellation", amountMinor: fee)])
    }

    /// What cancelling cost, for the cancel reply.
    func cancellationWords(_ b: Booking) -> String {
        let rules = catalogue.rules
        if let fee = b.charge, fee.taxMinor == 0 { return "A late-cancellation fee of \(money(fee.totalMinor)) applies." }
        guard let fee = b.charge else {
            return b.isDeadline == true || rules.lateCancelPercent == 0
                ? "No charge."
                : "No charge: more than \(rules.lateCancelHours) h notice."
        }
        return
            "It starts within \(rules.lateCancelHours) h, so a late-cancellation fee of \(money(fee.totalMinor)) plus \(rules.taxName) applies (\(rules.lateCancelPercent)% of the work)."
    }
}
