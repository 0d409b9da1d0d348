import Testing

@testable import Understanding

/// Clock forms, dates counted from other dates, and windows of days, read at Monday 30 November 2026,
/// 09:00 (README "Dates and times" and "How the desk reads vague dates").
@Suite struct DateWindowTests {
    static let clockForms: [(String, String)] = [
        ("need a PA 8h-16h Friday", "book date=2026-12-04 start=08:00 end=16:00 duration=-"),
        ("need a PA Friday 10h30-14h", "book start=10:30 end=14:00"),
        ("need a PA Friday at 15h45", "book start=15:45"),
        ("need a PA Friday 11h45", "book start=11:45 duration=-"),
        ("need a PA Friday 8h10", "book start=08:10 duration=-"),
        ("need a PA Friday 2h30", "book start=- duration=150"),
        ("need a PA for 5h on Friday", "book duration=300 start=-"),
        ("need a PA Friday 4:45a", "book start=04:45"),
        ("need a PA Friday 6p", "book start=18:00"),
        ("need a PA Friday from 10a to 1p", "book start=10:00 end=13:00"),
        ("need a PA Friday at 4 40", "book start=16:40"),
        ("need a PA Friday at 11 05", "book start=11:05"),
        ("need a PA seven tonight", "book date=2026-11-30 start=19:00"),
        ("need a PA nine in the evening", "book start=21:00"),
        ("need a PA Friday in the evening at seven", "book start=19:00"),
        ("need a PA 10 tomorrow", "book date=2026-12-01 start=10:00"),
        ("need a PA 7 tomorrow evening", "book date=2026-12-01 start=19:00"),
        ("need a PA 2 Friday", "book date=2026-12-04 start=14:00"),
        ("need a PA Friday 25 minutes past 2pm", "book start=14:25 duration=-"),
        ("need a PA Friday ten minutes to 4pm", "book start=15:50 duration=-"),
        ("need a PA Friday twenty after 9am", "book start=09:20"),
        ("need a PA Friday a quarter past midday", "book start=12:15"),
        ("need a PA Friday a quarter to noon", "book start=11:45"),
        ("need a PA Friday 10 to noon", "book start=11:50 end=-"),
        ("need a PA Friday half past noon", "book start=12:30"),
        ("need a PA Friday at 4 in the morning", "book start=04:00"),
        ("need a PA Friday 20 minutes from 2pm", "book start=14:20 duration=-"),
        ("need a PA Friday 5 minutes before noon", "book start=11:55 duration=-"),
        ("need a PA Friday later than 10:30 but before 12:00", "book start=10:30 end=12:00"),
        ("need a PA Friday 5 o'clock am", "book start=05:00"),
        ("need a PA in a quarter of an hour", "book date=2026-11-30 start=09:15"),
        ("need a PA in 1/2 hour", "book date=2026-11-30 start=09:30"),
        ("need a PA Friday 2pm for 45'", "book start=14:00 duration=45"),
        // A bare "3 to 4" is still a range, and an hour said with am/pm still bounds one.
        ("need a PA Friday 3 to 4 in the afternoon", "book start=15:00 end=16:00"),
        ("need a PA Friday from 2 to 6pm", "book start=14:00 end=18:00"),
        ("need a PA Friday 0800-1230", "book start=08:00 end=12:30"),
        ("need a PA Friday at 1930", "book start=19:30"),
        // A year is never a time of day.
        ("need a PA 4 January 2027", "book date=2027-01-04 start=-"),
        ("invoice for October 2026", "invoice month=2026-10 start=-"),
        ("need a PA christmas 2027", "book start=-"),
        ("need a PA in 2027", "book start=-")
    ]

