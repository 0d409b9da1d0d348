/// What the recognisers found in one line. Times are minutes since midnight in the desk's zone.
public struct Slots: Sendable, Equatable {
    public var role: String?
    /// The words that named the role, as typed.
    public var roleText: String?
    public var date: CivilDate?
    /// How many days the date phrase covers: 1 for a day, 7 for "next week", 2 for a weekend.
    public var dateSpanDays = 1
    /// How the date was read, for `explain` and for ambiguous phrases; written out when asked for.
    public var dateNote: String? {
        get { dateReading?.text }
        set { dateReading = newValue.map(DateNote.text) }
    }
    /// The same, in the parts it was read from.
    public var dateReading: DateNote?
    /// The other reading of an ambiguous date phrase ("next Tuesday" said on a Monday).
    public var alternativeDate: CivilDate?
    /// Set when the line names a day that does not exist ("31 February"): what is wrong with it.
    public var dateProblem: String?
    /// The problem is a time no day has ("25:00"), so the desk asks for the day and time again.
    public var problemIsTime = false
    public var start: Int?
    public var end: Int?
    /// The time came from a part of the day ("morning"), not a clock time.
    public var partOfDay = false
    public var durationMinutes: Int?
    /// Set when the line gives a length the desk must not take as said ("-3 hours", "3-4 hours"): what is wrong.
    public var durationProblem: String?
    public var allDay = false
    public var bookingId: Int?
    /// Further bookings named with the first ("cancel #1, #2 and #3").
    public var moreBookingIds: [Int] = []
    public var count: Int?
    public var moneyMinor: Int64?
    public var moneyCurrency: String?
    /// The amount is the most one request may cost ("budget £50", "keep it under £100"), not a monthly budget.
    public var moneyIsCap = false
    /// Several bookings named as a group ("cancel them all", "both", "the two of them"): how many were said, 0 for all.
    public var group: Int?
    public var task: String?
    /// A whole month named on its own ("invoice for November"): its first day.
    public var month: CivilDate?
    /// The date is a deadline ("by Friday"), not the day of a slot.
    public var deadline = false
    /// Every date of a recurring request ("every Monday in December"), capped; empty when not recurring.
    public var occurrences: [CivilDate] = []
    /// The recurring phrase as read, for replies and `explain` ("every Monday until 24 Dec"); written out when asked for.
    public var recurrenceNote: String? {
        get { recurrenceReading?.text }
        set { recurrenceReading = newValue.map(DateNote.text) }
    }
    /// The same, in the parts it was read from.
    public var recurrenceReading: DateNote?
    /// "for 3 days": the days a request runs for from its date, kept until the date is known.
    public var span: DaySpan?
    /// A reference to a booking by description rather than number ("that", "the Tuesday one").
    public var refersToPrevious = false
    /// The day this year that a date said without a year stood for, when it has passed ("25 November" on 30 November).
    public var passedDate: CivilDate?
    /// A change by an amount ("extend it by 2 hours", "an hour later"), not a length.
    public var delta: TimeDelta?
    /// The state a list asks for ("show my cancelled bookings"): cancelled, done or invoiced; nil for the bookings still to come.
    public var status: String?

    public init() {}

    /// Takes the day another reading named, as one: its date, how many days it spans, how it was read, the other
    /// day it could have meant and the problem with it. Every merge of a day goes through here, so none copies
    /// the date and forgets how it was read.
    public mutating func takeDay(from other: Slots) {
        date = other.date
        dateSpanDays = other.dateSpanDays
        dateReading = other.dateReading
        alternativeDate = other.alternativeDate
        dateProblem = other.dateProblem
    }

    /// The entity kinds present, as bits of `EntityKind.bit`.
    var entityMask: Int {
        var mask = 0
        for kind in EntityKind.every where has(kind) { mask |= kind.bit }
        return mask
    }

    /// Whether the slot for an entity kind holds something.
    public func has(_ kind: EntityKind) -> Bool {
        switch kind {
        case .role: return role != nil
        case .date: return date != nil
        case .time: return start != nil
        case .duration: return durationMinutes != nil || allDay || delta != nil
        case .ref: return bookingId != nil || refersToPrevious || group != nil
        case .money: return moneyMinor != nil
        case .count: return count != nil
        case .task: return task != nil
        }
    }
}

/// The parser's reading of one line.
public struct Parse: Sendable {
    public let input: String
    /// One of the rules' intents, or "unknown".
    public var intent: Intent
    /// The name of the rule that matched, nil when none did.
    public var rule: String?
    /// Whether the winning rule was picked by one of its trigger words (a fresh request),
    /// rather than by entities alone.
    public var triggered: Bool
    public var slots: Slots
    /// The line's tokens, and what read each of them.
    public var tokens: [Token] = []
    public var reading: [TokenReading] = []
    /// The unread tokens that could change the line's meaning, a bit per token (the 64th and later share the last).
    var unreadThatMatters: UInt64 = 0
    /// Words read as others by misspelling repair.
    public var repairs: [Repair] = []
    /// The request was said in the negative ("no need for IT support on Friday"): it asks for nothing.
    public var negated = false
    /// The words a "but not …" clause took out when the desk must ask what is meant instead ("not in the morning").
    public var excluded: String?
    /// What the words say about bookings already made: "that", "and Thursday too", "two of them".
    public var references = ReferenceWords()

    public var isUnknown: Bool { rule == nil }

    /// Whether some word nothing read could change what the line asks.
    public var unreadMatters: Bool { unreadThatMatters != 0 }

    /// Token k read as `reading` after the choice, so that it no longer counts as unread.
    mutating func markRead(_ k: Int, as reading: TokenReading) {
        self.reading[k] = reading
        unreadThatMatters &= ~(1 << UInt64(min(k, 63)))
    }

    /// The runs of neighbouring unread words, as typed.
    public var unread: [UnreadWords] {
        var runs: [UnreadWords] = []
        var k = 0
        let bytes = input.utf8
        while k < tokens.count {
            guard reading[k].rawValue == 0 else { k += 1; continue }
            var first = k, end = k + 1
            // A symbol glued to the words ("#2", "10-2") belongs to the run.
            if first > 0, joins(first - 1), tokens[first - 1].end == tokens[first].start { first -= 1 }
            while end < tokens.count {
                if reading[end].rawValue == 0 { end += 1; continue }
                if joins(end), end + 1 < tokens.count, reading[end + 1].rawValue == 0 { end += 2; continue }
                break
            }
            var matters = false
            for j in k..<end where unreadThatMatters & (1 << UInt64(min(j, 63))) != 0 { matters = true }
            let from = bytes.index(bytes.startIndex, offsetBy: tokens[first].start)
            let to = bytes.index(bytes.startIndex, offsetBy: tokens[end - 1].end)
            runs.append(UnreadWords(text: String(input[from..<to]), start: tokens[first].start, end: tokens[end - 1].end, matters: matters))
            k = end
        }
        return runs
    }

    /// A symbol that joins the words beside it rather than ending a clause: "-", "/", "#", ":", "&".
    private func joins(_ k: Int) -> Bool {
        tokens[k].kind == .symbol && reading[k] == .punctuation && !Parse.clauseEnds.contains(tokens[k].text)
    }

    static let clauseEnds: Set<String> = [",", ";", ".", "?", "!"]

    /// Whether token `k` is unread and could change the line's meaning.
    public func unreadMatters(at k: Int) -> Bool {
        reading[k].rawValue == 0 && unreadThatMatters & (1 << UInt64(min(k, 63))) != 0
    }
}
