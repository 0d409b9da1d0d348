import Understanding

extension Desk {
    /// One request of several in a line, checked and priced before anything is stored.
    struct PlannedBooking {
        let role: Role
        let booking: Booking
        let count: Int
        let quote: Quote
    }

    /// Several requests in one line ("a receptionist Tuesday 9-5 and Wednesday 10-2"): each is checked and
    /// priced, then all are booked in one transaction, with one reply and one undo step. When one of them
    /// needs a question answered, nothing is booked and the desk says which, so they can be asked for apart.
    func bookAll(_ requests: [Slots], line: String) throws -> Reply {
        var planned: [PlannedBooking] = []
        for (index, slots) in requests.enumerated() {
            switch plan(request: slots, line: line) {
            case .failure(let refusal):
                let what = requests.count == 2 ? (index == 0 ? "the first" : "the second") : "request \(index + 1)"
                return Reply.refusal(line, intent: .book,
                                     "I read \(requests.count) requests in that, but \(what) needs more: \(refusal.message) Nothing was booked; please ask for them one at a time.",
                                     error: .severalRequestsOneIncomplete)
            case .success(let p): planned.append(p)
            }
        }
        let now = self.now
        let total = planned.reduce(Int64(0)) { $0 + $1.quote.totalMinor * Int64($1.count) }
        enum Outcome { case overBudget(String), booked([[Booking]]) }
        let outcome = try store.transaction { tx -> Outcome in
            if try tx.monthlyBudget() != nil, !confirmed(.budget),
               let warning = try budgetWarning(adding: planned.map { (start: $0.booking.start, minor: $0.quote.totalMinor * Int64($0.count)) }, in: tx,
                                               question: "Book them anyway?") {
                return .overBudget(warning)
            }
            let made = try planned.map { p in try (0..<p.count).map { _ in try tx.insert(p.booking) } }
            try tx.record(request: line, summary: "booked \(Desk.numberRange(made.flatMap { $0 }))", madeAt: now,
                          changes: made.flatMap { $0 }.map { (nil, $0) })
            return .booked(made)
        }
        let made: [[Booking]]
        switch outcome {
        case .overBudget(let warning):
            return Reply.refusal(line, intent: .book, warning.replacingOccurrences(of: " (yes/no)", with: "")
                                    + " Nothing was booked; please ask for them one at a time.", error: .overBudget)
        case .booked(let stored): made = stored
        }
        conversation.lastBooking = made.last?.first
        conversation.lastCount = planned.last?.count ?? 1
        let lines = zip(planned, made).map { p, stored in
            let what = "\(p.role.label), \(time.span(p.booking.start, p.booking.end)) (\(DurationText.format(p.booking.minutes)))"
            return p.count == 1 ? "\(Desk.numberRange(stored)): \(what), quoted \(money(p.quote.totalMinor))"
                : "\(Desk.numberRange(stored)): \(p.count) × \(what), quoted \(money(p.quote.totalMinor)) each"
        }
        let text = "Booked \(made.flatMap { $0 }.count) bookings: " + lines.joined(separator: "; ")
            + "; \(money(total)) in all. Say \"undo\" to take them all back."
        return Reply(input: line, intent: .book, text: text, bookings: made.flatMap { $0 })
    }

