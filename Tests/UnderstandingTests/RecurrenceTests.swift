import Testing

@testable import Understanding

/// Repeating requests: every date resolved, capped by `limit` in language.words.
@Suite struct RecurrenceTests {
    static let cases: [(String, String)] = [
        ("get me a PA every Monday in December", "book role=personal_assistant dates=2026-12-07,2026-12-14,2026-12-21,2026-12-28 date=2026-12-07"),
        ("need a receptionist every weekday next week", "book dates=2026-12-07,2026-12-08,2026-12-09,2026-12-10,2026-12-11"),
        ("need a receptionist every weekday this week", "book dates=2026-12-01,2026-12-02,2026-12-03,2026-12-04"),
        ("need a packer every other Friday", "book dates=2026-12-04,2026-12-18,2027-01-01,2027-01-15"),
        ("need admin help each day next week", "book occurrences=7 first=2026-12-07 last=2026-12-13"),
        ("need admin help every day next week", "book occurrences=7 first=2026-12-07 last=2026-12-13"),
        ("need admin help daily next week", "book occurrences=7 first=2026-12-07 last=2026-12-13"),
        ("need a receptionist every Tuesday until Christmas", "book dates=2026-12-01,2026-12-08,2026-12-15,2026-12-22"),
        ("need a receptionist every weekday until Christmas", "book occurrences=19 first=2026-12-01 last=2026-12-25"),
        ("need IT support every Friday for the next 4 weeks", "book dates=2026-12-04,2026-12-11,2026-12-18,2026-12-25"),
        ("need IT support every Monday for 3 weeks", "book dates=2026-12-07,2026-12-14,2026-12-21"),
        ("need a PA every Monday", "book dates=2026-12-07,2026-12-14,2026-12-21,2026-12-28"),
        ("need a PA every weekday", "book occurrences=20 first=2026-12-01 last=2026-12-28"),
        ("need a PA every day", "book occurrences=28 first=2026-12-01 last=2026-12-28"),
        ("need a packer Mondays and Thursdays in December", "book occurrences=9 first=2026-12-03 last=2026-12-31"),
        ("need a packer every Monday and Wednesday next week", "book dates=2026-12-07,2026-12-09"),
        ("need a packer on Fridays in December", "book dates=2026-12-04,2026-12-11,2026-12-18,2026-12-25"),
        ("need a PA every Thursday in January", "book dates=2027-01-07,2027-01-14,2027-01-21,2027-01-28"),
        ("need a PA every other Monday in December", "book dates=2026-12-07,2026-12-21"),
        ("need a PA every Tuesday from 8 December", "book dates=2026-12-08,2026-12-15,2026-12-22,2026-12-29"),
        // A span with a start counts from the start, whichever is said first.
        ("need a receptionist every Wednesday for 4 weeks from 16 December", "book dates=2026-12-16,2026-12-23,2026-12-30,2027-01-06"),
        ("need a PA every Monday from 4 January for 3 weeks", "book dates=2027-01-04,2027-01-11,2027-01-18"),
        ("need a PA every Tuesday for 3 weeks from 22 December", "book dates=2026-12-22,2026-12-29,2027-01-05"),
        ("need a PA from 14 December every Monday for 2 weeks", "book dates=2026-12-14,2026-12-21"),
        // A span or an end said before the repetition reads as it does after.
        ("need a receptionist for the next 2 weeks every monday", "book role=receptionist task=- dates=2026-12-07,2026-12-14"),
        ("need a receptionist every monday for the next 2 weeks", "book role=receptionist task=- dates=2026-12-07,2026-12-14"),
        ("need a PA for the next 3 weeks, every Friday", "book task=- dates=2026-12-04,2026-12-11,2026-12-18"),
        ("need a PA for 3 weeks every Friday from 1 January", "book dates=2027-01-01,2027-01-08,2027-01-15"),
        ("need a PA until Christmas every Friday", "book dates=2026-12-04,2026-12-11,2026-12-18,2026-12-25"),
        ("need a PA in December every Monday", "book dates=2026-12-07,2026-12-14,2026-12-21,2026-12-28"),
        ("need a PA next week every day", "book occurrences=7 first=2026-12-07 last=2026-12-13"),
        ("need someone to answer the phones every Monday", "book role=receptionist occurrences=4 first=2026-12-07"),
        ("need a packer from 9am to 5pm every weekday next week", "book start=09:00 end=17:00 occurrences=5 first=2026-12-07"),
        ("need a PA starting 4 January every Friday", "book dates=2027-01-08,2027-01-15,2027-01-22,2027-01-29"),
        ("need a packer every Friday for 1 month from 1 January", "book dates=2027-01-01,2027-01-08,2027-01-15,2027-01-22,2027-01-29"),
        ("need a PA every Saturday until 19 December", "book dates=2026-12-05,2026-12-12,2026-12-19"),
        ("need a PA every weekday until 4 December", "book dates=2026-12-01,2026-12-02,2026-12-03,2026-12-04"),
        ("need a receptionist every morning next week", "book occurrences=7 first=2026-12-07 start=09:00 end=12:00"),
        ("need a receptionist every Monday 9-1 in December", "book occurrences=4 start=09:00 end=13:00"),
        ("need a receptionist every day in December", "book occurrences=31 first=2026-12-01 last=2026-12-31"),
        // More than the limit: the first 31, and the note says so.
        ("need a receptionist every day for the next 2 months", "book occurrences=31 first=2026-12-01 last=2026-12-31"),
        ("need a receptionist every Monday until Tuesday", "book occurrences=- date=- problem=no day matches every Monday until Tue 1 Dec"),
        // a run of days written as two dates
        ("need a PA from Monday to Wednesday", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA from Friday to Monday", "book dates=2026-12-04,2026-12-05,2026-12-06,2026-12-07"),
        ("need a PA from 21 December to 3 January", "book occurrences=14 first=2026-12-21 last=2027-01-03"),
        ("need a PA from 10 till 2 tomorrow", "book occurrences=- start=10:00 end=14:00 date=2026-12-01"),
        // Not repetitions
        ("need a receptionist Monday", "book occurrences=- date=2026-12-07"),
        ("need a receptionist each", "book occurrences=-"),
        ("£20 each for 3 packers on Friday", "book occurrences=- date=2026-12-04 money=2000 count=3")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    @Test func theNoteSaysWhatWasReadAndWhenTheCapBit() {
        let capped = Phrasing.grammar.parse("need a receptionist every day for the next 2 months", now: Phrasing.now).slots
        #expect(
            capped.recurrenceNote
                == "every day for the next 2 months: 31 dates, Tue 1 Dec to Thu 31 Dec (the first 31 of 61; one request covers at most 31)")
        let open = Phrasing.grammar.parse("need a PA every Monday", now: Phrasing.now).slots
        #expect(open.recurrenceNote == "every Monday (for 4 weeks; say until when for longer): 4 dates, Mon 7 Dec to Mon 28 Dec")
        let other = Phrasing.grammar.parse("need a PA every other Friday until Christmas", now: Phrasing.now).slots
        #expect(other.recurrenceNote == "every other Friday until Fri 25 Dec: 2 dates, Fri 4 Dec to Fri 18 Dec")
    }

    @Test func aSpanBeforeTheRepetitionReadsAsOneAfter() {
        let before = Phrasing.grammar.parse("need a receptionist for the next 2 weeks every monday", now: Phrasing.now)
        let after = Phrasing.grammar.parse("need a receptionist every monday for the next 2 weeks", now: Phrasing.now)
        #expect(before.intent == after.intent)
        #expect(before.slots == after.slots)
    }

    @Test func theCapIsASetting() throws {
        let grammar = try Grammar(files: IntentFilesForTests.replacing("limit        = 31", with: "limit        = 5"))
        let slots = grammar.parse("need a PA every day in December", now: Phrasing.now).slots
        #expect(slots.occurrences.count == 5)
        #expect(slots.occurrences.last == CivilDate(year: 2026, month: 12, day: 5))
    }
}
