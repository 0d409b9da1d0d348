import Testing

@testable import Understanding

/// Ranges of days, spans of days from a start, and codes inside a task, read at Monday 30 November 2026.
@Suite struct RangeTests {
    static let ranges: [(String, String)] = [
        ("need a receptionist between 7 and 9 December", "book dates=2026-12-07,2026-12-08,2026-12-09 start=- date=2026-12-07"),
        ("need a PA 7-9 December", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA 7 - 9 Dec", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA from 7 to 9 December 9am-5pm", "book dates=2026-12-07,2026-12-08,2026-12-09 start=09:00 end=17:00"),
        ("need 2 packers 3rd-5th Dec", "book dates=2026-12-03,2026-12-04,2026-12-05 count=2"),
        ("need a PA from the 7th to the 9th", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA the 7th to the 9th of December", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA Dec 7 to 9", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA 30 Nov - 2 Dec", "book dates=2026-11-30,2026-12-01,2026-12-02"),
        // A range running through today keeps its past days (the desk leaves them out); one wholly past is next year's.
        ("need a PA 28 November - 2 December", "book dates=2026-11-28,2026-11-29,2026-11-30,2026-12-01,2026-12-02"),
        ("need a PA from 29 Nov to 1 Dec", "book dates=2026-11-29,2026-11-30,2026-12-01"),
        ("need a PA 27-29 November", "book dates=2027-11-27,2027-11-28,2027-11-29"),
        ("need a PA Dec 30 to Jan 2", "book first=2026-12-30 last=2027-01-02 occurrences=4"),
        ("need a PA 7-9 January", "book dates=2027-01-07,2027-01-08,2027-01-09"),
        ("need a PA Monday to Wednesday next week", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA next week Monday to Wednesday", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a receptionist Mon-Fri 9-5", "book dates=2026-12-07,2026-12-08,2026-12-09,2026-12-10,2026-12-11 start=09:00 end=17:00"),
        ("need a receptionist Wednesday to Friday", "book dates=2026-12-02,2026-12-03,2026-12-04"),
        ("need a receptionist Friday to Monday", "book dates=2026-12-04,2026-12-05,2026-12-06,2026-12-07"),
        ("need a PA between Tuesday and Thursday", "book dates=2026-12-01,2026-12-02,2026-12-03"),
        // A question about bookings reads the range as one span.
        ("what have I booked between 7 and 9 December", "list date=2026-12-07 days=3 occurrences=- start=-"),
        ("what's booked Monday to Wednesday next week", "list date=2026-12-07 days=3 occurrences=-"),
        // A change names the day it moves from and the day it moves to.
        ("move #3 from Tuesday to Thursday", "modify ref=3 date=2026-12-03 occurrences=-"),
        ("move #3 Tuesday to Thursday", "modify ref=3 date=2026-12-03 occurrences=-"),
        ("move #3 from Friday to Thursday", "modify ref=3 date=2026-12-03 occurrences=-"),
        ("move #3 from 7 to 9 December", "modify ref=3 date=2026-12-09 occurrences=-"),
        // Not ranges of days.
        // Two days joined by "and" are those two days, not the days between.
        ("need a PA Monday and Wednesday", "book dates=2026-12-07,2026-12-09 date=2026-12-07"),
        ("need a PA 7-9 tomorrow", "book occurrences=- date=2026-12-01 start=07:00 end=09:00"),
        ("need a PA between 9 and 5 tomorrow", "book occurrences=- date=2026-12-01 start=09:00 end=17:00"),
        ("need a PA 3/12 9-5", "book occurrences=- date=2026-12-03 start=09:00 end=17:00"),
        ("need a PA 2026-12-03", "book occurrences=- date=2026-12-03"),
        ("need a receptionist every Monday until Tuesday", "book occurrences=- date=-"),
        ("", "unknown date=- occurrences=-"),
        ("7", "unknown occurrences=-"),
        ("need a PA 30-31 November", "book occurrences=- date=- problem=there is no 31 November")
    ]

    /// Single weekdays joined by "and", "," or "&": each day once, the later ones after the first,
    /// all in the week named when one is ("tuesday and thursday next week").
    static let weekdayLists: [(String, String)] = [
        ("need a receptionist tuesday and thursday next week", "book dates=2026-12-08,2026-12-10 date=2026-12-08"),
        ("need a PA monday and friday next week", "book dates=2026-12-07,2026-12-11 date=2026-12-07"),
        ("need a receptionist tuesday and thursday", "book dates=2026-12-01,2026-12-03 date=2026-12-01"),
        ("need a PA Monday, Wednesday and Friday", "book dates=2026-12-07,2026-12-09,2026-12-11"),
        ("need a PA on Tuesday & Thursday 9-5", "book dates=2026-12-01,2026-12-03 start=09:00 end=17:00"),
        ("need a PA Friday and Monday", "book dates=2026-12-04,2026-12-07"),
        ("need a PA Friday, Wednesday and Monday", "book dates=2026-12-04,2026-12-07,2026-12-09"),
        ("need a PA Tuesday and Tuesday", "book occurrences=- date=2026-12-01"),
        ("need a PA next Tuesday and Thursday", "book dates=2026-12-08,2026-12-10"),
        ("need a PA next week on Tuesday and Thursday", "book dates=2026-12-08,2026-12-10"),
        ("need 2 packers Wednesday and Friday this week", "book count=2 dates=2026-12-02,2026-12-04"),
        // Plurals still repeat.
        ("need a receptionist tuesdays and thursdays", "book occurrences=8 first=2026-12-01 last=2026-12-24")
    ]

    static let spans: [(String, String)] = [
        ("need a PA for 3 days from Monday", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA Monday for 3 days", "book dates=2026-12-07,2026-12-08,2026-12-09"),
        ("need a PA on Friday for three days", "book dates=2026-12-04,2026-12-05,2026-12-06"),
        ("need a PA Friday for 3 working days", "book dates=2026-12-04,2026-12-07,2026-12-08"),
        ("need a receptionist for a week starting Tuesday", "book occurrences=7 first=2026-12-01 last=2026-12-07"),
        ("need a receptionist for 5 working days starting Tuesday", "book dates=2026-12-01,2026-12-02,2026-12-03,2026-12-04,2026-12-07"),
        ("need a PA for two weeks from 7 December", "book occurrences=14 first=2026-12-07 last=2026-12-20"),
        ("need a PA for a couple of days starting Thursday", "book dates=2026-12-03,2026-12-04"),
        ("need a PA for 10 days from 28 December", "book occurrences=10 first=2026-12-28 last=2027-01-06"),
        ("need a PA for 6 weeks from Monday", "book occurrences=31 first=2026-12-07 last=2027-01-06"),
        // Without a day the desk asks which one.
        ("need a PA for 3 days", "book date=- occurrences=- task=-"),
        ("need a receptionist for a week", "book date=- occurrences=- task=-"),
        // Hours are a length, not days.
        ("need admin for 2 hours Friday", "book date=2026-12-04 duration=120 occurrences=-"),
        ("need a PA every Monday for 4 weeks", "book dates=2026-12-07,2026-12-14,2026-12-21,2026-12-28")
    ]

    static let codes: [(String, String)] = [
        ("need a packer Friday to handle t-21", "book date=2026-12-04 start=- task=handle t-21"),
        ("need a packer Friday to pick A/12", "book date=2026-12-04 start=- task=pick A/12"),
        ("need a packer Friday to ship SKU-4521-B 9am-5pm", "book start=09:00 end=17:00 task=ship SKU-4521-B"),
        ("need a packer Friday to ship order 4521", "book date=2026-12-04 start=- task=ship order 4521"),
        ("need admin Friday to file form 42", "book date=2026-12-04 start=- task=file form 42"),
        ("need admin Friday to process 300 invoices by 5pm", "book date=2026-12-04 start=17:00 task=process 300 invoices"),
        ("need a packer tomorrow for line B-7", "book date=2026-12-01 start=- task=line B-7"),
        ("need a receptionist Friday noon-3", "book start=12:00 end=15:00"),
        ("need a receptionist Friday 9am-5:30pm", "book start=09:00 end=17:30")
    ]

    @Test(arguments: ranges) func range(_ line: String, _ expected: String) { Phrasing.check(line, expected) }
    @Test(arguments: weekdayLists) func weekdayList(_ line: String, _ expected: String) { Phrasing.check(line, expected) }
    @Test(arguments: spans) func span(_ line: String, _ expected: String) { Phrasing.check(line, expected) }
    @Test(arguments: codes) func code(_ line: String, _ expected: String) { Phrasing.check(line, expected) }

    @Test func theNotesSayWhatWasRead() {
        let range = Phrasing.grammar.parse("need a PA 7-9 December", now: Phrasing.now).slots
        #expect(range.recurrenceNote == "every day from Mon 7 Dec to Wed 9 Dec: 3 dates")
        let list = Phrasing.grammar.parse("need a receptionist tuesday and thursday next week", now: Phrasing.now).slots
        #expect(list.recurrenceNote == "Tuesday and Thursday of next week: 2 dates, Tue 8 Dec to Thu 10 Dec")
        let span = Phrasing.grammar.parse("need a PA Friday for 3 working days", now: Phrasing.now).slots
        #expect(span.recurrenceNote == "for 3 working days from Fri 4 Dec: 3 dates, Fri 4 Dec to Tue 8 Dec")
        let open = Phrasing.grammar.parse("need a PA for 3 days", now: Phrasing.now).slots
        #expect(open.recurrenceNote == "for 3 days: which day does it start?")
        // The answer to "which day?" spreads the span over its days.
        var answered = open
        answered.date = CivilDate(year: 2026, month: 12, day: 4)
        answered.spreadOverSpan()
        #expect(answered.occurrences.map(\.description) == ["2026-12-04", "2026-12-05", "2026-12-06"])
    }
}