    /// A request of several checked as `book` checks one, without asking: what it lacks is a refusal.
    func plan(request slots: Slots, line: String) -> Result<PlannedBooking, Refusal> {
        guard let roleId = slots.role, let role = catalogue.role(roleId) else {
            return .failure(Refusal(message: "which kind of help?", failure: .severalRequestsOneIncomplete))
        }
        if let problem = slots.dateProblem { return .failure(Refusal(message: "\(problem).", failure: .severalRequestsOneIncomplete)) }
        guard let date = slots.date, slots.dateSpanDays == 1, slots.occurrences.isEmpty, slots.span == nil, !slots.deadline else {
            return .failure(Refusal(message: "which single day for the \(role.label)?", failure: .severalRequestsOneIncomplete))
        }
        if let count = slots.count, count > Desk.largestGroup || count < 1 {
            return .failure(Refusal(message: "one request covers 1 to \(Desk.largestGroup) people.", failure: .severalRequestsOneIncomplete))
        }
        guard case .success(let slot) = hours(slots, role: role), slot.end > slot.start, slot.end - slot.start <= 24 * 60 else {
            return .failure(Refusal(message: "which hours for the \(role.label)?", failure: .severalRequestsOneIncomplete))
        }
        let (start, end, minutes) = instants(date, slot)
        guard start >= now else { return .failure(Refusal(message: "\(date.short) at \(Clock24.format(slot.start)) has already passed.", failure: .severalRequestsOneIncomplete)) }
        if let concern = Plausibility.hoursConcern(role, start: slot.start, minutes: slot.end - slot.start) {
            return .failure(Refusal(message: concern, failure: .severalRequestsOneIncomplete))
        }
        if let concern = Plausibility.farAheadConcern(date, today: localNow.date) { return .failure(Refusal(message: concern, failure: .severalRequestsOneIncomplete)) }
        if slots.alternativeDate != nil { return .failure(Refusal(message: "\"\(slots.dateNote ?? "that day")\" could mean two days.", failure: .severalRequestsOneIncomplete)) }
        let quote = Pricing.quote(role, start: start, minutes: minutes, bookedAt: now, catalogue: catalogue, time: time)
        let booking = Booking(role: role.id, start: start, end: end, task: slots.task, currency: quote.currency,
                              quoteMinor: quote.totalMinor, billableMinutes: quote.billableMinutes, createdAt: now, request: line,
                              quote: quote)
        return .success(PlannedBooking(role: role, booking: booking, count: max(slots.count ?? 1, 1), quote: quote))
    }

    /// "cancel #1, #2 and #3": each is checked, then all are cancelled in one transaction and one undo step.
    func cancelAll(_ ids: [Int], line: String) throws -> Reply {
        let now = self.now
        var fees: [Int: Int64] = [:]
        for id in ids { if let fee = try lateCancellationFee(id: id, at: now) { fees[id] = fee } }
        if !fees.isEmpty, !confirmed(.lateCancellation) {
            var slots = Slots()
            slots.bookingId = ids[0]
            slots.moreBookingIds = Array(ids.dropFirst())
            let which = fees.keys.sorted().map { "#\($0)" }.joined(separator: ", ")
            return ask(.confirmation, "Cancelling \(which) this late carries fees of \(money(fees.values.reduce(0, +))) in all. Cancel them all anyway? (yes/no)",
                       intent: .cancel, slots: slots, line: line, confirming: .lateCancellation)
        }
        let result = try store.transaction { tx -> Result<[Booking], Refusal> in
            var changes: [(Booking?, Booking)] = []
            for id in ids {
                guard var booking = try tx.booking(id: Int64(id)) else { return .failure(Refusal(message: "There is no booking #\(id).", failure: .noSuchBooking)) }
                guard booking.status == .booked else {
                    return .failure(Refusal(message: "Booking #\(id) is \(booking.status.rawValue), so it can't be cancelled.", failure: .already(booking.status)))
                }
                guard booking.start > now || booking.isDeadline == true else {
                    return .failure(Refusal(message: "Booking #\(id) has already started, so it can't be cancelled.", failure: .alreadyStarted))
                }
                let before = booking
                booking.status = .cancelled
                booking.charge = cancellationCharge(booking, fee: fees[id], at: now)
                try tx.update(booking)
                changes.append((before, booking))
            }
            try tx.record(request: line, summary: "cancelled \(ids.map { "#\($0)" }.joined(separator: ", "))", madeAt: now, changes: changes)
            return .success(changes.map(\.1))
        }
        switch result {
        case .failure(let refusal):
            return Reply.refusal(line, intent: .cancel, refusal.message + " Nothing was cancelled.", error: refusal.failure)
        case .success(let cancelled):
            let lines = cancelled.map { "#\($0.id): \(label($0.role)), \(time.span($0.start, $0.end)). \(cancellationWords($0))" }
            return Reply(input: line, intent: .cancel, text: "Cancelled \(cancelled.count) bookings: " + lines.joined(separator: " ")
                            + " Say \"undo\" to restore them all.", bookings: cancelled)
        }
    }
}
