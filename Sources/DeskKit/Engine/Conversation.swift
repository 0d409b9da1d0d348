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
    /// The request the last reply priced, when it was a quote: "sounds good, book it" books exactly that.
    var quoted: Slots?
    /// The bookings the last reply that showed any listed or touched: what "them all" and "both" mean.
    var group: [Int64] = []

    mutating func remember(_ reply: Reply) {
        if reply.intent != .quote { quoted = nil }
        guard !reply.bookings.isEmpty else { return }
        group = reply.bookings.map(\.id)
        // A list of several is not one thing "that" could mean.
        if reply.intent == .list && reply.bookings.count > 1 { return }
        lastTouched = reply.bookings.map(\.id)
        knowsLastTouched = true
    }
}
