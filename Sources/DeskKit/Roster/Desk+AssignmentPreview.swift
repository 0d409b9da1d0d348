import Understanding

/// What `vadesk explain` shows of the roster: who a booking line would go to now, and why.
public struct AssignmentPreview: Sendable {
    /// The person it would go to, or nil when no one could take it.
    public let assistant: BookedAssistant?
    /// The stored reason (`assigned_because`), nil when no one could take it.
    public let because: String?
    /// The reason, or why no one can take it, as the desk's reply would say.
    public let text: String
}

extension Desk {
    /// For a booking line on a desk with a roster: who would do its first booking if it were booked now, and
    /// why, read without writing anything; nil for any other line, or without a roster.
    public func assignmentPreview(_ line: String) throws -> AssignmentPreview? {
        let parse = readingNames(grammar.parse(line, now: localNow), line: line)
        defer { roster.named = nil }
        guard parse.intent == .book, let roleId = parse.slots.role, let role = catalogue.role(roleId),
            let date = parse.slots.occurrences.first ?? parse.slots.date, case .success(let slot) = hours(parse.slots, role: role)
        else { return nil }
        let (start, end, _) = instants(date, slot)
        let booking = Booking(
            role: role.id, start: start, end: end, task: nil, currency: "", quoteMinor: 0,
            billableMinutes: 0, createdAt: now, request: line)
        return try store.read { tx -> AssignmentPreview? in
            guard try !currentTeam(in: tx).isEmpty else { return nil }
            switch try assign([booking], in: tx) {
            case .noOneFree(let why, _): return AssignmentPreview(assistant: nil, because: nil, text: Desk.withoutClosing(why))
            case .assigned(let made):
                guard let person = made.first?.assistant else { return nil }
                let reason = AssignmentReason(rawValue: made[0].assignedBecause ?? "")
                let phrase = reason?.phrase(role: role.label) ?? ""
                return AssignmentPreview(
                    assistant: person, because: made[0].assignedBecause,
                    text: "\(person.name) would do it\(theirTime(made[0], person))" + (phrase.isEmpty ? "." : " (\(phrase))."))
            }
        }
    }
}
