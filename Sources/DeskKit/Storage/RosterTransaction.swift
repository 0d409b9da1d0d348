/// The roster's part of a transaction: the assistants a desk books, and their leave.
public protocol RosterTransaction: AssignmentTransaction {
    /// Everyone on the roster (not removed), by name, each with their leave.
    func assistants() throws -> [Assistant]
    /// How many are on the roster: a desk without one books as it always has.
    func rosterCount() throws -> Int
    /// What changes whenever the roster does (someone added or removed, leave added): a desk keeps the team it
    /// read until this differs.
    func rosterStamp() throws -> RosterStamp
    /// Anyone ever on the roster, removed or not: history keeps their name.
    func assistant(id: Int64) throws -> Assistant?
    /// Stores a new assistant with their leave and returns them with their id.
    func insertAssistant(_ assistant: Assistant) throws -> Assistant
    /// Stores leave for an assistant and returns the id of its row (kept by the journal, so redo puts back the same row).
    @discardableResult
    func addLeave(_ leave: Leave, assistant id: Int64) throws -> Int64
    /// Takes someone off the roster; their row stays, so bookings they did keep their name.
    func removeAssistant(id: Int64, at instant: Int64) throws
}

/// How many are on the roster, the newest assistant's id, and how many stretches of leave there are with the sum of
/// their row ids: the roster only grows or marks people removed, and leave rows are added with new ids or taken off
/// and put back whole by undo and redo, so any change moves one of them.
public struct RosterStamp: Equatable, Sendable {
    public let count: Int64
    public let newest: Int64
    public let leave: Int64
    public let leaveIds: Int64

    public init(count: Int64, newest: Int64, leave: Int64, leaveIds: Int64) {
        self.count = count
        self.newest = newest
        self.leave = leave
        self.leaveIds = leaveIds
    }
}

/// One stretch an assistant is booked for.
public struct BusyTime: Equatable, Sendable {
    public let assistant: Int64
    public let start: Int64
    public let end: Int64

    public init(assistant: Int64, start: Int64, end: Int64) {
        self.assistant = assistant
        self.start = start
        self.end = end
    }
}

/// What assignment asks of the store: indexed reads of the bookings around one slot, never every booking.
public protocol AssignmentTransaction {
    /// Assistants with a booking (not cancelled, not a deadline task) overlapping [start, end), leaving out the
    /// bookings `excluding` (a booking being changed does not stand in its own way).
    func busyAssistants(from start: Int64, until end: Int64, excluding: [Int64]) throws -> Set<Int64>
    /// The times each assistant is booked (not cancelled, not a deadline task) overlapping [start, end): the
    /// roster's questions ("who is free Friday afternoon?") need the times, not the bookings.
    func busyTimes(from start: Int64, until end: Int64) throws -> [BusyTime]
    /// Minutes booked (not cancelled, not a deadline task) by each of `assistants` on bookings starting in [from, to):
    /// fairness, among the people free for a slot; read per person from an index, never the bookings.
    func bookedMinutes(of assistants: [Int64], startingFrom from: Int64, before to: Int64) throws -> [Int64: Int]
    /// The assistant of the newest booking of `role` that has one, cancelled or not: continuity.
    func lastAssistant(role: String) throws -> Int64?
}

/// The longest a booking the busy check looks back for can last: one booking is at most 24 hours,
/// so a booking that overlaps a slot starts less than this before it.
public let longestBookingSeconds: Int64 = 24 * 3_600
