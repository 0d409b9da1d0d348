import Understanding

extension Desk {
    /// "what's the status of #4?", "is the receptionist booking still on?": where each booking named
    /// stands, in the words of the booking list. Reads only; nothing changes.
    func status(_ slots: Slots, line: String) throws -> Reply {
        let bookings: [Booking]
        switch try resolve(reference(in: slots)) {
        case .none(let message): return Reply.refusal(line, intent: .status, message, error: .noSuchBooking)
        case .several(let found), .found(let found): bookings = found
        }
        let lines = bookings.map { b -> String in
            let standing =
                standing(b)
                ?? (b.status != .booked
                    ? b.status.rawValue
                    : b.isDeadline != true && b.start <= now ? "under way" : "booked, still to come")
            let owes = b.owedMinor == 0 && b.status == .cancelled ? "nothing to pay" : money(b.owedMinor)
            return "#\(b.id) is \(standing): \(label(b.role)), \(time.span(b.start, b.end)), \(owes)."
        }
        return Reply(input: line, intent: .status, text: lines.joined(separator: "\n"), bookings: bookings)
    }
}
