import Foundation

/// A clock that stands still until it is moved: transcripts use it to let days pass between
/// booking work and marking it done or invoicing it.
public final class MovableClock: DeskClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Int64

    public init(_ instant: Int64) { self.instant = instant }

    public func now() -> Int64 { lock.withLock { instant } }

    public func move(to instant: Int64) { lock.withLock { self.instant = instant } }
}
