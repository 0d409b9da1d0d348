import Understanding

extension Desk {
    /// What the line says of bookings already made: from its parse when there is one; a request asked
    /// about and run again with the answer is read again.
    func references(_ reading: Parse?, line: String) -> ReferenceWords {
        (reading ?? grammar.parse(line, now: localNow)).references
    }

    /// "make it 3 hours", "actually Wednesday", "start at 10 instead", "make that a PA",
    /// "move the Tuesday one to Friday", "two of them". With no booking named, the change is
    /// to the bookings the last request touched; a description that fits several is asked about.
    func modify(_ slots: Slots, line: String, reading: Parse? = nil) throws -> Reply {
        let parts = grammar.changeReading(slots, line: line, reading: reading, now: localNow)
        let values = parts.values
        if !parts.unread.isEmpty { return notUnderstood(parts.unread, intent: .modify, line: line) }
        let reference: Reference
        switch parts.target {
        case .number(let id): reference = .number(id)
        case .described(let named): reference = .described(named)
        case .previous: reference = .previous
        }
        let targets: [Booking]
        switch try resolve(reference) {
        case .none(let message): return Reply.refusal(line, intent: .modify, message, error: .noSuchBooking)
        case .several(let bookings): return askWhich(bookings, verb: "change", intent: .modify, slots: values, line: line)
        case .found(let bookings): targets = bookings
        }
        if let count = references(reading, line: line).countOfThem { return try recount(targets, to: count, line: line) }
        // "change the packer to two packers": only how many changes.
        if let count = values.count, values.role == nil || targets.allSatisfy({ $0.role == values.role }) {
            var rest = values
            // "make it 3 packers": the "it" only says which booking.
            rest.role = nil; rest.roleText = nil; rest.count = nil; rest.refersToPrevious = false
            if rest == Slots() { return try recount(targets, to: count, line: line) }
        }
        return try change(targets: targets.map(\.id), to: values, line: line)
    }

    /// Applies new values to bookings, re-prices them and records the change for undo.
    func change(targets ids: [Int64], to values: Slots, line: String) throws -> Reply {
        let now = self.now
        let bookings = try store.read { tx in try ids.compactMap { try tx.booking(id: $0) } }
        guard !bookings.isEmpty else {
            return Reply.refusal(line, intent: .modify, "There is no booking #\(ids.first ?? 0).", error: .noSuchBooking)
        }
        var planned: [(before: Booking, after: Booking)] = []
        for booking in bookings {
            if booking.status != .booked {
                return Reply.refusal(
                    line, intent: .modify,
                    "Booking #\(booking.id) is \(booking.status.rawValue), so it can't be changed.", error: .notChangeable)
            }
            guard booking.start > now else {
                return Reply.refusal(
                    line, intent: .modify, "Booking #\(booking.id) has already started, so it can't be changed.",
                    error: .alreadyStarted)
            }
            var each = values
            // "move them to Thursday" on a series: each date to that weekday of its own week, never all onto one day.
            if bookings.count > 1, let day = values.date, values.dateSpanDays == 1,
                Set(bookings.map { time.local($0.start).date }).count > 1
            {
                each.date = time.local(booking.start).date.startOfWeek.adding(days: day.weekday - 1)
                each.alternativeDate = nil
            }
            switch plan(booking, with: each, now: now) {
            case .failure(let refusal): return Reply.refusal(line, intent: .modify, refusal.message, error: refusal.failure)
            case .success(let after): planned.append((booking, after))
            }
        }
        let changed = planned.filter { $0.before != $0.after }
        let numbers = bookings.map { "#\($0.id)" }.joined(separator: ", ")
        guard !changed.isEmpty else {
            if values.role != nil || values.date != nil || values.start != nil || values.durationMinutes != nil || values.allDay {
                return Reply(
                    input: line, intent: .modify,
                    text: "\(bookings.count == 1 ? "Booking \(numbers) is" : "Bookings \(numbers) are") already like that: "
                        + bookings.map { "\(label($0.role)), \(time.span($0.start, $0.end))" }
                        .joined(separator: "; ") + ". Nothing was changed.", bookings: bookings)
            }
            return Reply.refusal(
                line, intent: .modify,
                "What should I change about \(numbers)? For example \"make it 3 hours\", \"actually Wednesday\" or \"start at 10\".",
                error: .nothingToChange)
        }
        for (_, after) in changed {
            if let role = catalogue.role(after.role), !confirmed(.hours),
                let concern = Plausibility.hoursConcern(role, start: time.local(after.start).minute, minutes: after.minutes)
            {
                return confirm(.hours, "\(concern) Change \(numbers) anyway? (yes/no)", intent: .modify, slots: values, line: line, targets: ids)
            }
        }
        let changedNumbers = changed.map { "#\($0.after.id)" }.joined(separator: ", ")
        // A change that costs more is held to the budget as a booking is, in the same transaction.
        let amounts = changed.flatMap {
            [(start: $0.before.start, minor: -$0.before.quoteMinor), (start: $0.after.start, minor: $0.after.quoteMinor)]
        }
        var people: [Booking] = [], noOne: (why: String, offers: [Offer])?
        let warning = try store.transaction { tx -> String? in
            if !confirmed(.budget), let warning = try budgetWarning(adding: amounts, in: tx, question: "Change \(changedNumbers) anyway?") {
                return warning
            }
            switch try recheck(changed, in: tx) {
            case .noOneFree(let why, let offers):
                noOne = (why, offers)
                return nil
            case .assigned(let kept): people = kept
            }
            for after in people { try tx.update(after) }
            try tx.record(request: line, summary: "changed \(changedNumbers)", madeAt: now, changes: zip(changed, people).map { ($0.before, $1) })
            return nil
        }
        if let warning { return confirm(.budget, warning, intent: .modify, slots: values, line: line, targets: ids) }
        if let noOne {
            guard !noOne.offers.isEmpty else { return Reply.refusal(line, intent: .modify, noOne.why, error: .noOneFree) }
            // The offer picked runs this change again with its time and person (see `answer`).
            return offer(noOne.offers, noOne.why, intent: .modify, slots: values, line: line, targets: ids)
        }
        let made = zip(changed, people).map { (before: $0.before, after: $1) }
        conversation.lastBooking = made[0].after
        let lines = made.map { before, after in
            "Changed #\(after.id): \(label(after.role)), \(time.span(after.start, after.end)) (\(DurationText.format(after.minutes))), "
                + "quoted \(money(after.quoteMinor)) (was \(before.role == after.role ? "" : label(before.role) + ", ")"
                + "\(time.span(before.start, before.end)), \(money(before.quoteMinor)))."
                + (after.assistant != before.assistant ? (after.assistant.map { " \($0.name) will do it now." } ?? "") : "")
        }
        return Reply(
            input: line, intent: .modify, text: lines.joined(separator: "\n") + " Say \"undo\" to put it back.",
            bookings: made.map(\.after))
    }

