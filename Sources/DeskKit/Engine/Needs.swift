/// What a question of the desk waits for: the next line is read as its answer. The raw values are the
/// `needs` field of JSON replies.
public enum Needs: String, Sendable {
    case role, date, time, duration, booking, confirmation, choice

    /// The thing asked for, as a reply names it.
    var words: String {
        switch self {
        case .role: return "the kind of help"
        case .date: return "a day"
        case .time: return "a start time"
        case .duration: return "a length of time"
        case .booking: return "a booking number"
        case .confirmation: return "a yes or a no"
        case .choice: return "one of the choices offered"
        }
    }

    /// An answer that would do, for the reply that asks again.
    var example: String {
        switch self {
        case .role: return "For example \"a receptionist\" or \"a PA\"."
        case .date: return "For example \"Tuesday\", \"tomorrow\" or \"3 December\"."
        case .duration: return "For example \"3 hours\" or \"until 5pm\"."
        case .time: return "For example \"9am\" or \"9 to 5\"."
        case .booking: return "For example \"#2\"."
        case .confirmation: return "Say \"yes\" to go ahead or \"no\" to leave it."
        case .choice: return "Say \"the first\", \"the second\" and so on, or \"no\" to leave it."
        }
    }
}

/// What a yes/no question confirms: a "yes" passes that one check when the request runs again, and no other.
enum ConfirmationKind: String, Sendable {
    /// A read-back with no particular concern.
    case plain = "confirmation"
    case nextYear = "next-year"
    case hours
    case farAhead = "far-ahead"
    case duplicate
    case budget
    case series
    case lateCancellation = "late-cancellation"
}
