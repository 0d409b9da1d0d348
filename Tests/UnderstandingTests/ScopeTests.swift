import Testing

@testable import Understanding

/// Negations, corrections and changes by an amount, read at Monday 30 November 2026, 09:00.
@Suite struct ScopeTests {
    /// "line" -> "intent key=value …" (see `Phrasing`).
    static let cases: [(String, String)] = [
        // A correction inside the line wins over what it corrects.
        ("need a receptionist Thursday, sorry I mean Friday", "book role=receptionist date=2026-12-04"),
        ("need a receptionist Thursday sorry, Friday", "book role=receptionist date=2026-12-04"),
        ("need a PA Monday, Tuesday instead", "book role=personal_assistant date=2026-12-01"),
        ("need a PA Monday 9-5, actually 10-2", "book role=personal_assistant date=2026-12-07 start=10:00 end=14:00"),
        ("need a receptionist on Friday, I meant a PA", "book role=personal_assistant date=2026-12-04"),
        ("book a packer Wednesday or rather Thursday", "book role=packer date=2026-12-03"),
        // Taken out of the request.
        ("need a packer every weekday next week except Wednesday", "book role=packer dates=2026-12-07,2026-12-08,2026-12-10,2026-12-11"),
        ("need a receptionist, not a PA, on Friday", "book role=receptionist date=2026-12-04"),
        // A correction that opens a change is the change's.
        ("sorry, I meant Friday", "modify date=2026-12-04"),
        // Changes by an amount are not lengths.
        ("extend it by 2 hours", "modify duration=- delta=120/end"),
        ("add 30 minutes", "modify delta=30/end"),
        ("an hour longer", "modify delta=60/end"),
        ("make it an hour longer", "modify delta=60/end"),
        ("shorten it by an hour", "modify delta=-60/end"),
        ("push it back an hour", "modify delta=60/both"),
        ("an hour later", "modify delta=60/both"),
        ("move #2 an hour earlier", "modify ref=2 delta=-60/both"),
        ("start 30 minutes earlier", "modify delta=-30/start"),
        ("finish an hour later", "modify delta=60/end"),
        ("bring it forward to 8", "modify start=08:00 delta=-"),
        // Still bookings.
        ("add a PA on Friday", "book role=personal_assistant date=2026-12-04"),
        ("need a receptionist Tuesday for 2 hours", "book duration=120 delta=-")
    ]

    @Test(arguments: cases) func phrasing(_ line: String, _ expected: String) { Phrasing.check(line, expected) }

    /// Said in the negative, a request asks for nothing.
    @Test(arguments: [
        "no need for IT support on Friday after all", "do not book a receptionist on Friday", "I don't need a PA tomorrow",
        "we no longer need a packer on Monday", "don't send a receptionist on Tuesday"
    ])
    func negatedRequest(_ line: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(parse.negated, "\(line) read as \(parse.intent)")
    }

    /// A day gone is read as that day, never moved to the coming one (the desk then refuses to book it);
    /// a date gone this year is kept with a note.
    @Test(arguments: [
        ("need a PA for last Thursday", "2026-11-26"),
        ("need IT support last Thursday", "2026-11-26"),
        ("need a packer previous Monday", "2026-11-23"),
        ("what was booked last Wednesday", "2026-11-25")
    ])
    func pastWeekday(_ line: String, _ date: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(parse.slots.date?.description == date && parse.slots.task == nil, "\(line)")
        #expect(parse.slots.dateNote?.hasSuffix("which has passed") == true, "\(line)")
    }

    @Test func aDateGoneThisYearIsNoted() {
        let parse = Phrasing.grammar.parse("need a PA on 25 November", now: Phrasing.now)
        #expect(parse.slots.passedDate?.description == "2026-11-25" && parse.slots.date?.description == "2027-11-25")
        #expect(Phrasing.grammar.parse("need a PA on 25 November 2027", now: Phrasing.now).slots.passedDate == nil)
        #expect(Phrasing.grammar.parse("need a PA on 3 December", now: Phrasing.now).slots.passedDate == nil)
        // The coming February, nearer than the one gone: no question about the year.
        for line in ["need a PA on 2 February", "need a packer the first Tuesday of February", "need a PA on 14 March"] {
            let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
            #expect(parse.slots.passedDate == nil, "\(line)")
            #expect(parse.slots.date?.year == 2027, "\(line)")
        }
        #expect(Phrasing.grammar.parse("need a PA the day before yesterday", now: Phrasing.now).slots.date?.description == "2026-11-28")
    }

    /// "no, I need a PA" answers the desk first, then asks for the PA.
    @Test func anOpeningNoIsNotANegation() {
        let parse = Phrasing.grammar.parse("no, I need a PA on Thursday", now: Phrasing.now)
        #expect(!parse.negated && parse.intent == .book && !parse.unreadMatters)
    }

    /// "but not in the morning" takes the time out, for the desk to ask which hours.
    @Test func aNegatedTimeIsLeftToAsk() {
        let parse = Phrasing.grammar.parse("need a receptionist on Tuesday but not in the morning", now: Phrasing.now)
        #expect(parse.excluded == "not in the morning")
        #expect(parse.slots.start == nil && parse.slots.date?.description == "2026-12-01")
    }
}