    static let datesAndWindows: [(String, String)] = [
        // Numeric dates: the documented day/month order (dmy), unless only the other order is a date.
        ("need a PA 1/22", "book date=2027-01-22"),
        ("need a PA 12/28", "book date=2026-12-28"),
        ("need a PA 28/12", "book date=2026-12-28"),
        ("need a PA 4/1", "book date=2027-01-04"),
        ("need a PA 12/14/2026", "book date=2026-12-14"),
        ("need a PA 14/12/2026", "book date=2026-12-14"),
        ("need a PA 5/1/27", "book date=2027-01-05"),
        ("need a PA 7-Jan-27", "book date=2027-01-07"),
        ("need a PA 7/Jan/2027", "book date=2027-01-07"),
        ("need a PA 1-18-27", "book date=2027-01-18"),
        ("need a PA 2026-12-09 at 14:30", "book date=2026-12-09 start=14:30"),
        ("need a PA 2026-12-09T08:15", "book date=2026-12-09 start=08:15"),
        ("need a PA Wed, Dec 9 at 10am", "book date=2026-12-09 start=10:00"),
        ("need a PA the 17", "book date=2026-12-17"),
        ("need a PA 1 / 22", "book date=2027-01-22"),
        // Weekdays counted in weeks.
        ("need a PA Thursday after next", "book date=2026-12-10"),
        ("need a PA Monday after next", "book date=2026-12-14"),
        ("need a PA Thursday of next week", "book date=2026-12-10"),
        ("need a PA Friday of this week", "book date=2026-12-04"),
        // Nth weekdays and days of a month.
        ("need a PA the first Tuesday of February", "book date=2027-02-02"),
        ("need a PA the second Wednesday in January", "book date=2027-01-13"),
        ("need a PA the 3rd Monday of December", "book date=2026-12-21"),
        ("need a PA the last Friday of the month", "book date=2026-12-25"),
        ("need a PA the last Thursday of next month", "book date=2026-12-31"),
        ("need a PA the last Monday in May 2027", "book date=2027-05-31"),
        ("need a PA the fifth Monday of February", "book date=- problem=February 2027 has no such day (the fifth monday of february)"),
        ("need a PA the last day of January", "book date=2027-01-31"),
        ("need a PA the fourth day of January", "book date=2027-01-04"),
        ("need a PA the 12th of next month", "book date=2026-12-12"),
        ("need a PA the 9th day of next month", "book date=2026-12-09"),
        ("need a PA the 18th of the next month", "book date=2026-12-18"),
        // Offsets.
        ("need a PA 3 days after next Tuesday", "book date=2026-12-11"),
        ("need a PA two days before Friday", "book date=2026-12-02"),
        ("need a PA a week after Wednesday", "book date=2026-12-09"),
        ("need a PA a week from tomorrow", "book date=2026-12-08"),
        ("need a PA in a fortnight", "book date=2026-12-14"),
        // Windows: a first day and a number of days.
        ("what have I booked over the next 4 days", "list date=2026-12-01 days=4"),
        ("what have I booked the next few days", "list date=2026-12-01 days=3"),
        ("what's booked for the rest of the week", "list date=2026-11-30 days=7"),
        ("what's booked for the rest of the month", "list date=2026-11-30 days=1"),
        ("what have I booked at the beginning of next week", "list date=2026-12-07 days=3"),
        ("what have I booked at the end of this week", "list date=2026-12-04 days=3"),
        ("what have I booked early January", "list date=2027-01-01 days=10"),
        ("what have I booked mid-January", "list date=2027-01-11 days=10"),
        ("what have I booked late February", "list date=2027-02-21 days=8"),
        ("what have I booked late December 2026", "list date=2026-12-21 days=11"),
        ("need a PA at the end of January", "book date=2027-01-21 days=11"),
        ("need a PA by the end of January", "book date=2027-01-31 days=1"),
        ("need a PA to file the receipts by the end of the month", "book date=2026-11-30 days=1"),
        ("need a PA to file the receipts by the end of the year", "book date=2026-12-31 days=1"),
        ("what have I booked in January", "list date=2027-01-01 days=31"),
        ("what have I booked during February 2027", "list date=2027-02-01 days=28"),
        ("what have I booked from March to May", "list date=2027-03-01 days=92"),
        ("what have I booked in November", "list date=2026-11-01 days=30"),
        // A month named alone is the latest begun, for invoices; "in" does not change that.
        ("invoice for October", "invoice month=2026-10 date=-"),
        // Counted on or back from today, and the periods before it.
        ("what was booked 4 days ago", "list date=2026-11-26"),
        ("need a PA 3 weeks from now", "book date=2026-12-21"),
        ("need a PA a fortnight hence", "book date=2026-12-14"),
        ("what have I booked in 3 months", "list date=2027-02-28"),
        ("what have I booked over the next 2 months", "list date=2026-12-01 days=62"),
        ("what have I booked the next 3 weeks", "list date=2026-12-07 days=21"),
        ("what was booked the past 3 days", "list date=2026-11-27 days=3"),
        ("what was booked last week", "list date=2026-11-23 days=7"),
        ("what was booked last Wednesday", "list date=2026-11-25"),
        ("what have I booked next month", "list date=2026-12-01 days=31"),
        ("what have I booked next year", "list date=2027-01-01 days=365"),
        ("what have I booked in 2028", "list date=2028-01-01 days=366"),
        ("what have I booked March 2027", "list date=2027-03-01 days=31"),
        ("invoice for last month", "invoice month=2026-10 date=-"),
        ("need a PA 14 12 2026", "book date=2026-12-14"),
        ("what was booked the day before yesterday", "list date=2026-11-28"),
        ("what have I booked this quarter", "list date=2026-10-01 days=92"),
        ("what have I booked next qtr", "list date=2027-01-01 days=90"),
        ("what have I booked in the 2nd quarter of 2027", "list date=2027-04-01 days=91"),
        ("what have I booked over the next 2 years", "list date=2027-01-01 days=731"),
        ("what have I booked in Q2 2027", "list date=2027-04-01 days=91"),
        ("show me the week of 16 December", "week date=2026-12-14 days=7"),
        ("need a PA for the week", "book date=2026-11-30 days=7 task=-"),
        ("need a PA in about half an hour", "book date=2026-11-30 start=09:30 duration=-"),
        ("need a PA in around 3 days", "book date=2026-12-03"),
        // A day with a possessive "'s" is still the day ("we'd" is never Wednesday).
        ("cancel Friday's IT support", "cancel date=2026-12-04"),
        ("what's on tomorrow's list", "list date=2026-12-01"),
        ("call off Friday's booking", "cancel date=2026-12-04"),
        ("need a PA the second last Friday of January", "book date=2027-01-22"),
        ("need a PA the 3rd last day of February", "book date=2027-02-26"),
        ("what have I booked the second last week of January", "list date=2027-01-18 days=7"),
        ("what have I booked 2027q3", "list date=2027-07-01 days=92"),
        ("what have I booked 27Q1", "list date=2027-01-01 days=90"),
        ("what have I booked q4", "list date=2026-10-01 days=92"),
        ("what have I booked at the end of the year", "list date=2026-11-30 days=32"),
        ("what have I booked at the end of 2027", "list date=2027-09-01 days=122"),
        ("what have I booked at the beginning of around next week", "list date=2026-12-07 days=3"),
        // Weekdays counted from today, weekends of a month, and the parts of a week gone by.
        ("need a PA 2 Fridays from now", "book date=2026-12-11"),
        ("what was booked three Tuesdays ago", "list date=2026-11-10"),
        ("need a PA the last weekend of January", "book date=2027-01-30 days=2"),
        ("need a PA the first week-end in February", "book date=2027-02-06 days=2"),
        ("what was booked last weekend", "list date=2026-11-28 days=2"),
        ("what was booked at the end of last week", "list date=2026-11-27 days=3"),
        ("what was booked at the beginning of the previous week", "list date=2026-11-23 days=3"),
        ("what have I booked next March", "list date=2027-03-01 days=31"),
        ("what have I booked January after next", "list date=2028-01-01 days=31"),
        // Dates that don't exist are asked about, never moved; years far out are refused.
        ("need a PA 31 June", "book date=- problem=there is no 31 June"),
        ("need a PA 29/2/2027", "book date=- problem=there is no 29 February 2027"),
        ("need a PA 4 March 1802", "book date=- problem=the year 1802 is outside the years the desk reads (1900-2200)"),
        ("need a PA 26:30", "book date=- start=- problem=26:30 is not a time of day")
    ]

