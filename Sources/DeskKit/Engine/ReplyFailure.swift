/// Why a reply refused or failed: the `error` field of JSON replies. Codes are stable words another tool can
/// branch on; the reply's text says the same to a person, with the details. The README lists every code.
public enum ReplyFailure: Equatable, Sendable {
    // Reading the line.
    case notUnderstood, notARequest, wordsNotUnderstood, input(InputProblem)
    case expected(Needs), requestDropped(Needs)
    case severalRequestsOneIncomplete, severalBookings
    /// "them all", "both": no group of bookings shown, or not as many as were said.
    case noGroup, groupSizeDiffers
    // Booking.
    case timeInThePast, deadlineInThePast, badDuration, tooLong, tooManyPeople, badCount, overBudget, unknownRole, badDate
    /// A request over the limit said with it ("budget £50", "keep it under £100").
    case overLimit
    /// The roster has no one who can take it.
    case noOneFree
    /// A roster question named no one on the team.
    case noSuchAssistant
    /// Leave said at the desk that the roster cannot take: days gone, not a run of days, or overlapping leave already held.
    case badLeave
    // Bookings already made.
    case noSuchBooking, notChangeable, alreadyStarted, workStarted, notStarted, cancelled, already(BookingStatus)
    case nothingToChange, nothingToCancel, nothingToUndo, nothingToRedo, nothingToInvoice, moreTimeThanHasPassed
    /// Several marked done at once, one of which needs the time it took.
    case timeWorkedNeeded
    // Money.
    case noAmount, noMonth, currency(String)
    /// The store refused or lost the line; the detail is for a person.
    case storage(String)
    /// A fault of the desk's own; the detail is for a person.
    case `internal`(String)

    /// The JSON `error` value: a code, followed by ": detail" for storage and internal failures.
    public var code: String {
        switch self {
        case .notUnderstood: return "not understood"
        case .notARequest: return "not a request for the desk"
        case .wordsNotUnderstood: return "words not understood"
        case .input(let problem): return problem.code
        case .expected(let needs): return "expected \(needs.rawValue)"
        case .requestDropped(let needs): return "request dropped: no \(needs.rawValue) given"
        case .severalRequestsOneIncomplete: return "several requests, one incomplete"
        case .severalBookings: return "several bookings"
        case .noGroup: return "no group of bookings"
        case .groupSizeDiffers: return "group size differs"
        case .overLimit: return "over the request's limit"
        case .timeWorkedNeeded: return "time worked needed"
        case .timeInThePast: return "time in the past"
        case .deadlineInThePast: return "deadline in the past"
        case .badDuration: return "bad duration"
        case .tooLong: return "too long"
        case .tooManyPeople: return "too many people"
        case .badCount: return "bad count"
        case .overBudget: return "over budget"
        case .unknownRole: return "unknown role"
        case .badDate: return "bad date"
        case .noOneFree: return "no one free"
        case .noSuchAssistant: return "no such assistant"
        case .badLeave: return "bad leave"
        case .noSuchBooking: return "no such booking"
        case .notChangeable: return "not changeable"
        case .alreadyStarted: return "already started"
        case .workStarted: return "work started"
        case .notStarted: return "not started"
        case .cancelled: return "cancelled"
        case .already(let status): return "already \(status.rawValue)"
        case .nothingToChange: return "nothing to change"
        case .nothingToCancel: return "nothing to cancel"
        case .nothingToUndo: return "nothing to undo"
        case .nothingToRedo: return "nothing to redo"
        case .nothingToInvoice: return "nothing to invoice"
        case .moreTimeThanHasPassed: return "more time than has passed"
        case .noAmount: return "no amount"
        case .noMonth: return "no month"
        case .currency(let currency): return "currency \(currency)"
        case .storage(let detail): return "storage: \(detail)"
        case .internal(let detail): return "internal: \(detail)"
        }
    }
}
