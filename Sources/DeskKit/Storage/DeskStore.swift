/// Where a desk keeps its bookings, journal, budget and invoices: one database per desk, whatever the backend.
/// Every user line is one `transaction`, so a line's changes are all stored or none are. Each backend is the
/// only code that knows its SQL; what the stored values mean (undo, what is owed) is the engine's.
public protocol DeskStore: AnyObject, Sendable {
    /// The file or address the desk was opened from; nil for a desk that keeps nothing.
    var path: String? { get }

    /// Runs one user line's reads and writes as a single write transaction.
    func transaction<T>(_ body: (any DeskTransaction) throws -> T) throws -> T

    /// Runs reads that change nothing, in a transaction of their own.
    func read<T>(_ body: (any DeskTransaction) throws -> T) throws -> T

    /// Group commit: commits stop waiting for the disk until `syncToDisk()`. The caller shows no answer
    /// before the sync that keeps it. A backend without the choice keeps committing durably.
    func deferSyncing() throws

    /// Waits until every commit so far is durable.
    func syncToDisk() throws

    /// Writes a consistent copy of the desk to `destination`, never replacing an existing file.
    func backup(to destination: String) throws -> BackupSummary

    /// Closes the store's connection for a process about to end, as releasing the store would, so the
    /// process can end without tearing down the objects around it. True when closed; the store must not be
    /// used again. False leaves everything to be released as usual.
    func closeBeforeExit() -> Bool
}

extension DeskStore {
    public func closeBeforeExit() -> Bool { false }
}
