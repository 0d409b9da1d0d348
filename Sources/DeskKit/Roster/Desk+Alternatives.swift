import Understanding

/// Something the desk can book instead when no one can take a slot as asked: a person at a time.
struct Offer: Equatable {
    enum Kind: Equatable {
        /// Another qualified person at the time asked.
        case otherPerson
        /// The person asked for (or the usual one) at the nearest time they are free.
        case otherTime
        /// Someone free for part of the time asked.
        case partOfTime
    }

    var person: Assistant
    var start: Int64
    var end: Int64
    var kind: Kind
}

extension Desk {
    /// The most alternatives one reply offers.
    static let offerLimit = 3
    /// How many days on the desk looks for the nearest time a person is free.
    static let offerReachDays = 14
    /// The shortest part of a slot worth offering, in seconds.
    static let shortestPart: Int64 = 3_600

    /// Up to three things to book instead of `booking`, which no one (or not `preferred`) can take: other
    /// qualified people at that time, the preferred person (named, else the usual one) at the nearest time they
    /// are free that day or on the days after, and part of the time covered. Reads inside the commit's transaction.
    /// `excluding` names bookings being changed, whose own time must not make their person look busy.
    func alternatives(
        to booking: Booking, preferred: Assistant?, team: [Assistant], busy: Set<Int64>, excluding: [Int64] = [],
        in tx: DeskTransaction
    ) throws -> [Offer] {
        let able = team.filter { $0.roles.contains(booking.role) }
        guard !able.isEmpty else { return [] }
        var offers: [Offer] = []
        for person in able
        where person.id != preferred?.id
            && Availability.obstacle(person, role: booking.role, start: booking.start, end: booking.end, busy: busy) == nil
        {
            offers.append(Offer(person: person, start: booking.start, end: booking.end, kind: .otherPerson))
        }
        offers = Array(offers.prefix(Desk.offerLimit - 1))
        // Whose nearest free time to offer: the person asked for, else who did the role last, else the able by name.
        var usual: [Assistant]
        if let preferred {
            usual = [preferred]
        } else if let last = try tx.lastAssistant(role: booking.role),
            let person = able.first(where: { $0.id == last })
        {
            usual = [person]
        } else {
            usual = able.sorted { $0.nameKey < $1.nameKey }
        }
        for person in usual where offers.count < Desk.offerLimit {
            if let start = try nearestFree(person, like: booking, excluding: excluding, in: tx) {
                offers.append(Offer(person: person, start: start, end: start + (booking.end - booking.start), kind: .otherTime))
                if preferred == nil { break }
            }
        }
        for person in able where offers.count < Desk.offerLimit && !offers.contains(where: { $0.person.id == person.id && $0.kind == .otherPerson }) {
            if let part = try partFree(person, of: booking, excluding: excluding, in: tx) {
                offers.append(Offer(person: person, start: part.start, end: part.end, kind: .partOfTime))
            }
        }
        return offers
    }

    /// The start nearest the asked time at which `person` can take work as long as `booking`: on its day
    /// another time within their hours, else on the days after, at the asked time or as near it as their hours allow.
    func nearestFree(_ person: Assistant, like booking: Booking, excluding: [Int64] = [], in tx: DeskTransaction) throws -> Int64? {
        let length = booking.end - booking.start
        let asked = time.local(booking.start)
        let now = self.now
        for offset in 0..<Desk.offerReachDays {
            let date = asked.date.adding(days: offset)
            let dayStart = time.instant(LocalDateTime(date: date, minute: 0))
            let dayEnd = time.instant(LocalDateTime(date: date.adding(days: 1), minute: 0))
            let target = time.instant(LocalDateTime(date: date, minute: asked.minute))
            var starts: [Int64] = offset == 0 ? [] : [target]
            for shift in Availability.shifts(person, overlapping: dayStart, dayEnd) where shift.end - shift.start >= length {
                let start = min(max(target, shift.start), shift.end - length)
                if start >= dayStart, start < dayEnd { starts.append(start) }
            }
            let ordered = starts.filter { $0 >= now && $0 != booking.start }.sorted { abs($0 - target) < abs($1 - target) }
            for start in ordered {
                let busy = try tx.busyAssistants(from: start, until: start + length, excluding: excluding)
                if Availability.obstacle(person, role: booking.role, start: start, end: start + length, busy: busy) == nil { return start }
            }
        }
        return nil
    }

