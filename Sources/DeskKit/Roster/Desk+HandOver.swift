extension Desk {
    /// Gives each booking of `person` to someone else free then, chosen in the usual order, in the caller's write
    /// transaction, as one journal step (one undo). Returns the bookings handed over, as they are now, and those no
    /// one else could take, which stay as they were.
    func handOver(
        _ bookings: [Booking], from person: Assistant, request: String, in tx: DeskTransaction,
        now: Int64
    ) throws -> (handedOver: [Booking], kept: [Booking]) {
        let (moved, kept) = try handOverChanges(bookings, from: person, in: tx)
        if !moved.isEmpty {
            let given = moved.map { "#\($0.after.id) to \($0.after.assistant!.name)" }
            try tx.record(
                request: request.isEmpty ? "roster change for \(person.name)" : request,
                summary: "gave " + Desk.listed(given), madeAt: now, changes: moved.map { ($0.before, $0.after) })
        }
        return (moved.map(\.after), kept)
    }

    /// The hand-over itself, written but not journalled: each booking as it was and as it is now, and those that stay.
    func handOverChanges(
        _ bookings: [Booking], from person: Assistant, in tx: DeskTransaction
    ) throws
        -> (moved: [(before: Booking, after: Booking)], kept: [Booking])
    {
        // A name the desk's last line said is no part of this choice.
        let named = roster.named
        roster.named = nil
        defer { roster.named = named }
        var moved: [(before: Booking, after: Booking)] = [], kept: [Booking] = []
        for booking in bookings {
            var fresh = booking
            fresh.assistant = nil
            fresh.assignedBecause = nil
            if case .assigned(let made) = try assign([fresh], in: tx), let after = made.first, let taker = after.assistant, taker.id != person.id {
                try tx.update(after)
                moved.append((booking, after))
            } else {
                kept.append(booking)
            }
        }
        return (moved, kept)
    }
}
