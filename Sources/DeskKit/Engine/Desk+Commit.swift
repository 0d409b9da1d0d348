extension Desk {
    /// What committing planned bookings came to: a question to confirm (of a kind, as `confirm` takes it) and
    /// nothing written, or the bookings made with the budget note of each month they reach.
    enum BookingCommit {
        case needsConfirmation(ConfirmationKind, String)
        case booked([Booking], notes: [String])
        /// The roster has no one free for one of the bookings: nothing was written.
        case noOneFree(String, [Offer])
    }

    /// The one write of every new booking, single, group, series or deadline task: the budget check of each month
    /// the bookings reach, the inserts, the journal entry (one undo step) and the budget notes, in one write
    /// transaction, so two desks on one store can't both slip under the same budget. `precheck` may stop the
    /// commit with a question first, reading inside the same transaction.
    func commit(
        _ unassigned: [Booking], line: String, precheck: (DeskTransaction) throws -> BookingCommit? = { _ in nil },
        summary: ([Booking]) -> String
    ) throws -> BookingCommit {
        let now = self.now
        return try store.transaction { tx -> BookingCommit in
            if let stop = try precheck(tx) { return stop }
            let planned: [Booking]
            switch try assign(unassigned, in: tx, offering: true) {
            case .assigned(let people): planned = people
            case .noOneFree(let why, let offers): return .noOneFree(why, offers)
            }
            // Without a budget there is nothing to check or note: one read says so.
            let budgeted = try tx.monthlyBudget() != nil
            if budgeted, !confirmed(.budget),
                let warning = try budgetWarning(adding: planned.map { (start: $0.start, minor: $0.quoteMinor) }, in: tx)
            {
                return .needsConfirmation(.budget, warning)
            }
            let made = try planned.map { try tx.insert($0) }
            try tx.record(request: line, summary: summary(made) + Desk.whoSummary(made), madeAt: now, changes: made.map { (nil, $0) })
            var notes: [String] = []
            if budgeted {
                var noted: Set<Int> = []
                for booking in made {
                    let date = time.local(booking.start).date
                    guard noted.insert(date.year * 12 + date.month).inserted else { continue }
                    if let note = try budgetNote(at: booking.start, in: tx) { notes.append(note) }
                }
            }
            return .booked(made, notes: notes)
        }
    }
}
