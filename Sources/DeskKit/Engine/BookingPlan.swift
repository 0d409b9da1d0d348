import Understanding

extension Desk {
    /// What a booking request comes to before anything is stored: the work to commit, or what to say instead.
    /// Planning reads the request, the catalogue and the clock and changes nothing, so every exit of a booking
    /// that is not a commit is one of these cases, and the commit step alone writes.
    enum BookingPlan {
        /// A question, with the request as it stands for the answer to complete (`within`: the days to choose from).
        case ask(Needs, String, Slots, within: (first: CivilDate, days: Int)? = nil)
        /// A read-back the owner must say yes to first.
        case confirm(ConfirmationKind, String)
        case refuse(String, ReplyFailure)
        /// Work due by the end of a day rather than booked for hours.
        case deadline(Role, due: CivilDate)
        /// The same hours on each of the request's dates.
        case series(Role, Slot)
        /// One slot on one day, for as many people as the request asks.
        case single(Role, Slot, on: CivilDate)
    }
}
