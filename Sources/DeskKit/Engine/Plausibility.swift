import Understanding

/// Requests the desk questions before booking them as said: hours far from what the role
/// usually works (a receptionist at 3am, or "5 to 9" read as the evening), and days so far
/// ahead that a slip of the year is likelier than a plan.
enum Plausibility {
    /// How far outside a role's usual shift a booking may run before the desk asks.
    static let marginMinutes = 120
    static let farAheadDays = 366

    /// Why the hours look wrong for the role, or nil when they look fine.
    static func hoursConcern(_ role: Role, start: Int, minutes: Int) -> String? {
        let end = start + minutes
        guard start < role.shiftStart - marginMinutes || end > role.shiftEnd + marginMinutes else { return nil }
        let article = "AEIOUaeiou".contains(role.label.first ?? "x") ? "An" : "A"
        return "\(article) \(role.label) from \(Clock24.format(start)) to \(Clock24.format(end)) is well outside the usual "
            + "\(Clock24.format(role.shiftStart))-\(Clock24.format(role.shiftEnd))."
    }

    static func farAheadConcern(_ date: CivilDate, today: CivilDate) -> String? {
        guard date.dayNumber - today.dayNumber > farAheadDays else { return nil }
        return "\(date.short) \(date.year) is more than a year away."
    }
}
