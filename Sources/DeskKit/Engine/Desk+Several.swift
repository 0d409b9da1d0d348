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
    func bookAll(_ requests: [Slots], line: String, cancelling: [Int] = []) throws -> Reply {
        // "two packers and two receptionists": no day for any of them is one question for all.
        if requests.allSatisfy({ $0.date == nil && $0.dateProblem == nil && $0.occurrences.isEmpty && $0.span == nil }) {
            let who = requests.map { r in r.role.map { (r.count ?? 1) > 1 ? "\(r.count!) × \(label($0))" : withArticle(label($0)) } ?? "help" }
            pending = Pending(intent: .book, slots: requests[0], request: line, needs: .date, several: requests, cancelling: cancelling)
            return Reply(
                input: line, intent: .book, text: "Which day do you need \(Desk.listed(who)) on? For example \"Tuesday\" or \"3 December\".",
                needs: .date)
        }
        var planned: [PlannedBooking] = []
        for (index, slots) in requests.enumerated() {
            switch plan(request: slots, line: line) {
            case .failure(let refusal):
                let what = requests.count == 2 ? (index == 0 ? "the first" : "the second") : "request \(index + 1)"
                return Reply.refusal(
                    line, intent: .book,
                    "I read \(requests.count) requests in that, but \(what) needs more: \(refusal.message) Nothing was booked; please ask for them one at a time.",
                    error: .severalRequestsOneIncomplete)
            case .success(let p): planned.append(p)
            }
        }
        let now = self.now
        let total = planned.reduce(Int64(0)) { $0 + $1.quote.totalMinor * Int64($1.count) }
        if let capped = requests.first(where: \.moneyIsCap), let refusal = overCap(total, slots: capped, line: line) { return refusal }
        var fees: [Int: Int64] = [:]
        for id in cancelling { if let fee = try lateCancellationFee(id: id, at: now) { fees[id] = fee } }
        if !fees.isEmpty, !confirmed(.lateCancellation) {
            pending = Pending(
                intent: .book, slots: requests[0], request: line, needs: .confirmation, confirming: .lateCancellation,
                confirmed: conversation.confirmed, several: requests, cancelling: cancelling)
            let which = fees.keys.sorted().map { "#\($0)" }.joined(separator: ", ")
            return Reply(
                input: line, intent: .cancel,
                text: "Cancelling \(which) this late carries \(fees.count == 1 ? "a fee" : "fees") of \(money(fees.values.reduce(0, +))). "
                    + "Cancel and book as asked? (yes/no)", needs: .confirmation)
        }
        enum Outcome { case overBudget(String), booked([[Booking]], cancelled: [Booking]), refused(Refusal) }
        let outcome = try store.transaction { tx -> Outcome in
            var cancelled: [(Booking?, Booking)] = []
            if !cancelling.isEmpty {
                switch try cancel(cancelling, fees: fees, in: tx, at: now) {
                case .failure(let refusal): return .refused(refusal)
                case .success(let changes): cancelled = changes
                }
            }
            if try tx.monthlyBudget() != nil, !confirmed(.budget),
                let warning = try budgetWarning(
                    adding: planned.map { (start: $0.booking.start, minor: $0.quote.totalMinor * Int64($0.count)) }, in: tx,
                    question: "Book them anyway?")
            {
                return .overBudget(warning)
            }
            let made = try planned.map { p in try (0..<p.count).map { _ in try tx.insert(p.booking) } }
            let cancelledWords = cancelled.isEmpty ? "" : "cancelled \(cancelled.map { "#\($0.1.id)" }.joined(separator: ", ")), "
            try tx.record(
                request: line, summary: cancelledWords + "booked \(Desk.numberRange(made.flatMap { $0 }))", madeAt: now,
                changes: cancelled + made.flatMap { $0 }.map { (nil, $0) })
            return .booked(made, cancelled: cancelled.map(\.1))
        }
        let made: [[Booking]], cancelled: [Booking]
        switch outcome {
        case .overBudget(let warning):
            return Reply.refusal(
                line, intent: .book,
                warning.replacingOccurrences(of: " (yes/no)", with: "")
                    + " Nothing was booked\(cancelling.isEmpty ? "" : " or cancelled"); please ask for them one at a time.", error: .overBudget)
        case .refused(let refusal):
            return Reply.refusal(line, intent: .cancel, refusal.message + " Nothing was cancelled or booked.", error: refusal.failure)
        case .booked(let stored, let gone): (made, cancelled) = (stored, gone)
        }
        conversation.lastBooking = made.last?.first
        conversation.lastCount = planned.last?.count ?? 1
        let lines = zip(planned, made).map { p, stored in
            let what = "\(p.role.label), \(time.span(p.booking.start, p.booking.end)) (\(DurationText.format(p.booking.minutes)))"
            return p.count == 1
                ? "\(Desk.numberRange(stored)): \(what), quoted \(money(p.quote.totalMinor))"
                : "\(Desk.numberRange(stored)): \(p.count) × \(what), quoted \(money(p.quote.totalMinor)) each"
        }
        let count = made.flatMap { $0 }.count
        var text =
            "Booked \(count == 1 ? "" : "\(count) bookings: ")" + lines.joined(separator: "; ")
            + (planned.count > 1 ? "; \(money(total)) in all." : ".")
        if !cancelled.isEmpty {
            text =
                "Cancelled "
                + cancelled.map { "#\($0.id): \(label($0.role)), \(time.span($0.start, $0.end)). \(cancellationWords($0))" }.joined(separator: " ")
                + " " + text
        }
        text +=
            cancelled.isEmpty && count == 1
            ? " Say \"undo\" to take it back." : " Say \"undo\" to take \(cancelled.isEmpty ? "them all" : "it all") back."
        return Reply(input: line, intent: .book, text: text, bookings: cancelled + made.flatMap { $0 })
    }

    /// A request of several checked as `book` checks one, without asking: what it lacks is a refusal.
    func plan(request slots: Slots, line: String) -> Result<PlannedBooking, Refusal> {
        guard let roleId = slots.role, let role = catalogue.role(roleId) else {
            return .failure(Refusal(message: "which kind of help?", failure: .severalRequestsOneIncomplete))
        }
        if let problem = slots.dateProblem { return .failure(Refusal(message: "\(problem).", failure: .severalRequestsOneIncomplete)) }
        if let problem = slots.durationProblem { return .failure(Refusal(message: "\(problem).", failure: .severalRequestsOneIncomplete)) }
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
        guard start >= now else {
            return .failure(
                Refusal(message: "\(date.short) at \(Clock24.format(slot.start)) has already passed.", failure: .severalRequestsOneIncomplete))
        }
        if let concern = Plausibility.hoursConcern(role, start: slot.start, minutes: slot.end - slot.start) {
            return .failure(Refusal(message: concern, failure: .severalRequestsOneIncomplete))
        }
        if let concern = Plausibility.farAheadConcern(date, today: localNow.date) {
            return .failure(Refusal(message: concern, failure: .severalRequestsOneIncomplete))
        }
        if slots.alternativeDate != nil {
            return .failure(Refusal(message: "\"\(slots.dateNote ?? "that day")\" could mean two days.", failure: .severalRequestsOneIncomplete))
        }
        let quote = Pricing.quote(role, start: start, minutes: minutes, bookedAt: now, catalogue: catalogue, time: time)
        let booking = Booking(
            role: role.id, start: start, end: end, task: slots.task, currency: quote.currency,
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
            let question =
                ids.count == 1
                ? "Cancelling \(which) this late carries a fee of \(money(fees.values.reduce(0, +))). Cancel it anyway? (yes/no)"
                : "Cancelling \(which) this late carries fees of \(money(fees.values.reduce(0, +))) in all. Cancel them all anyway? (yes/no)"
            return ask(
                .confirmation,
                question,
                intent: .cancel, slots: slots, line: line, confirming: .lateCancellation)
        }
        let result = try store.transaction { tx -> Result<[Booking], Refusal> in
            switch try cancel(ids, fees: fees, in: tx, at: now) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let changes):
                try tx.record(request: line, summary: "cancelled \(ids.map { "#\($0)" }.joined(separator: ", "))", madeAt: now, changes: changes)
                return .success(changes.map(\.1))
            }
        }
        switch result {
        case .failure(let refusal):
            return Reply.refusal(line, intent: .cancel, refusal.message + " Nothing was cancelled.", error: refusal.failure)
        case .success(let cancelled):
            let lines = cancelled.map { "#\($0.id): \(label($0.role)), \(time.span($0.start, $0.end)). \(cancellationWords($0))" }
            // "cancel Friday's bookings" may find just one: said as for one.
            let text =
                cancelled.count == 1
                ? "Cancelled \(lines[0]) Say \"undo\" to restore it."
                : "Cancelled \(cancelled.count) bookings: " + lines.joined(separator: " ") + " Say \"undo\" to restore them all."
            return Reply(input: line, intent: .cancel, text: text, bookings: cancelled)
        }
    }

    /// Cancels `ids` inside `tx`, each checked first; the changes for the journal, or why none can be made.
    func cancel(_ ids: [Int], fees: [Int: Int64], in tx: DeskTransaction, at now: Int64) throws -> Result<[(Booking?, Booking)], Refusal> {
        var changes: [(Booking?, Booking)] = []
        for id in ids {
            guard var booking = try tx.booking(id: Int64(id)) else {
                return .failure(Refusal(message: "There is no booking #\(id).", failure: .noSuchBooking))
            }
            guard booking.status == .booked else {
                return .failure(
                    Refusal(message: "Booking #\(id) is \(booking.status.rawValue), so it can't be cancelled.", failure: .already(booking.status)))
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
        return .success(changes)
    }

    /// "a packer and a receptionist": names joined as a person writes them.
    static func listed(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
