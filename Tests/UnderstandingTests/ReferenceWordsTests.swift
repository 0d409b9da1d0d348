import Testing

@testable import Understanding

/// What a line says of bookings already made, read by the parser: words that point back, ask for the last
/// booking again, count some of them, or name one; and a change read apart into the booking and the values.
@Suite struct ReferenceWordsTests {
    static let grammar = Phrasing.grammar
    static let now = Phrasing.now

    /// "line" -> the references read: back (points back), again (repeats), n (count of them), stored (names one).
    static let references: [(String, String)] = [
        ("cancel it", "back"),
        ("move that to Friday", "back"),
        ("cancel them", "back"),
        ("cancel the last one", "back stored"),
        ("and Thursday too", "again"),
        ("same again next week", "again"),
        ("and a PA as well", "again"),
        ("another one on Monday please", "again stored"),
        ("I need one more receptionist on Friday also", "again stored"),
        // Inside a task the same words ask for nothing.
        ("need a PA to check the same reports on Friday", ""),
        ("make it two of them", "back n=2"),
        ("just one of those", "back n=1 stored"),
        ("a couple of them", "back n=2"),
        ("make it 3 of them", "back n=3"),
        ("two them", "back"),
        ("make my PA on Friday 10 to 2", "stored"),
        ("change booking 3 to Monday", "stored"),
        ("move the Tuesday one to Friday", "stored"),
        // "a one" names no booking.
        ("we need a one hour job done on Friday", ""),
        ("need a receptionist Tuesday", "")
    ]

    @Test(arguments: references)
    func referencesAreRead(_ line: String, _ expected: String) {
        let words = Self.grammar.parse(line, now: Self.now).references
        var said: [String] = []
        if words.pointsBack { said.append("back") }
        if words.repeatsLast { said.append("again") }
        if let n = words.countOfThem { said.append("n=\(n)") }
        if words.namesStoredBooking { said.append("stored") }
        #expect(said.joined(separator: " ") == expected, "\(line)")
    }

    /// "line" -> how the change reads: the target, the words naming it, and the new values' role, day or hours.
    static let changes: [(String, String)] = [
        ("move the Tuesday one to Friday", "described \"the Tuesday one\" date=2026-12-04"),
        ("make the Tuesday one 3 hours", "described \"the Tuesday one\" minutes=180"),
        ("move my PA on Friday to Monday", "described \"my PA on Friday\" date=2026-12-07"),
        ("make my PA on Friday 10 to 2", "described \"my PA on Friday\" start=10:00 end=14:00"),
        ("change the packer on monday to two packers", "described \"the packer on monday\" role=packer count=2"),
        ("make it 3 hours", "previous minutes=180"),
        ("actually Wednesday", "previous date=2026-12-02"),
        ("make that a PA", "previous role=personal_assistant count=1"),
        ("change #4 to 10am", "number 4 start=10:00"),
        // A day's possessive names the booking as "the" does; the change may come before or after it.
        ("push friday's packer back an hour", "described \"friday's packer\" delta=60"),
        ("extend friday's packer by 2 hours", "described \"friday's packer\" delta=120"),
        ("change tomorrow's receptionist to 2pm", "described \"tomorrow's receptionist\" start=14:00"),
        // A start time names a booking; "to" after the words naming one gives the new time; "instead" changes nothing.
        ("move the 10am one to 11", "described \"the 10am one\" start=11:00"),
        ("move it to 11", "previous start=11:00"),
        ("can the receptionist finish at 3 instead", "described \"the receptionist\" end=15:00"),
        ("move the receptionist from Thursday to Friday", "described \"the receptionist from Thursday\" date=2026-12-04"),
        // The "to" of hours splits nothing.
        ("make it 9 to 5", "previous start=09:00 end=17:00")
    ]

    @Test(arguments: changes)
    func changesAreReadApart(_ line: String, _ expected: String) {
        let parse = Self.grammar.parse(line, now: Self.now)
        #expect(parse.intent == .modify, "\(line) read as \(parse.intent)")
        let change = Self.grammar.changeReading(parse.slots, line: line, reading: parse, now: Self.now)
        var said: [String] = [change.target.name]
        if case .number(let id) = change.target { said.append("\(id)") }
        if let naming = change.naming { said.append("\"\(naming)\"") }
        let v = change.values
        if let role = v.role { said.append("role=\(role)") }
        if let date = v.date { said.append("date=\(date)") }
        if let start = v.start { said.append("start=\(Clock24.format(start))") }
        if let end = v.end { said.append("end=\(Clock24.format(end))") }
        if let minutes = v.durationMinutes { said.append("minutes=\(minutes)") }
        if let count = v.count { said.append("count=\(count)") }
        if let delta = v.delta { said.append("delta=\(delta.minutes)") }
        #expect(said.joined(separator: " ") == expected, "\(line)")
        #expect(change.unread.isEmpty, "\(line): \(change.unread)")
    }

    /// A booking named by its description with nothing to change it into leaves the rest to be asked about.
    @Test func aDescriptionWithNothingToChangeLeavesTheRestUnread() {
        let line = "make the receptionist on Thursday blue"
        let parse = Self.grammar.parse(line, now: Self.now)
        let change = Self.grammar.changeReading(parse.slots, line: line, reading: parse, now: Self.now)
        #expect(change.target.name == "described")
        #expect(change.naming == "the receptionist on Thursday")
        #expect(change.unread == ["blue"])
    }
}
