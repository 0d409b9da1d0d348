/// The store's operations inside one transaction, in the desk's words.
public protocol DeskTransaction: RosterTransaction {
    // MARK: Bookings

    /// Stores a new booking and returns it with its id; ids are never reused.
    func insert(_ booking: Booking) throws -> Booking
    /// Puts a booking back exactly as it was, id included (undo of a cancel or a change).
    func restore(_ booking: Booking) throws
    func update(_ booking: Booking) throws
    func delete(id: Int64) throws
    func booking(id: Int64) throws -> Booking?
    /// Bookings that start in [from, to), by start time; `status` must be a stored one (not invoiced).
    func bookings(startingFrom from: Int64, before to: Int64, status: BookingStatus?, limit: Int?) throws -> [Booking]
    /// The newest booking ids, for completion.
    func recentIds(limit: Int) throws -> [Int64]
    func count() throws -> Int
    func allBookings() throws -> [Booking]
    /// Active bookings (booked, not yet done or cancelled) of `role` from exactly `start` to `end` with `task`
    /// (or none), oldest first, at most a few: what a new booking would duplicate.
    func activeTwins(role: String, start: Int64, end: Int64, task: String?) throws -> [Int64]

    // MARK: Listings

    /// Bookings starting in [from, to) that are not cancelled: the first `limit` by start, with the count and total of all.
    func listing(startingFrom from: Int64, before to: Int64, limit: Int) throws -> BookingPage
    /// Work that has ended without being marked done, and open deadline tasks, that started before `before`.
    func awaiting(at instant: Int64, startedBefore before: Int64, limit: Int) throws -> BookingPage
    /// Work ended by `instant` and not yet marked done, starting in [from, to).
    func awaitingConfirmation(startingFrom from: Int64, before to: Int64, endedBy instant: Int64) throws -> [Booking]

    // MARK: Budget

    func monthlyBudget() throws -> Int64?
    func setMonthlyBudget(_ minor: Int64?) throws
    /// Sets the monthly budget (nil for none) and journals it as a change set of its own: undo puts back the
    /// budget before, redo the new one, in turn with the sets that change bookings.
    func setMonthlyBudget(_ minor: Int64?, request: String, summary: String, madeAt: Int64) throws
    /// What bookings starting in [from, to) cost: spent on work done, and committed to work still booked.
    func spend(startingFrom from: Int64, before to: Int64) throws -> (spent: Int64, booked: Int64)

    // MARK: Invoices

    func insertInvoice(month: String, issuedAt: Int64, currency: String, subtotal: Int64, tax: Int64, total: Int64) throws -> Int64
    func bookings(invoice id: Int64) throws -> [Booking]
    func invoiceIds(month: String) throws -> [(id: Int64, issuedAt: Int64)]
    /// Marks `ids` as billed by `invoice`, as one journalled change set.
    func billInvoice(_ invoice: Int64, ids: [Int64], request: String, summary: String, madeAt: Int64) throws
    /// Work done and not yet billed, starting in [from, to).
    func unbilled(startingFrom from: Int64, before to: Int64, limit: Int?) throws -> [Booking]
    func unbilledCharges(startingFrom from: Int64, before to: Int64) throws -> [(id: Int64, netMinor: Int64, taxMinor: Int64)]

    // MARK: Undo journal

    /// Records what one line changed, so that `undo` can put it back.
    func record(request: String, summary: String, madeAt: Int64, changes: [(before: Booking?, after: Booking?)]) throws
    /// Records leave added for an assistant and the bookings handed over because of it (none, perhaps) as one
    /// change set: undo takes the leave off and puts the bookings back; redo does both again.
    func record(request: String, summary: String, madeAt: Int64, leave: JournalledLeave, changes: [(before: Booking?, after: Booking?)]) throws
    /// The newest change set not undone: what undo takes back, and what "that" means in a new session.
    func newestSetInForce() throws -> JournalSet?
    /// The change set undone most recently, if no new change came since: what redo applies again.
    func setToRedo() throws -> JournalSet?
    /// A set's booking changes in the order they were made, or newest first.
    func entries(of set: JournalSet, newestFirst: Bool) throws -> [JournalEntry]
    /// Keeps `booking` (as it is when undo removes it) as what redo of `entry` is to put back.
    func keepForRedo(_ booking: Booking?, of entry: JournalEntry, in set: JournalSet) throws
    /// Marks a set undone (redo may apply it again) or in force.
    func markSet(_ set: JournalSet, undone: Bool) throws
    /// The bookings `invoice` bills, by id, at most `limit`.
    func billedIds(invoice: Int64, limit: Int) throws -> [Int64]
    /// Takes every booking off `invoice`: they read as done and unbilled again.
    func unbill(invoice: Int64) throws
    /// Bills `ids` on `invoice` again, as redo of the set that billed them.
    func bill(_ ids: [Int64], invoice: Int64) throws
    /// Undo of a set that added leave: the leave's row goes.
    func takeOffLeave(id: Int64) throws
    /// Redo of a set that added leave: the same row, id included, comes back.
    func putBackLeave(_ journalled: JournalledLeave) throws
    /// The newest entries of the undo journal first.
    func recentChanges(limit: Int) throws -> [ChangeSummary]
    /// How many changes the journal holds per booking.
    func changeCounts() throws -> [Int64: Int]
}

extension DeskTransaction {
    public func bookings(startingFrom from: Int64, before to: Int64, status: BookingStatus? = nil) throws -> [Booking] {
        try bookings(startingFrom: from, before: to, status: status, limit: nil)
    }

    public func bookings(startingFrom from: Int64, before to: Int64, limit: Int) throws -> [Booking] {
        try bookings(startingFrom: from, before: to, status: nil, limit: limit)
    }

    public func unbilled(startingFrom from: Int64, before to: Int64) throws -> [Booking] {
        try unbilled(startingFrom: from, before: to, limit: nil)
    }
}
