import Understanding

/// What the desk carries from one line to the next, besides a question waiting for its answer:
/// which bookings "that" and "make it 3 hours" mean, and what "and Thursday too" repeats.
struct Conversation {
    /// The bookings the last request made, changed or cancelled (or the one booking it listed).
    var lastTouched: [Int64] = []
    /// Whether `lastTouched` has been set in this session; before that, the journal says.
    var knowsLastTouched = false
    /// The last booking made or changed, and how many were made alike, for repeats.
    var lastBooking: Booking?
    var lastCount = 1
    /// While a confirmed request runs again: the kinds of confirmation the owner gave.
    var confirmed: Set<ConfirmationKind> = []

    mutating func remember(_ reply: Reply) {
        guard !reply.bookings.isEmpty else { return }
        // A list of several is not one thing "that" could mean.
        if reply.intent == .list && reply.bookings.count > 1 { return }
        lastTouched = reply.bookings.map(\.id)
        knowsLastTouched = true
    }
}