    /// The booking as it would be with the new values: a new day keeps the hours, a new start
    /// keeps the length, a new length keeps the start.
    func plan(_ booking: Booking, with values: Slots, now: Int64) -> Result<Booking, Refusal> {
        let old = time.local(booking.start)
        guard let role = catalogue.role(values.role ?? booking.role) else {
            return .failure(Refusal(message: "I don't know the role \(values.role ?? booking.role).", failure: .unknownRole))
        }
        if let problem = values.dateProblem {
            return .failure(Refusal(message: "I can't move it there: \(problem). Which day did you mean?", failure: .badDate))
        }
        var date = values.date ?? old.date
        if let week = values.date, values.dateSpanDays > 1 {
            // "next week": the same weekday in that week.
            let offset = (old.date.weekday - week.weekday + 7) % 7
            guard offset < values.dateSpanDays else {
                return .failure(
                    Refusal(
                        message: "Which day between \(week.short) and \(week.adding(days: values.dateSpanDays - 1).short) should it move to?",
                        failure: .badDate))
            }
            date = week.adding(days: offset)
        }
        var start = old.minute, minutes = booking.minutes
        if let newStart = values.start {
            start = newStart
            if let end = values.end { minutes = end - newStart } else if let d = values.durationMinutes { minutes = d }
        } else if let newEnd = values.end {
            // "finish at 3pm": the start stays, the end moves.
            minutes = newEnd - start
        } else if let d = values.durationMinutes {
            minutes = d
        } else if values.allDay {
            start = role.shiftStart
            minutes = role.shiftMinutes
        }
        // "extend it by 2 hours", "push it back an hour", "start 30 minutes earlier": by that much from the hours it has.
        if let delta = values.delta {
            switch delta.anchor {
            case .end: minutes += delta.minutes
            case .both: start += delta.minutes
            case .start: start += delta.minutes; minutes -= delta.minutes
            }
            guard start >= 0 else {
                return .failure(
                    Refusal(
                        message: "That would start before midnight on \(date.short). Please give the new hours, like \"7 to 3\".",
                        failure: .badDuration))
            }
        }
        guard minutes <= 24 * 60 else {
            return .failure(Refusal(message: "One booking can last at most 24 hours; please split longer work into days.", failure: .tooLong))
        }
        guard minutes > 0 else {
            return .failure(Refusal(message: "A booking needs some time to work: give a length, like \"make it 3 hours\".", failure: .badDuration))
        }
        guard start + minutes <= 24 * 60 else {
            return .failure(
                Refusal(
                    message: "From \(Clock24.format(start)) that would run overnight. Please give hours within one day, like \"9 to 5\".",
                    failure: .badDuration))
        }
        let begins = time.instant(LocalDateTime(date: date, minute: start))
        guard begins >= now else {
            return .failure(
                Refusal(message: "\(date.short) at \(Clock24.format(start)) has already passed, so I can't move it there.", failure: .timeInThePast))
        }
        // A change is priced like a new booking made now, so moving work to within 24 hours is a rush.
        let quote = Pricing.quote(role, start: begins, minutes: minutes, bookedAt: now, catalogue: catalogue, time: time)
        var after = booking
        after.quote = quote
        after.role = role.id
        after.start = begins
        after.end = begins + Int64(minutes) * 60
        after.quoteMinor = quote.totalMinor
        after.billableMinutes = quote.billableMinutes
        after.currency = quote.currency
        if let task = values.task { after.task = task }
        return .success(after)
    }

