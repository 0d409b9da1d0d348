/// Why the store could not be opened or written, in words for the owner.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What became of the line that met the failure: the reply must not claim more than the store knows.
    public enum Outcome: Sendable {
        /// The transaction rolled back: nothing of the line was kept.
        case keptNothing
        /// The commit was sent and its answer lost, and the server could not be asked: it may have been kept.
        case unknown
        /// The commit happened though its answer was lost.
        case kept
    }

    public let message: String
    public let outcome: Outcome
    public init(_ message: String, outcome: Outcome = .keptNothing) {
        self.message = message
        self.outcome = outcome
    }
    public var description: String { message }
}
