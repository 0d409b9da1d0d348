import Testing

@testable import Understanding

/// Times and dates as people type them: clock times in words and run-together digits, 24-hour times
/// written with "h", a month and day joined by a hyphen, a year, month, season or decade as its days, times
/// counted from now, and "now" itself.
@Suite struct WrittenFormTests {
    static let cases: [(String, String)] = [
        // minutes in words, with or without hyphens
        ("need a PA tomorrow at eleven-fifteen", "book start=11:15 date=2026-12-01"),
        ("need a PA tomorrow at nine oh five", "book start=09:05"),
        ("need a PA tomorrow at ten-oh-five", "book start=10:05"),
        ("need a PA tomorrow at eight forty-five", "book start=08:45"),
        ("need a PA tomorrow at seven fifty two am", "book start=07:52"),
        ("need a PA tomorrow at six a m", "book start=06:00"),
        // an hour and its minutes run together, where the words say it is a time
        ("need a PA tomorrow at 745", "book start=07:45"),
        ("need a PA tomorrow 415pm", "book start=16:15"),
        ("need a PA tonight 930", "book start=21:30 date=2026-11-30"),
        ("need 150 packers tomorrow", "book start=- count=150"),
        // 24-hour times written with h; a length after "for" or with hours of a shift
        ("need a PA tomorrow 14h30", "book start=14:30"),
        ("need a PA tomorrow 09h15", "book start=09:15"),
        ("need a PA tomorrow 10h00", "book start=10:00"),
        ("need a PA tomorrow 10am for 2h30", "book start=10:00 duration=150"),
        // a month and a day joined by a hyphen, where the pair cannot be hours
        ("what have I booked on 3-17", "list date=2027-03-17"),
        ("need a PA 1-20", "book date=2027-01-20"),
        ("need a PA tomorrow 9-17", "book start=09:00 end=17:00"),
        ("need a PA tomorrow 2-4", "book start=14:00 end=16:00"),
        // a year or a month alone, and a month of a year in digits
        ("2031", "unknown date=2031-01-01 days=365"),
        ("2028 - 2029", "unknown date=2028-01-01 days=731"),
        ("April", "unknown date=2027-04-01 days=30"),
        ("what have I booked in 2027/05", "list date=2027-05-01 days=31"),
        ("what have I booked 6/2027", "list date=2027-06-01 days=30"),
        ("what have I booked 2027-03", "list date=2027-03-01 days=31"),
        // seasons (autumn is 23 September to 20 December)
        ("what have I booked this winter", "list date=2026-12-21 days=89"),
        ("what have I booked this season", "list date=2026-09-23 days=89"),
        ("what was booked last summer", "list date=2026-06-21 days=94"),
        ("what have I booked next season", "list date=2026-12-21 days=89"),
        ("what have I booked in the spring", "list date=2027-03-20 days=93"),
        ("what have I booked summer 2027", "list date=2027-06-21 days=94"),
        // decades
        ("what have I booked in the 2030s", "list date=2030-01-01 days=3652"),
        ("the 90's", "unknown date=1990-01-01 days=3652"),
        // times counted from now, and last night
        ("need a PA 2 hours from now", "book date=2026-11-30 start=11:00 duration=-"),
        // a count of minutes under 25 is no clock hour ("20 minutes from now" is not 20:00), and "a day" counted
        // from today is a date, not a whole day's length
        ("need a PA 20 minutes from now", "book date=2026-11-30 start=09:20 duration=-"),
        ("need a PA 10 minutes from now", "book date=2026-11-30 start=09:10"),
        ("need a PA in 15", "book date=2026-11-30 start=09:15 duration=-"),
        ("need a PA in 20?", "book date=2026-11-30 start=09:20"),
        ("need a PA a day from now", "book date=2026-12-01 start=- allday=no"),
        ("need a PA in a day", "book date=2026-12-01 allday=no"),
        ("need a PA for a day on Friday", "book date=2026-12-04 allday=yes"),
        ("3 hours ago", "unknown date=2026-11-30 start=06:00"),
        ("10 hours ago", "unknown date=2026-11-29 start=23:00"),
        ("last night", "unknown date=2026-11-29 start=18:00 end=22:00"),
        // the clock's own time, only for a line that asks nothing else
        ("right now", "unknown date=2026-11-30 start=09:00"),
        ("need a receptionist now", "book start=-")
    ]

    @Test(arguments: cases) func reads(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