    /// The longest stretch of `booking`'s time, of an hour or more but not all of it, that `person` works and is free for.
    func partFree(
        _ person: Assistant, of booking: Booking, excluding: [Int64] = [], in tx: DeskTransaction
    ) throws -> (start: Int64, end: Int64)? {
        let pieces = Availability.shifts(person, overlapping: booking.start, booking.end)
            .map { (start: max($0.start, booking.start), end: min($0.end, booking.end)) }
            .filter { $0.end - $0.start >= Desk.shortestPart && $0.end - $0.start < booking.end - booking.start }
            .sorted { $0.end - $0.start > $1.end - $1.start }
        for piece in pieces {
            let busy = try tx.busyAssistants(from: piece.start, until: piece.end, excluding: excluding)
            if Availability.obstacle(person, role: booking.role, start: piece.start, end: piece.end, busy: busy) == nil { return piece }
        }
        return nil
    }

    /// "1) Tom Reyes then; 2) Sarah Khan Mon 21 Dec, 09:00-17:00; 3) Tom Reyes 13:00-17:00 of it", and how to pick;
    /// `instead` leads the list ("I can book instead" for a booking, "I can make it instead" for a change).
    func offersText(_ offers: [Offer], instead: String = "I can book instead") -> String {
        let items = offers.enumerated().map { index, offer -> String in
            let when: String
            switch offer.kind {
            case .otherPerson: when = "then"
            case .otherTime: when = time.span(offer.start, offer.end)
            case .partOfTime: when = "for \(clockSpan(offer.start, offer.end)) of it"
            }
            return "\(index + 1)) \(offer.person.name) \(when)"
        }
        let first = offers[0].person.firstName
        return "\(instead): \(items.joined(separator: "; ")). Which would you like? Say \"the first\", a name like \"\(first)\" or a day."
    }

    /// The offer a line picks: by its number ("the second one"), by the person's name ("Tom is fine"), or by the
    /// day or start time read from the line ("Monday then"); nil when the line picks none, or more than one. A name
    /// read from the line may have given it a role (someone who does one role), so a role alone doesn't make it a new request.
    func chosen(_ parse: Parse, among offers: [Offer]) -> Offer? {
        if let n = grammar.choiceNumber(parse.input) { return (1...offers.count).contains(n) ? offers[n - 1] : nil }
        var fits = offers
        let words = Set(parse.input.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
        // The roster's reading of the line has taken out a name it found (see `readingNames`).
        let named = offers.filter { offer in
            offer.person.name == roster.named || Set(offer.person.nameKey.split(separator: " ").map(String.init)).isSubset(of: words)
                || words.contains(Assistant.nameKey(offer.person.firstName))
        }
        if !named.isEmpty {
            fits = named
        } else if parse.triggered || parse.slots.role != nil {
            // A day or time in a request of its own ("need a PA Monday") is that request, not a pick.
            return nil
        }
        if let date = parse.slots.date {
            let onDay = fits.filter { time.local($0.start).date == date }
            // "Monday then": a bare weekday means the Monday offered, whichever week it is in.
            fits = !onDay.isEmpty || !Desk.namesAWeekday(parse.slots) ? onDay : fits.filter { time.local($0.start).date.weekday == date.weekday }
        }
        if let start = parse.slots.start, !parse.slots.partOfDay { fits = fits.filter { time.local($0.start).minute == start } }
        let narrowed = !named.isEmpty || parse.slots.date != nil || parse.slots.start != nil
        return narrowed && fits.count == 1 ? fits[0] : nil
    }

    /// The request with its time set to the offer's, to run again with the offer's person named. A change by an
    /// amount ("an hour later") is already in the offer's time, so it is not applied again.
    func slots(_ slots: Slots, takingUp offer: Offer) -> Slots {
        var taken = slots
        let from = time.local(offer.start)
        taken.date = from.date
        taken.dateSpanDays = 1
        taken.alternativeDate = nil
        taken.passedDate = nil
        taken.start = from.minute
        taken.end = nil
        taken.durationMinutes = Int((offer.end - offer.start) / 60)
        taken.partOfDay = false
        taken.allDay = false
        taken.delta = nil
        return taken
    }
}
