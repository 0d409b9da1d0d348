/// Why a booking went to the person it did, stored with it (`assigned_because` in JSON).
public enum AssignmentReason: String, Sendable, CaseIterable {
    /// The owner asked for them.
    case named
    /// The rest of the same request went to them (a series, or a day among several).
    case series
    /// They did the desk's last booking of that role.
    case continuity
    /// They had the fewest hours booked in the 28 days before the slot.
    case fairness
    /// Level with others on hours, first by name.
    case name
    /// No one else who does the role was free.
    case only

    /// The reason as the reply gives it.
    func phrase(role: String) -> String {
        switch self {
        case .named: return "as you asked"
        case .series: return "as for the rest of this request"
        case .continuity: return "who did your last \(role) booking"
        case .fairness: return "the fewest hours booked in the 28 days before it"
        case .name: return "first by name of those equally free"
        case .only: return "the only \(role) free then"
        }
    }
}
