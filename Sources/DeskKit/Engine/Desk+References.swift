import Understanding

extension Desk {
    /// How a line points at bookings: by number, by description, or at the last ones touched.
    enum Reference {
        /// `#3`, `booking 3`.
        case number(Int)
        /// `the Tuesday one`, `the receptionist booking`, `my PA on Friday`: a role, a day, a time.
        case described(Slots)
        /// `that`, `it`, `the last one`, or nothing named: the bookings the last request touched.
        case previous
    }

    enum Resolution {
        case found([Booking])
        /// More than one booking fits; the desk lists them and asks, never guesses.
        case several([Booking])
        case none(String)
    }

    /// The reference a whole line makes, read from its slots.
    func reference(in slots: Slots) -> Reference {
        if let id = slots.bookingId { return .number(id) }
        if slots.role != nil || slots.date != nil { return .described(slots) }
        return .previous
    }

    func resolve(_ reference: Reference) throws -> Resolution {
        switch reference {
        case .number(let id):
            guard let booking = try store.read({ try $0.booking(id: Int64(id)) }) else {
                return .none("There is no booking #\(id).")
            }
            return .found([booking])
        case .previous:
            var ids = conversation.lastTouched
            if !conversation.knowsLastTouched { ids = try store.read { try $0.latestChangedIds() } }
            let bookings = try store.read { tx in try ids.compactMap { try tx.booking(id: $0) } }
            guard !bookings.isEmpty else {
                return .none("I'm not sure which booking you mean. Say its number, like \"#2\" (\"show my bookings\" lists them).")
            }
            return .found(bookings)
        case .described(let slots):
            let matches = try matching(slots, among: upcoming())
            switch matches.count {
            case 0: return .none("You have no upcoming \(describe(slots)). Say \"show my bookings\" to see what is booked.")
            case 1: return .found(matches)
            default: return .several(matches)
            }
        }
    }

    /// Bookings still to come that can be changed or cancelled, by start time. A description
    /// ("the Tuesday one") names work within the coming year; that bound keeps a large store quick.
    func upcoming() throws -> [Booking] {
        let from = time.instant(LocalDateTime(date: localNow.date, minute: 0))
        return try store.read { try $0.bookings(startingFrom: from, before: from + Desk.describedReach, status: .booked) }
    }

    /// The bookings a description fits: the role named, the day named (by its weekday when
    /// "Tuesday" meant another week than the booking's), the start time named.
    func matching(_ slots: Slots, among bookings: [Booking]) -> [Booking] {
        var found = bookings
        if let role = slots.role { found = found.filter { $0.role == role } }
        if let start = slots.start, slots.partOfDay == false { found = found.filter { time.local($0.start).minute == start } }
        if let date = slots.date {
            let last = date.adding(days: max(slots.dateSpanDays, 1))
            let onDay = found.filter {
                let d = time.local($0.start).date; return d >= date && d < last
            }
            if !onDay.isEmpty || slots.dateSpanDays > 1 || !Desk.namesAWeekday(slots) {
                found = onDay
            } else {
                found = found.filter { time.local($0.start).date.weekday == date.weekday }
            }
        }
        return found
    }

    /// Whether the date was said as a bare weekday ("Tuesday"), which any week's Tuesday may answer.
    static func namesAWeekday(_ slots: Slots) -> Bool {
        if case .weekday(_, .soonest) = slots.dateReading { return true }
        return false
    }

    /// "receptionist booking on Tue 1 Dec", "booking on Tue 1 Dec at 10:00", "personal assistant booking".
    func describe(_ slots: Slots) -> String {
        var parts: [String] = []
        if let role = slots.role { parts.append(label(role)) }
        parts.append("booking")
        if let date = slots.date {
            parts.append(slots.dateSpanDays > 1 ? "from \(date.short) to \(date.adding(days: slots.dateSpanDays - 1).short)" : "on \(date.short)")
        }
        if let start = slots.start { parts.append("at \(Clock24.format(start))") }
        return parts.joined(separator: " ")
    }

    /// An answer to "which booking?": a bare number ("3") or a description that fits exactly one of those offered.
    func pick(_ parse: Parse, among choices: [Int64]) throws -> Int64? {
        let tokens = parse.tokens.filter { $0.kind != .symbol }
        if tokens.count == 1, let n = tokens[0].integer { return Int64(n) }
        guard !choices.isEmpty, parse.slots.role != nil || parse.slots.date != nil || parse.slots.start != nil else { return nil }
        let offered = try store.read { tx in try choices.compactMap { try tx.booking(id: $0) } }
        let fits = matching(parse.slots, among: offered)
        return fits.count == 1 ? fits[0].id : nil
    }

    /// Asks which of several bookings was meant, listing them with their numbers.
    func askWhich(_ bookings: [Booking], verb: String, intent: Intent, slots: Slots, line: String) -> Reply {
        let lines = bookings.prefix(10).map(describe).joined(separator: "\n")
        return ask(
            .booking, "\(bookings.count) bookings fit that. Which should I \(verb)? Say its number, like \"#\(bookings[0].id)\":\n\(lines)",
            intent: intent, slots: slots, line: line, choices: bookings.map(\.id))
    }
}
