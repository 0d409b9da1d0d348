import Understanding

/// The owner's questions about the roster: who is on it, who covers a day or a booking, who is free when,
/// what one person is doing, when they are next free; and a booking given to someone else.
extension Desk {
    /// How far on "when is Sarah next free?" looks.
    static let nextFreeReachDays = 28

    /// The team, or nil with the reply that there is none yet.
    func team(line: String, intent: Intent) throws -> ([Assistant], Reply?) {
        let team = try store.read { tx in try currentTeam(in: tx) }
        guard team.isEmpty else { return (team, nil) }
        return (
            [],
            Reply(
                input: line, intent: intent,
                text: "No one is on the roster yet. Add people with \"vadesk staff add\" (\"vadesk staff --help\" shows how).")
        )
    }

    /// The person the line named, or the reply asking for one.
    func namedPerson(in team: [Assistant], line: String, intent: Intent) -> (Assistant?, Reply?) {
        if let name = roster.named, let person = try? Roster.find(name, in: team) { return (person, nil) }
        return (
            nil,
            Reply.refusal(
                line, intent: intent,
                "Whose? Say a name on the team, for example \"\(team[0].firstName)\": \(team.map(\.name).joined(separator: ", ")).",
                error: .noSuchAssistant)
        )
    }

    /// "who's on the team?": everyone with their roles, hours and zone, and leave to come.
    func showTeam(line: String) throws -> Reply {
        let (team, none) = try team(line: line, intent: .team)
        if let none { return none }
        let today = localNow.date
        var lines = ["\(team.count) on the team:"]
        for person in team {
            var text = "\(person.name)  \(person.roles.map(label).joined(separator: ", "))  \(person.hours.text)"
            if person.zone != time.zone.identifier { text += " \(Desk.city(person.zone)) time" }
            let away = person.leave.filter { $0.last >= today }
            if !away.isEmpty {
                text +=
                    "  on leave "
                    + away.map { $0.first == $0.last ? $0.first.short : "\($0.first.short) to \($0.last.short)" }.joined(separator: ", ")
            }
            lines.append(text)
        }
        return Reply(input: line, intent: .team, text: lines.joined(separator: "\n"))
    }

    /// "who is covering Tuesday?" (everyone booked that day, and for what) or "who's doing #3?" (the person and why).
    func covering(_ slots: Slots, line: String) throws -> Reply {
        if let id = slots.bookingId {
            guard let booking = try store.read({ try $0.booking(id: Int64(id)) }) else {
                return Reply.refusal(line, intent: .covering, "There is no booking #\(id).", error: .noSuchBooking)
            }
            return Reply(input: line, intent: .covering, text: whoDoes(booking), bookings: [booking])
        }
        let date = slots.date ?? localNow.date
        let (from, to) = window(date, days: slots.dateSpanDays, slots: slots)
        let found = try store.read { try $0.bookings(startingFrom: from, before: to, status: nil) }
            .filter { $0.status != .cancelled && $0.isDeadline != true }
        let scope = slots.dateSpanDays > 1 ? "from \(date.short) to \(date.adding(days: slots.dateSpanDays - 1).short)" : "on \(date.short)"
        guard !found.isEmpty else { return Reply(input: line, intent: .covering, text: "No one is booked \(scope).") }
        var people: [String] = []
        for booking in found { if let name = booking.assistant?.name, !people.contains(name) { people.append(name) } }
        let heading =
            people.isEmpty
            ? "\(found.count) booking\(found.count == 1 ? "" : "s") \(scope), none with a named person:"
            : "\(Desk.listed(people)) \(people.count == 1 ? "is" : "are") covering \(scope):"
        return Reply(input: line, intent: .covering, text: ([heading] + found.map(describe)).joined(separator: "\n"), bookings: found)
    }

    /// "#3 is Sarah Khan's: receptionist, Thu 3 Dec, 09:00-17:00 (who did your last receptionist booking)."
    func whoDoes(_ booking: Booking) -> String {
        let what = "\(label(booking.role)), \(time.span(booking.start, booking.end))"
        guard let person = booking.assistant else { return "#\(booking.id) has no one named: \(what) was booked without a roster." }
        let reason = AssignmentReason(rawValue: booking.assignedBecause ?? "")?.phrase(role: label(booking.role))
        return "#\(booking.id) is \(person.name)'s: \(what)\(theirTime(booking, person))\(reason.map { " (\($0))" } ?? "")."
    }