    @Test(arguments: clockForms)
    func clockForm(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    @Test(arguments: datesAndWindows)
    func dateOrWindow(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    @Test func anAmbiguousNumericDateKeepsTheSetting() throws {
        let grammar = try Grammar(files: IntentFilesForTests.replacing("order      dmy", with: "order      mdy"))
        #expect(grammar.parse("need a PA 5/6", now: Phrasing.now).slots.date == CivilDate(year: 2027, month: 5, day: 6))
        // Only one order is a date: the setting does not matter.
        #expect(grammar.parse("need a PA 28/12", now: Phrasing.now).slots.date == CivilDate(year: 2026, month: 12, day: 28))
        #expect(grammar.parse("need a PA 12/28", now: Phrasing.now).slots.date == CivilDate(year: 2026, month: 12, day: 28))
    }

    /// A time said in another zone is moved into the desk's, here a zone at UTC in winter and an hour ahead in summer.
    @Test(arguments: [
        ("need a PA Friday 3pm EST", "2026-12-04", 20 * 60, nil as Int?),
        ("need a PA Friday 9-11am PST", "2026-12-04", 17 * 60, 19 * 60),
        ("need a PA Friday 14:00 CET - 16:30 CET", "2026-12-04", 13 * 60, 15 * 60 + 30),
        ("need a PA Friday 8am (CET)", "2026-12-04", 7 * 60, nil),
        ("need a PA Friday 10pm EST", "2026-12-05", 3 * 60, nil),
        ("need a PA 10 July 2027 at 9am EST", "2027-07-10", 15 * 60, nil)
    ])
    func timesInAnotherZone(_ line: String, _ date: String, _ start: Int, _ end: Int?) {
        var grammar = Phrasing.grammar
        grammar.zoneOffset = { said, _ in
            // The desk keeps UTC+1 from the last Sunday of March to the last Sunday of October, near enough for the test.
            let summer = (4...10).contains(said.date.month)
            return summer ? 60 : 0
        }
        let slots = grammar.parse(line, now: Phrasing.now).slots
        #expect(slots.date.map(String.init(describing:)) == date)
        #expect(slots.start == start)
        #expect(slots.end == end)
    }

    /// Said late in a month, its end and late days start today: days already gone are not offered. After a
    /// deadline word it is the month's last day.
    @Test(arguments: [
        ("what have I booked for the end of the month", "2026-12-24", 8),
        ("what have I booked late December", "2026-12-24", 8),
        ("need a PA at the end of December", "2026-12-24", 8),
        ("need a PA by the end of the month", "2026-12-31", 1),
        ("what have I booked mid December", "2027-12-11", 10)
    ])
    func theEndOfAMonthSaidInItStartsToday(_ line: String, _ date: String, _ days: Int) {
        let slots = Phrasing.grammar.parse(line, now: LocalDateTime(iso: "2026-12-24T09:00")!).slots
        #expect(slots.date.map(String.init(describing:)) == date)
        #expect(slots.dateSpanDays == days)
    }

    @Test func aZoneWithoutTheDesksOffsetIsLeftUnread() {
        let parse = Phrasing.grammar.parse("need a PA Friday 3pm EST", now: Phrasing.now)
        #expect(parse.slots.start == 15 * 60)
        #expect(parse.unread.map(\.text) == ["EST"])
    }

    @Test func nthWeekdayOfAMonth() {
        let first = CivilDate(year: 2027, month: 2, day: 1)
        #expect(CivilDate.nth(1, weekday: 2, of: first) == CivilDate(year: 2027, month: 2, day: 2))
        #expect(CivilDate.nth(4, weekday: 1, of: first) == CivilDate(year: 2027, month: 2, day: 22))
        #expect(CivilDate.nth(-1, weekday: 7, of: first) == CivilDate(year: 2027, month: 2, day: 28))
        #expect(CivilDate.nth(5, weekday: 1, of: first) == nil)
        #expect(CivilDate.nth(-1, weekday: nil, of: first) == CivilDate(year: 2027, month: 2, day: 28))
    }
}
