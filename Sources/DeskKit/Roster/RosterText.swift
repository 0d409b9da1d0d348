import Understanding

/// How the roster is shown: one line per person for people, one object per person for programs.
public enum RosterText {
    /// `Sarah Khan: receptionist, customer service; Europe/London; Mon-Fri 09:00-17:00; leave 2026-12-14..2026-12-18`
    public static func line(_ person: Assistant, catalogue: Catalogue) -> String {
        let roles = person.roles.map { catalogue.role($0)?.label ?? $0 }.joined(separator: ", ")
        var text = "\(VisibleText.escaped(person.name)): \(roles); \(person.zone); \(person.hours.text)"
        if !person.leave.isEmpty { text += "; leave " + person.leave.map(\.text).joined(separator: ", ") }
        return text
    }

    public static func json(_ person: Assistant) -> JSONValue {
        .object([
            ("id", .int(person.id)),
            ("name", .string(person.name)),
            ("roles", .array(person.roles.map(JSONValue.string))),
            ("tz", .string(person.zone)),
            ("hours", .string(person.hours.text)),
            (
                "shifts",
                .array(
                    person.hours.shifts.map { shift in
                        .object([
                            ("day", .string(WorkingHours.dayNames[shift.weekday - 1])),
                            ("start", .string(Clock24.format(shift.start))),
                            ("end", .string(WorkingHours.endText(shift.end))),
                            ("overnight", .bool(shift.end > 1440))
                        ])
                    })
            ),
            ("leave", .array(person.leave.map { .object([("from", .string($0.first.description)), ("to", .string($0.last.description))]) }))
        ])
    }
}