    /// "is anyone free Friday afternoon?": for each role (the one asked, or all), who is free and when.
    func whoIsFree(_ slots: Slots, line: String) throws -> Reply {
        let (team, none) = try team(line: line, intent: .free)
        if let none { return none }
        let date = slots.date ?? localNow.date
        var (from, to) = window(date, days: slots.dateSpanDays, slots: slots)
        from = max(from, now)
        let scope: String
        if slots.dateSpanDays > 1 {
            scope = "from \(date.short) to \(date.adding(days: slots.dateSpanDays - 1).short)"
        } else if slots.start == nil, from == time.instant(LocalDateTime(date: date, minute: 0)) {
            // A whole day asked about: "on Fri 4 Dec", not "Fri 4 Dec, 00:00-24:00".
            scope = "on \(date.short)"
        } else {
            scope = time.span(from, max(from, to))
        }
        guard from < to else { return Reply(input: line, intent: .free, text: "\(scope) has passed.") }
        if let role = slots.role, !team.contains(where: { $0.roles.contains(role) }) {
            return Reply(input: line, intent: .free, text: "No one on the team does \(label(role)) work.")
        }
        let booked = try bookedByPerson(from: from, to: to)
        let oneDay = time.local(from).date == time.local(to - 1).date
        // Each person's free hours worked out once, however many of the roles asked about they do.
        var said: [Int64: String?] = [:]
        func freeText(_ person: Assistant) -> String? {
            if let known = said[person.id] { return known }
            let stretches = freeStretches(person, from: from, to: to, booked: booked[person.id] ?? [])
            let text =
                stretches.isEmpty
                ? nil
                : "\(person.name) " + stretches.map { oneDay ? clockSpan($0.start, $0.end) : time.span($0.start, $0.end) }.joined(separator: ", ")
            said[person.id] = text
            return text
        }
        var lines: [String] = []
        for role in catalogue.roles where slots.role == nil || slots.role == role.id {
            let free = team.filter { $0.roles.contains(role.id) }.compactMap(freeText)
            if !free.isEmpty { lines.append("\(role.label): \(free.joined(separator: "; "))") }
        }
        let what = slots.role.map { withArticle(label($0)) } ?? "anyone"
        guard !lines.isEmpty else {
            return Reply(input: line, intent: .free, text: "No one on the team\(slots.role == nil ? "" : " who is \(what)") is free \(scope).")
        }
        return Reply(input: line, intent: .free, text: (["Free \(scope):"] + lines).joined(separator: "\n"))
    }

    /// "what is Sarah doing this week?": that person's bookings in the days asked (the coming week by default).
    func doing(_ slots: Slots, line: String) throws -> Reply {
        let (team, none) = try team(line: line, intent: .doing)
        if let none { return none }
        let (found, ask) = namedPerson(in: team, line: line, intent: .doing)
        guard let person = found else { return ask! }
        let date = slots.date ?? localNow.date
        let days = slots.date == nil ? 7 : slots.dateSpanDays
        let (from, to) = window(date, days: days, slots: slots)
        let theirs = try store.read { try $0.bookings(startingFrom: from, before: to, status: nil) }
            .filter { $0.assistant?.id == person.id && $0.status != .cancelled }
        let scope = days == 1 ? "on \(date.short)" : "from \(date.short) to \(date.adding(days: days - 1).short)"
        guard !theirs.isEmpty else { return Reply(input: line, intent: .doing, text: "\(person.name) has nothing booked \(scope).") }
        let heading = "\(person.name) has \(theirs.count) booking\(theirs.count == 1 ? "" : "s") \(scope):"
        return Reply(input: line, intent: .doing, text: ([heading] + theirs.map(describe)).joined(separator: "\n"), bookings: theirs)
    }

    /// "when is Sarah next free?": the first stretch of their working hours from now with no booking and no leave.
    func nextFree(line: String) throws -> Reply {
        let (team, none) = try team(line: line, intent: .nextFree)
        if let none { return none }
        let (found, ask) = namedPerson(in: team, line: line, intent: .nextFree)
        guard let person = found else { return ask! }
        let from = now, to = now + Int64(Desk.nextFreeReachDays) * 86_400
        let booked = try bookedByPerson(from: from, to: to)[person.id] ?? []
        guard let first = freeStretches(person, from: from, to: to, booked: booked).first else {
            return Reply(input: line, intent: .nextFree, text: "\(person.name) has no free working hours in the next \(Desk.nextFreeReachDays) days.")
        }
        let away = person.leave.first { $0.contains(time.local(from).date) }.map { " (on leave until \($0.last.short))" } ?? ""
        let theirs = BookedAssistant(id: person.id, name: person.name, zone: person.zone)
        return Reply(
            input: line, intent: .nextFree,
            text: "\(person.name) is next free \(time.span(first.start, first.end))\(theirTime(first.start, first.end, theirs))\(away).")
    }

