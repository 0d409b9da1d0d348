import Testing

@testable import Understanding

/// Days, read at Monday 30 November 2026, 09:00 (README "Dates and times").
@Suite struct DateTests {
    static let cases: [(String, String)] = [
        ("need a receptionist today", "book date=2026-11-30"),
        ("need a receptionist tomorrow", "book date=2026-12-01"),
        ("need a receptionist tmrw", "book date=2026-12-01"),
        ("tomorrow I need a receptionist", "book date=2026-12-01"),
        ("need a receptionist the day after tomorrow", "book date=2026-12-02"),
        ("need a receptionist day after tomorrow", "book date=2026-12-02"),
        // A bare weekday is the next one after today; said on a Monday, "Monday" is next week's.
        ("need a receptionist Monday", "book date=2026-12-07"),
        ("need a receptionist mon", "book date=2026-12-07"),
        ("need a receptionist Tuesday", "book date=2026-12-01 alternative=-"),
        ("need a receptionist tue", "book date=2026-12-01"),
        ("need a receptionist Tues", "book date=2026-12-01"),
        ("need a receptionist Wednesday", "book date=2026-12-02"),
        ("need a receptionist weds", "book date=2026-12-02"),
        ("need a receptionist Thursday", "book date=2026-12-03"),
        ("need a receptionist thurs", "book date=2026-12-03"),
        ("need a receptionist thu", "book date=2026-12-03"),
        ("need a receptionist Friday", "book date=2026-12-04"),
        ("need a receptionist fri", "book date=2026-12-04"),
        ("need a receptionist Saturday", "book date=2026-12-05"),
        ("need a receptionist on Sunday", "book date=2026-12-06"),
        ("need a receptionist on Friday", "book date=2026-12-04"),
        // this / coming / next
        ("need a receptionist this Tuesday", "book date=2026-12-01"),
        ("need a receptionist this Monday", "book date=2026-11-30"),
        ("need a receptionist this Sunday", "book date=2026-12-06"),
        ("need a receptionist coming Wednesday", "book date=2026-12-02"),
        ("need a receptionist this coming Friday", "book date=2026-12-04"),
        ("need a receptionist the coming Thursday", "book date=2026-12-03"),
        ("need a receptionist next Tuesday", "book date=2026-12-08 alternative=2026-12-01"),
        ("need a receptionist next Friday", "book date=2026-12-11 alternative=2026-12-04"),
        ("need a receptionist next Monday", "book date=2026-12-07 alternative=-"),
        ("need a receptionist next Sunday", "book date=2026-12-13 alternative=2026-12-06"),
        // weeks and weekends
        ("need a receptionist next week", "book date=2026-12-07 days=7"),
        ("need a receptionist this week", "book date=2026-11-30 days=7"),
        ("need a receptionist next week Tuesday", "book date=2026-12-08 days=1"),
        ("need a receptionist next week on Thursday", "book date=2026-12-10"),
        ("need a receptionist Tuesday next week", "book date=2026-12-08"),
        ("need a receptionist Wednesday this week", "book date=2026-12-02"),
        ("need a receptionist this weekend", "book date=2026-12-05 days=2"),
        ("need a receptionist at the weekend", "book date=2026-12-05 days=2"),
        ("need a receptionist next weekend", "book date=2026-12-12 days=2"),
        // in N days / weeks, a week from
        ("need a receptionist in 3 days", "book date=2026-12-03"),
        ("need a receptionist in three days", "book date=2026-12-03"),
        ("need a receptionist in 10 days", "book date=2026-12-10"),
        ("need a receptionist in a week", "book date=2026-12-07"),
        ("need a receptionist in 2 weeks", "book date=2026-12-14"),
        ("need a receptionist in two weeks", "book date=2026-12-14"),
        ("need a receptionist in a fortnight", "book date=2026-12-14"),
        ("need a receptionist a week from Monday", "book date=2026-12-14"),
        ("need a receptionist a week on Tuesday", "book date=2026-12-08"),
        ("need a receptionist a week from tomorrow", "book date=2026-12-08"),
        ("need a receptionist a week from today", "book date=2026-12-07"),
        ("need a receptionist a week today", "book date=2026-12-07"),
        ("need a receptionist a week tomorrow", "book date=2026-12-08"),
        ("need a receptionist for a week", "book date=-"),
        ("need a receptionist a fortnight on Friday", "book date=2026-12-18"),
        // the end of the month, ordinal days
        ("need a receptionist at the end of the month", "book date=2026-11-30 days=1"),
        ("need a receptionist end of month", "book date=2026-11-30"),
        ("need a receptionist on the 15th", "book date=2026-12-15"),
        ("need a receptionist the 3rd", "book date=2026-12-03"),
        ("need a receptionist on the 1st", "book date=2026-12-01"),
        ("need a receptionist on the 30th", "book date=2026-11-30"),
        ("need a receptionist on the 31st", "book date=2026-12-31"),
        ("need a receptionist on the 22nd", "book date=2026-12-22"),
        // month and day
        ("need a receptionist December 3", "book date=2026-12-03"),
        ("need a receptionist Dec 3", "book date=2026-12-03"),
        ("need a receptionist December 3rd", "book date=2026-12-03"),
        ("need a receptionist 3rd Dec", "book date=2026-12-03"),
        ("need a receptionist 3 December", "book date=2026-12-03"),
        ("need a receptionist on the 3rd of December", "book date=2026-12-03"),
        ("need a receptionist 3rd of Dec", "book date=2026-12-03"),
        ("need a receptionist 3 December 2026", "book date=2026-12-03"),
        ("need a receptionist December 3, 2026", "book date=2026-12-03"),
        ("need a receptionist January 5", "book date=2027-01-05"),
        ("need a receptionist 5 Jan", "book date=2027-01-05"),
        ("need a receptionist 14 January 2027", "book date=2027-01-14"),
        ("need a receptionist on 2 November", "book date=2027-11-02"),
        ("need a receptionist on 30 November", "book date=2026-11-30"),
        ("need a receptionist Feb 14th", "book date=2027-02-14"),
        ("need a receptionist Dec. 3", "book date=2026-12-03"),
        ("need a receptionist on December the 3rd", "book date=2026-12-03 month=-"),
        ("need a receptionist on the seventh", "book date=2026-12-07"),
        ("need a receptionist on the twenty first of December", "book date=2026-12-21"),
        ("need a receptionist December twenty first", "book date=2026-12-21"),
        ("need a receptionist 12.12.2026", "book date=2026-12-12 start=-"),
        ("need a receptionist for the first time on Friday", "book date=2026-12-04"),
        ("need a receptionist on the 3rd of next month", "book date=2026-12-03 month=-"),
        ("need a receptionist on Tuesday 1st December", "book date=2026-12-01"),
        // digits: day/month by default
        ("need a receptionist 3/12", "book date=2026-12-03"),
        ("need a receptionist on 15/12", "book date=2026-12-15"),
        ("need a receptionist 3/12/2026", "book date=2026-12-03"),
        ("need a receptionist 2026-12-03", "book date=2026-12-03"),
        ("need a receptionist 1/1", "book date=2027-01-01"),
        // named days
        ("need a receptionist on Christmas Eve", "book date=2026-12-24"),
        ("need a receptionist on Christmas Day", "book date=2026-12-25"),
        ("need a receptionist on Boxing Day", "book date=2026-12-26"),
        ("need a receptionist on New Year's Eve", "book date=2026-12-31"),
        ("need a receptionist on New Year's Day", "book date=2027-01-01"),
        // weekday with a calendar date: the date settles it, and a mismatch is a problem, not a guess
        ("need a receptionist Tuesday the 15th", "book date=2026-12-15"),
        ("need a receptionist on Friday the 13th", "book date=2027-08-13"),
        ("need a receptionist Sunday 13th", "book date=2026-12-13"),
        ("need a receptionist Thursday 3 December", "book date=2026-12-03"),
        ("need a receptionist on Tuesday 3 December", "book date=- problem=Thu 3 Dec is a Thursday, not a Tuesday"),
        ("need a receptionist on 31 February", "book date=- problem=there is no 31 February"),
        ("need a receptionist on 31/11", "book date=- problem=there is no 31 November"),
        // no date at all
        ("need a receptionist", "book date=-"),
        ("need a receptionist for 3 hours", "book date=-")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    /// Read at other clocks. A day of a month named by "this"/"next month", on either side of it (a day the
    /// month lacks is a problem), and "on" before a weekday.
    static let daysOfNamedMonths: [(String, String, String)] = [
        ("2026-11-10T09:00", "need a receptionist on the 15th next month", "book date=2026-12-15 month=-"),
        ("2026-11-10T09:00", "need a receptionist the 15th of next month", "book date=2026-12-15 month=-"),
        ("2026-11-10T09:00", "need a receptionist next month on the 15th", "book date=2026-12-15 month=-"),
        ("2026-11-10T09:00", "need a receptionist next month the 3rd", "book date=2026-12-03 month=-"),
        ("2026-11-10T09:00", "need a receptionist on the 20th this month", "book date=2026-11-20 month=-"),
        ("2026-12-10T09:00", "need a receptionist on the 15th next month", "book date=2027-01-15 month=-"),
        ("2026-01-31T18:00", "need a PA next month on the 29th", "book date=- problem=there is no 29 February 2026"),
        ("2026-01-31T18:00", "need a PA on the 29th next month", "book date=- problem=there is no 29 February 2026"),
        ("2026-01-31T18:00", "need a PA on the 29th of next month", "book date=- problem=there is no 29 February 2026"),
        ("2026-01-31T18:00", "need a PA on 31 February", "book date=- problem=there is no 31 February"),
        // "on" adds nothing to a weekday: said on a Friday, "on Friday" is next week's, like "Friday".
        ("2026-12-04T08:00", "need a PA on friday", "book date=2026-12-11"),
        ("2026-12-04T08:00", "need a PA friday", "book date=2026-12-11"),
        ("2026-12-04T08:00", "need a PA this friday", "book date=2026-12-04"),
        ("2026-12-04T08:00", "need a PA on this friday", "book date=2026-12-04"),
        ("2026-12-04T08:00", "need a PA on monday", "book date=2026-12-07"),
        ("2026-12-04T08:00", "need a PA on Friday and Monday", "book dates=2026-12-11,2026-12-14")
    ]

    @Test(arguments: daysOfNamedMonths)
    func dayOfANamedMonth(_ now: String, _ line: String, _ expected: String) {
        Phrasing.check(line, expected, now: LocalDateTime(iso: now)!)
    }

    @Test func dayMonthOrderIsASetting() throws {
        let files = IntentFilesForTests.replacing("order      dmy", with: "order      mdy")
        let grammar = try Grammar(files: files)
        #expect(grammar.parse("need a PA 3/12", now: Phrasing.now).slots.date == CivilDate(year: 2027, month: 3, day: 12))
        #expect(grammar.parse("need a PA 12/3", now: Phrasing.now).slots.date == CivilDate(year: 2026, month: 12, day: 3))
    }

    @Test func nextTuesdayOnAMondayNamesTheOtherReading() {
        let parse = Phrasing.grammar.parse("need a PA next Tuesday", now: Phrasing.now)
        #expect(parse.slots.alternativeDate == CivilDate(year: 2026, month: 12, day: 1))
        #expect(parse.slots.dateNote == "next Tuesday = the Tuesday of next week")
        // Said on a Wednesday, "next Tuesday" has one reading.
        let wednesday = LocalDateTime(iso: "2026-12-02T09:00")!
        let later = Phrasing.grammar.parse("need a PA next Tuesday", now: wednesday)
        #expect(later.slots.date == CivilDate(year: 2026, month: 12, day: 8))
        #expect(later.slots.alternativeDate == nil)
    }

    @Test func datesRollIntoTheNextYear() {
        let december = LocalDateTime(iso: "2026-12-28T09:00")!
        let g = Phrasing.grammar
        #expect(g.parse("need a PA Friday", now: december).slots.date == CivilDate(year: 2027, month: 1, day: 1))
        #expect(g.parse("need a PA on the 5th", now: december).slots.date == CivilDate(year: 2027, month: 1, day: 5))
        #expect(g.parse("need a PA 2 Jan", now: december).slots.date == CivilDate(year: 2027, month: 1, day: 2))
        #expect(g.parse("need a PA next week", now: december).slots.date == CivilDate(year: 2027, month: 1, day: 4))
    }
}
