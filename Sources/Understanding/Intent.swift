/// What a line asks the desk to do: the intents the rule files may name, plus what a reply says when no
/// rule matched (`unknown`) or the line could not be read as text at all (`invalid`). The raw values are the
/// names in `Intents/*.intent` and in the JSON replies, so both stay as they were.
public enum Intent: String, CaseIterable, Sendable, CustomStringConvertible {
    case book
    case quote
    case list
    case week
    case cancel
    case rates
    case help
    case greeting
    case thanks
    case quit
    case undo
    case outOfScope = "out_of_scope"
    case modify
    case status
    case redo
    case history
    case yes
    case no
    case done
    case budget
    case spend
    case invoice
    // The roster: who is on it, who covers or is free when, what one person is doing and when they are next free,
    // a booking given to someone else, and someone's leave.
    case team
    case covering
    case free
    case doing
    case nextFree = "next_free"
    case reassign
    case leave
    /// No rule matched the line.
    case unknown
    /// The line was not text the desk can read (bad bytes, too long).
    case invalid

    /// The intents a rule may name: everything but the two a reply gives when no rule applies.
    public static let ruleIntents: [Intent] = allCases.filter { $0 != .unknown && $0 != .invalid }

    public var description: String { rawValue }
}
