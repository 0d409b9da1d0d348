/// A page of a listing: the first bookings, and the count and total of all of them.
public struct BookingPage: Sendable {
    public let bookings: [Booking]
    public let count: Int
    public let owedMinor: Int64

    public init(bookings: [Booking], count: Int, owedMinor: Int64) {
        self.bookings = bookings
        self.count = count
        self.owedMinor = owedMinor
    }
}

/// One entry of the undo journal, for `history`.
public struct ChangeSummary: Sendable, Equatable {
    public let id: Int64
    public let madeAt: Int64
    public let request: String
    public let summary: String
    public let undone: Bool

    public init(id: Int64, madeAt: Int64, request: String, summary: String, undone: Bool) {
        self.id = id
        self.madeAt = madeAt
        self.request = request
        self.summary = summary
        self.undone = undone
    }
}

/// Leave a change set added, kept by the journal: undo takes the row off, redo puts the same row back.
public struct JournalledLeave: Sendable, Equatable {
    /// The row of the leave, as `addLeave` returned it.
    public let id: Int64
    public let assistant: Int64
    public let leave: Leave

    public init(id: Int64, assistant: Int64, leave: Leave) {
        self.id = id
        self.assistant = assistant
        self.leave = leave
    }
}

/// Why undo or redo stops without changing anything: it would take away work that has started (and so
/// is owed), or cancel it free of charge. Thrown inside the transaction, so nothing of the set is applied.
public struct StartedWork: Error {
    public let bookingId: Int64

    public init(bookingId: Int64) { self.bookingId = bookingId }
}

/// What `DeskStore.backup(to:)` wrote.
public struct BackupSummary: Sendable, Equatable {
    public let path: String
    public let bookings: Int
    public let bytes: Int64

    public init(path: String, bookings: Int, bytes: Int64) {
        self.path = path
        self.bookings = bookings
        self.bytes = bytes
    }
}

/// One booking's part of an undo or redo, shown to the engine before the store applies it.
public enum JournalStep {
    /// The booking will be removed (undo of the set that made it); `current` is the booking as stored now.
    case remove(current: Booking)
    /// The booking will be put back to `state`; `current` is as stored now, nil when it is gone.
    case restore(state: Booking, current: Booking?)
}

/// One line's change set as the undo journal keeps it: what undo and redo walk, in the engine's order.
public struct JournalSet: Sendable {
    /// What the set changed.
    public enum Content: Sendable {
        /// The monthly budget, from `before` to `after` (nil for none).
        case budget(before: Int64?, after: Int64?)
        /// An invoice billed `billed`.
        case invoice(id: Int64, billed: [Int64])
        /// Bookings made, changed or cancelled, perhaps with leave added for an assistant.
        case bookings(leave: JournalledLeave?)
    }

    public let id: Int64
    public let summary: String
    public let content: Content

    public init(id: Int64, summary: String, content: Content) {
        self.id = id
        self.summary = summary
        self.content = content
    }
}

/// One booking's change in a set: its state before (nil when the set made it) and after (nil for a booking
/// made, until an undo keeps what redo is to put back). `changeId` is the store's row for the change, nil
/// when the set holds its one booking itself.
public struct JournalEntry: Sendable {
    public let bookingId: Int64
    public let before: Booking?
    public let after: Booking?
    public let changeId: Int64?

    public init(bookingId: Int64, before: Booking?, after: Booking?, changeId: Int64?) {
        self.bookingId = bookingId
        self.before = before
        self.after = after
        self.changeId = changeId
    }
}
