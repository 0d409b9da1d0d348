/// Undo and redo walk the journal here, over the store's primitives, so the order of the steps and what each
/// means is the engine's policy and no backend writes it again.
extension DeskTransaction {
    /// The most bookings an undo or redo of an invoice hands back for its reply.
    static var journalReplyLimit: Int { 20 }

    /// Reverts the latest change set not yet undone; nil when there is none. Each booking's step is shown
    /// to `vet` before it is applied, and a throw leaves the whole set as it was (the transaction rolls back).
    public func undoLatest(vetting vet: (JournalStep) throws -> Void = { _ in }) throws -> (summary: String, reverted: [Booking])? {
        guard let set = try newestSetInForce() else { return nil }
        var reverted: [Booking] = []
        switch set.content {
        case .budget(let before, _):
            try setMonthlyBudget(before)
        case .invoice(let invoice, _):
            let ids = try billedIds(invoice: invoice, limit: Self.journalReplyLimit)
            try unbill(invoice: invoice)
            // As read after the undo: no longer invoiced.
            reverted = try ids.compactMap { try booking(id: $0) }
        case .bookings(let leave):
            // Leave goes first, so the checks of the bookings given back see their person without it.
            if let leave { try takeOffLeave(id: leave.id) }
            for entry in try entries(of: set, newestFirst: true) {
                let current = try booking(id: entry.bookingId)
                if let before = entry.before {
                    try vet(.restore(state: before, current: current))
                    try restore(before)
                    reverted.append(before)
                } else {
                    if let current { try vet(.remove(current: current)) }
                    // A booking this set made: what redo puts back is the booking as it is now, which later
                    // sets, undone before this one, have already returned to how it was made.
                    try keepForRedo(current, of: entry, in: set)
                    try delete(id: entry.bookingId)
                    if let current { reverted.append(current) }
                }
            }
        }
        try markSet(set, undone: true)
        return (set.summary, reverted)
    }

    /// Applies again the change set undone most recently, if no new change came since; returns its summary
    /// and the bookings as they are now, or nil when there is nothing to redo. `vet` as for undo.
    public func redoLatest(vetting vet: (JournalStep) throws -> Void = { _ in }) throws -> (summary: String, restored: [Booking])? {
        guard let set = try setToRedo() else { return nil }
        var restored: [Booking] = []
        switch set.content {
        case .budget(_, let after):
            try setMonthlyBudget(after)
        case .invoice(let invoice, let billed):
            try bill(billed, invoice: invoice)
            restored = try billedIds(invoice: invoice, limit: Self.journalReplyLimit).compactMap { try booking(id: $0) }
        case .bookings(let leave):
            if let leave { try putBackLeave(leave) }
            for entry in try entries(of: set, newestFirst: false) {
                if let after = entry.after {
                    try vet(.restore(state: after, current: try booking(id: entry.bookingId)))
                    try restore(after)
                    restored.append(after)
                } else {
                    if let current = try booking(id: entry.bookingId) {
                        try vet(.remove(current: current))
                        restored.append(current)
                    }
                    try delete(id: entry.bookingId)
                }
            }
        }
        try markSet(set, undone: false)
        return (set.summary, restored)
    }

    /// The bookings the newest change still in force touched: what "that" means in a new session.
    public func latestChangedIds() throws -> [Int64] {
        guard let set = try newestSetInForce(), case .bookings = set.content else { return [] }
        return try entries(of: set, newestFirst: false).map(\.bookingId)
    }
}
