import Understanding

/// The fee for cancelling a booking at a given moment, in minor units; nil or 0 when free.
/// The desk asks for a yes before a cancellation that carries one.
public struct CancellationFee: Sendable {
    public let fee: @Sendable (_ booking: Booking, _ now: Int64) -> Int64?

    public init(_ fee: @escaping @Sendable (_ booking: Booking, _ now: Int64) -> Int64?) {
        self.fee = fee
    }

    public static let none = CancellationFee { _, _ in nil }
}

extension Desk {
    /// Whether the owner said yes to this kind of question for the request now running.
    func confirmed(_ kind: ConfirmationKind) -> Bool { conversation.confirmed.contains(kind) }

    /// Reads back what is about to happen and waits for yes or no.
    func confirm(_ kind: ConfirmationKind, _ readBack: String, intent: Intent, slots: Slots, line: String, targets: [Int64]? = nil) -> Reply {
        ask(.confirmation, readBack, intent: intent, slots: slots, line: line, targets: targets, confirming: kind)
    }

    /// The answer to "…? (yes/no)": yes runs the request as read back, no leaves everything as it
    /// was, other hours or another day ("10 to 2", "make it Thursday") change the request and
    /// check it again, a new request starts afresh, and two answers that are none of these drop it.
    func answerConfirmation(_ parse: Parse, to waiting: Pending) throws -> Reply? {
        switch parse.intent {
        case .yes:
            pending = nil
            var confirmed = waiting.confirmed
            if let kind = waiting.confirming { confirmed.insert(kind) }
            return try resume(waiting, slots: waiting.slots, answer: parse.input, confirmed: confirmed)
        case .no:
            pending = nil
            return Reply(input: parse.input, intent: .no, text: "OK, I've left it: nothing was booked, changed or cancelled.")
        default:
            break
        }
        if let corrected = correcting(waiting, with: parse) {
            pending = nil
            return try resume(waiting, slots: corrected, answer: parse.input, confirmed: waiting.confirmed)
        }
        if parse.triggered || !parse.isUnknown {
            pending = nil
            return nil
        }
        return missedAnswer(waiting, input: parse.input)
    }

    /// A correction to a request still being asked about ("make it 2 hours", "actually Thursday",
    /// "make that a PA", or just "10 to 2" when confirming): the request with the new values, to be
    /// checked afresh. Nil when the line is not such a correction.
    func correcting(_ waiting: Pending, with parse: Parse) -> Slots? {
        let new = parse.slots
        guard waiting.intent == .book || waiting.intent == .modify, new.bookingId == nil,
            parse.intent == .modify || (parse.isUnknown && waiting.needs == .confirmation),
            !parse.references.namesStoredBooking,
            // "move the receptionist to Wednesday" while a PA is asked about names the receptionist booked.
            new.role == nil || new.role == waiting.slots.role || grammar.definiteDescriptionEnd(parse) == nil
        else { return nil }
        var slots = waiting.slots
        var changed = false
        if let role = new.role { slots.role = role; slots.roleText = new.roleText; changed = true }
        if let day = new.date, new.dateSpanDays == 1, new.occurrences.isEmpty, slots.occurrences.count > 1 {
            // A series asked about, moved to a weekday: each date to that weekday of its own week.
            let moved = slots.occurrences.map { $0.startOfWeek.adding(days: day.weekday - 1) }
            guard let first = moved.first, first > localNow.date else { return nil }
            slots.occurrences = moved
            slots.date = first
            slots.recurrenceNote = (slots.recurrenceNote ?? "") + ", moved to \(CivilDate.weekdayNames[day.weekday - 1])s"
            slots.dateNote = slots.recurrenceNote
            changed = true
        } else if new.date != nil {
            slots.takeDay(from: new)
            // A day said outright answers any problem the old one had, and ends a series.
            slots.dateProblem = nil
            slots.passedDate = new.passedDate
            slots.occurrences = []
            changed = true
        }
        // New hours said outright replace a change by an amount still being asked about.
        if new.start != nil || new.durationMinutes != nil || new.allDay { slots.delta = nil }
        if let start = new.start { slots.start = start; slots.end = new.end; slots.partOfDay = new.partOfDay; changed = true }
        if let minutes = new.durationMinutes { slots.durationMinutes = minutes; if new.start == nil { slots.end = nil }; changed = true }
        if new.allDay { slots.allDay = true; slots.end = nil; slots.durationMinutes = nil; changed = true }
        // "an hour longer" while the request is asked about: a change by an amount is for a booking that exists.
        if new.delta != nil { return nil }
        if let count = parse.references.countOfThem { slots.count = count; changed = true }
        return changed ? slots : nil
    }

    /// At the end of piped input with `--yes`: accepts the question waiting for confirmation,
    /// as if the owner had said yes. Nil when nothing is waiting for one.
    public func acceptPendingConfirmation() -> Reply? {
        guard let waiting = pending, waiting.needs == .confirmation else { return nil }
        pending = nil
        var confirmed = waiting.confirmed
        if let kind = waiting.confirming { confirmed.insert(kind) }
        do {
            var reply = try resume(waiting, slots: waiting.slots, answer: "yes", confirmed: confirmed)
            reply.input = "--yes"
            conversation.remember(reply)
            return reply.showingHiddenText()
        } catch {
            return Reply.failed(error, line: "--yes", intent: waiting.intent)
        }
    }

    /// The fee for cancelling booking `id` now, when the fee rule asks for one.
    func lateCancellationFee(id: Int, at now: Int64) throws -> Int64? {
        let rule = cancellationFee ?? .catalogue(catalogue, time: time)
        guard let booking = try store.read({ try $0.booking(id: Int64(id)) }), booking.status == .booked, booking.start > now,
            let fee = rule.fee(booking, now), fee > 0
        else { return nil }
        return fee
    }

    /// "cancel that", "cancel the Tuesday one", "cancel my PA on Friday": one booking is cancelled,
    /// several are listed with a question, never guessed between.
    func cancel(resolving slots: Slots, line: String) throws -> Reply {
        let reference: Reference = slots.role != nil || slots.date != nil ? .described(slots) : .previous
        switch try resolve(reference) {
        case .none(let message):
            return Reply.refusal(line, intent: .cancel, message, error: .noSuchBooking)
        case .several(let bookings):
            return askWhich(bookings, verb: "cancel", intent: .cancel, slots: slots, line: line)
        case .found(let bookings):
            let live = bookings.filter { $0.status == .booked }
            if live.count > 1 { return askWhich(live, verb: "cancel", intent: .cancel, slots: slots, line: line) }
            var chosen = slots
            chosen.bookingId = Int((live.first ?? bookings[0]).id)
            return try cancel(chosen, line: line)
        }
    }
}
