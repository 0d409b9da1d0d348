import Understanding

extension Desk {
    /// "Sarah is off from 14 to 18 December", "Tom is away on Friday": leave for the person named, as `staff leave`
    /// gives it, with each of their bookings in it handed to someone else free then and the rest named.
    func leave(_ slots: Slots, line: String) throws -> Reply {
        // "Sarah's off Friday, need a receptionist": leave and a booking in one line; acting on either would drop the other.
        if slots.role != nil || slots.bookingId != nil {
            return Reply.refusal(
                line, intent: .leave,
                "I can't tell whether that is leave for someone on the team or a booking. Say them one at a time, for example \"Sarah is off on Friday\", then \"need a receptionist on Friday\".",
                error: .notUnderstood)
        }
        let (team, none) = try team(line: line, intent: .leave)
        if let none { return none }
        let (found, ask) = namedPerson(in: team, line: line, intent: .leave)
        guard let person = found else { return ask! }
        guard let days = leaveDays(slots) else {
            return Reply.refusal(
                line, intent: .leave,
                "Leave is one run of days. Which days is \(person.firstName) away? For example \"\(person.firstName) is off from 14 to 18 December\".",
                error: .badLeave)
        }
        let today = localNow.date
        guard days.last >= today else {
            return Reply.refusal(
                line, intent: .leave, "Leave \(said(days)) would be over already, so nothing was added. Which days is \(person.firstName) away?",
                error: .badLeave)
        }
        // Days already gone are history; the leave that matters starts today.
        let leave = Leave(first: max(days.first, today), last: days.last)
        let roster = Roster(desk: self)
        do {
            let (changed, moved, kept) = try roster.addLeave(leave, for: person.name, request: line)
            let lines = ["\(changed.name) is away \(said(leave))."] + roster.handOverLines(moved, kept: kept, from: changed)
            return Reply(input: line, intent: .leave, text: lines.joined(separator: " "), bookings: moved + kept)
        } catch let problem as StaffProblem {
            return Reply.refusal(line, intent: .leave, "Nothing was changed: \(problem.message).", error: .badLeave)
        }
    }

    private func said(_ leave: Leave) -> String {
        leave.first == leave.last ? "on \(leave.first.short)" : "from \(leave.first.short) to \(leave.last.short)"
    }

    /// The days a leave line names: a day, a week or weekend, or a run of days ("from 14 to 18 December").
    /// Nil when they are not one unbroken run ("every Monday").
    private func leaveDays(_ slots: Slots) -> Leave? {
        if !slots.occurrences.isEmpty {
            let days = slots.occurrences
            for (a, b) in zip(days, days.dropFirst()) where a.adding(days: 1) != b { return nil }
            return Leave(first: days[0], last: days[days.count - 1])
        }
        guard let date = slots.date, slots.dateProblem == nil else { return nil }
        return Leave(first: date, last: date.adding(days: slots.dateSpanDays - 1))
    }
}