    /// "two of them", "just one of them": adds copies of the booking, or cancels the newest extras.
    func recount(_ group: [Booking], to count: Int, line: String) throws -> Reply {
        let live = group.filter { $0.status == .booked }.sorted { $0.id < $1.id }
        guard let model = live.first else {
            return Reply.refusal(line, intent: .modify, "None of those bookings is still booked.", error: .notChangeable)
        }
        guard (1...Desk.largestGroup).contains(count) else {
            return Reply.refusal(line, intent: .modify, "I can book between 1 and \(Desk.largestGroup) of one kind at a time.", error: .badCount)
        }
        let what = "\(label(model.role)), \(time.span(model.start, model.end))"
        guard count != live.count else {
            return Reply(input: line, intent: .modify, text: "You already have \(count) × \(what). Nothing was changed.", bookings: live)
        }
        let now = self.now
        guard model.start > now else {
            return Reply.refusal(line, intent: .modify, "Booking #\(model.id) has already started, so it can't be changed.", error: .alreadyStarted)
        }
        if count > live.count {
            var copy = model
            copy.createdAt = now
            copy.request = line
            let extra = (start: model.start, minor: model.quoteMinor * Int64(count - live.count))
            var warning: String?, noOne: String?
            let added = try store.transaction { tx -> [Booking] in
                if !confirmed(.budget), let over = try budgetWarning(adding: [extra], in: tx, question: "Book \(count - live.count) more anyway?") {
                    warning = over
                    return []
                }
                var unassigned = copy
                unassigned.assistant = nil
                unassigned.assignedBecause = nil
                let copies: [Booking]
                switch try assign(Array(repeating: unassigned, count: count - live.count), in: tx) {
                case .assigned(let people): copies = people
                case .noOneFree(let why, _):
                    noOne = why
                    return []
                }
                let made = try copies.map { try tx.insert($0) }
                try tx.record(
                    request: line, summary: "booked " + made.map { "#\($0.id)" }.joined(separator: ", "),
                    madeAt: now, changes: made.map { (nil, $0) })
                return made
            }
            if let warning { return confirm(.budget, warning, intent: .modify, slots: Slots(), line: line, targets: live.map(\.id)) }
            if let noOne { return Reply.refusal(line, intent: .modify, noOne, error: .noOneFree) }
            let all = live + added
            return Reply(
                input: line, intent: .modify,
                text: "Booked \(added.map { "#\($0.id)" }.joined(separator: ", ")) as well: now \(count) × \(what), "
                    + "quoted \(money(model.quoteMinor)) each, \(money(model.quoteMinor * Int64(count))) in all."
                    + assignmentText(added) + " Say \"undo\" to take it back.",
                bookings: all)
        }
        let dropped = Array(live.suffix(live.count - count))
        let cancelled = try store.transaction { tx -> [Booking] in
            let done = try dropped.map { before -> Booking in
                var after = before
                after.status = .cancelled
                try tx.update(after)
                return after
            }
            try tx.record(
                request: line, summary: "cancelled " + done.map { "#\($0.id)" }.joined(separator: ", "),
                madeAt: now, changes: zip(dropped, done).map { ($0, $1) })
            return done
        }
        return Reply(
            input: line, intent: .modify,
            text: "Cancelled \(cancelled.map { "#\($0.id)" }.joined(separator: ", ")): now \(count) × \(what), "
                + "\(money(model.quoteMinor * Int64(count))) in all. Say \"undo\" to restore \(cancelled.count == 1 ? "it" : "them").",
            bookings: Array(live.prefix(count)) + cancelled)
    }

    /// "and Thursday too", "same again next week", "and a PA as well": the request filled in from
    /// the last booking made, keeping whatever the line itself says.
    func repeating(_ slots: Slots, line: String, reading: Parse?) throws -> Slots? {
        guard let remembered = conversation.lastBooking, references(reading, line: line).repeatsLast else { return nil }
        // As it stands now, after any change or undo since; as it was, if an undo removed it.
        let last = try store.read { try $0.booking(id: remembered.id) } ?? remembered
        let old = time.local(last.start)
        var s = slots
        if s.role == nil { s.role = last.role }
        if s.date == nil, s.dateProblem == nil {
            s.date = old.date
        } else if let week = s.date, s.dateSpanDays > 1 {
            let offset = (old.date.weekday - week.weekday + 7) % 7
            if offset < s.dateSpanDays {
                s.date = week.adding(days: offset)
                s.dateSpanDays = 1
            }
        }
        if s.start == nil, s.durationMinutes == nil, !s.allDay {
            s.start = old.minute
            s.end = old.minute + last.minutes
        }
        if s.task == nil { s.task = last.task }
        if s.count == nil { s.count = conversation.lastCount }
        return s
    }
}
