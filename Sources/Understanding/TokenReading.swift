/// What read one token of a line. Every token ends a parse with one of these; `unread` is what
/// nothing used, which the desk must not act past when it could change the request's meaning.
public enum TokenReading: UInt8, Sendable {
    case unread
    // Entities, by the recogniser that claimed the token.
    case reference, money, duration, range, repetition, span, month, date, time, role, count, description
    /// A task or purpose phrase ("to chase invoices", "for the product launch").
    case task
    /// A trigger word of the rule that matched, or of another rule with the same intent.
    case trigger
    /// A filler word from `language.words` ("please", "could", "the").
    case filler
    case punctuation
    /// A correction or negation marker, and the words whose reading it settled ("sorry I mean", "but not").
    case scope

    /// Whether the token was used by the reading at all.
    public var isRead: Bool { self.rawValue != 0 }

    /// The name `explain` shows.
    public var name: String {
        switch self {
        case .unread: return "unread"
        case .reference: return "booking"
        case .money: return "money"
        case .duration: return "length"
        case .range: return "range"
        case .repetition: return "repeat"
        case .span: return "span"
        case .month: return "month"
        case .date: return "date"
        case .time: return "time"
        case .role: return "role"
        case .count: return "count"
        case .description: return "description"
        case .task: return "task"
        case .trigger: return "trigger"
        case .filler: return "filler"
        case .punctuation: return "punctuation"
        case .scope: return "scope"
        }
    }
}

/// A run of neighbouring words nothing read, as typed.
public struct UnreadWords: Sendable, Equatable {
    public let text: String
    /// Byte range in the line.
    public let start: Int
    public let end: Int
    /// Whether some word of it could change what the line asks (a number, a day, a time, a role, a negation…).
    public let matters: Bool
}

/// A word read as another by misspelling repair ("wendsday" → "wednesday").
public struct Repair: Sendable, Equatable {
    public let typed: String
    public let read: String
}