    /// "I'd prefer someone else for #4": the booking goes to another qualified person free then, chosen in the
    /// usual order, in one write with its journal entry; if no one else is free it stays as it is.
    func reassign(_ slots: Slots, line: String) throws -> Reply {
        let targets: [Booking]
        switch try resolve(reference(in: slots)) {
        case .found(let found): targets = found
        case .several(let found): return askWhich(found, verb: "give to someone else", intent: .reassign, slots: slots, line: line)
        case .none(let why): return Reply.refusal(line, intent: .reassign, why, error: .noSuchBooking)
        }
        guard targets.count == 1, let before = targets.first else {
            return askWhich(targets, verb: "give to someone else", intent: .reassign, slots: slots, line: line)
        }
        guard let held = before.assistant else {
            return Reply.refusal(line, intent: .reassign, "#\(before.id) has no one named: it was booked without a roster.", error: .notChangeable)
        }
        guard before.status == .booked, before.start > now else {
            return Reply.refusal(
                line, intent: .reassign, "#\(before.id) has already started or is no longer booked, so it stays with \(held.name).",
                error: .notChangeable)
        }
        let now = self.now
        let outcome = try store.transaction { tx -> Result<Booking, Refusal> in
            var fresh = before
            fresh.assistant = nil
            fresh.assignedBecause = nil
            // The booking itself keeps its person busy then, so the usual order picks someone else.
            if case .assigned(let made) = try assign([fresh], in: tx), let after = made.first, let person = after.assistant, person.id != held.id {
                try tx.update(after)
                try tx.record(request: line, summary: "gave #\(after.id) to \(person.name)", madeAt: now, changes: [(before, after)])
                return .success(after)
            }
            let others = try currentTeam(in: tx).filter { $0.id != held.id && $0.roles.contains(before.role) }
            guard !others.isEmpty else {
                return .failure(
                    Refusal(
                        message: "No one else on the team does \(label(before.role)) work, so #\(before.id) stays with \(held.name).",
                        failure: .noOneFree))
            }
            let busy = try tx.busyAssistants(from: before.start, until: before.end, excluding: [before.id])
            let reasons = others.prefix(3).compactMap { person in
                Availability.obstacle(person, role: before.role, start: before.start, end: before.end, busy: busy).map {
                    "\(person.name) \(because(person, $0))"
                }
            }
            return .failure(
                Refusal(
                    message:
                        "No one else can take #\(before.id), \(time.span(before.start, before.end)): \(reasons.joined(separator: "; ")). It stays with \(held.name).",
                    failure: .noOneFree))
        }
        switch outcome {
        case .failure(let refusal): return Reply.refusal(line, intent: .reassign, refusal.message, error: refusal.failure)
        case .success(let after):
            let person = after.assistant!
            let reason = AssignmentReason(rawValue: after.assignedBecause ?? "")?.phrase(role: label(after.role))
            return Reply(
                input: line, intent: .reassign,
                text: "#\(after.id) goes to \(person.name) now (was \(held.name)): \(label(after.role)), \(time.span(after.start, after.end))"
                    + "\(theirTime(after, person))\(reason.map { " (\($0))" } ?? ""). Say \"undo\" to put it back.",
                bookings: [after])
        }
    }

    // MARK: Working it out

    /// The instants of the days asked, narrowed to the hours asked ("Friday afternoon", "9 to 12").
    func window(_ date: CivilDate, days: Int, slots: Slots) -> (from: Int64, to: Int64) {
        let last = date.adding(days: max(days, 1))
        if days <= 1, let start = slots.start {
            let end = slots.end ?? slots.durationMinutes.map { start + $0 } ?? 24 * 60
            return (
                time.instant(LocalDateTime(date: date, minute: start)),
                time.instant(LocalDateTime(date: date.adding(days: end / 1440), minute: end % 1440))
            )
        }
        return (time.instant(LocalDateTime(date: date, minute: 0)), time.instant(LocalDateTime(date: last, minute: 0)))
    }

    /// Each person's booked times overlapping [from, to): one indexed read of times only.
    func bookedByPerson(from: Int64, to: Int64) throws -> [Int64: [BusyTime]] {
        Dictionary(grouping: try store.read { try $0.busyTimes(from: from, until: to) }, by: \.assistant)
    }

    /// The stretches of [from, to) that `person` works, is not on leave and has none of `booked`, each an hour or more
    /// (or all that is left of a shift already begun).
    func freeStretches(_ person: Assistant, from: Int64, to: Int64, booked: [BusyTime]) -> [(start: Int64, end: Int64)] {
        let theirs = Availability.clock(person.zone)
        var free: [(start: Int64, end: Int64)] = []
        for shift in Availability.shifts(person, overlapping: from, to) {
            let day = theirs.local(shift.start).date
            if person.leave.contains(where: { $0.contains(day) }) { continue }
            var pieces = [(start: max(shift.start, from), end: min(shift.end, to))]
            for booking in booked {
                pieces = pieces.flatMap { piece -> [(start: Int64, end: Int64)] in
                    guard booking.start < piece.end, piece.start < booking.end else { return [piece] }
                    return [(piece.start, booking.start), (booking.end, piece.end)].filter { $0.1 > $0.0 }
                }
            }
            free += pieces.filter { $0.end - $0.start >= min(Desk.shortestPart, shift.end - max(shift.start, from)) && $0.end > $0.start }
        }
        return free
    }

    /// "13:00-17:00", with an end at midnight as 24:00.
    func clockSpan(_ start: Int64, _ end: Int64) -> String {
        let a = time.local(start), b = time.local(end)
        return "\(Clock24.format(a.minute))-\(b.minute == 0 && b.date != a.date ? "24:00" : Clock24.format(b.minute))"
    }
}
