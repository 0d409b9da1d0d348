/// A change read apart into the booking it names and the new values it gives: "move my PA on Friday |
/// to Monday", "make the Tuesday one | 3 hours".
public struct ChangeReading: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// `#3`, `booking 3`.
        case number(Int)
        /// `the Tuesday one`, `the receptionist booking`, `my PA on Friday`: what was said of it.
        case described(Slots)
        /// `that`, `it`, or nothing named: the bookings the last request touched.
        case previous

        /// The stable word `explain --json` gives for it.
        public var name: String {
            switch self {
            case .number: return "number"
            case .described: return "described"
            case .previous: return "previous"
            }
        }
    }

    public var target: Target
    public var values: Slots
    /// The words that could change the meaning which neither part read; with a booking named by its
    /// description and nothing to change it into, what followed the description.
    public var unread: [String]
    /// The words that named the booking, as typed; nil when the line named none by description.
    public var naming: String?
}
