/// The roster's part of a transaction: the assistants a desk books, and their leave.
public protocol RosterTransaction {
    /// Everyone on the roster (not removed), by name, each with their leave.
    func assistants() throws -> [Assistant]
    /// How many are on the roster: a desk without one books as it always has.
    func rosterCount() throws -> Int
    /// Anyone ever on the roster, removed or not: history keeps their name.
    func assistant(id: Int64) throws -> Assistant?
    /// Stores a new assistant with their leave and returns them with their id.
    func insertAssistant(_ assistant: Assistant) throws -> Assistant
    func addLeave(_ leave: Leave, assistant id: Int64) throws
    /// Takes someone off the roster; their row stays, so bookings they did keep their name.
    func removeAssistant(id: Int64, at instant: Int64) throws
}
