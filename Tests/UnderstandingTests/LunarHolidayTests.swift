import Testing

@testable import Understanding

/// The Chinese New Year and the Hindu days tied to a new or full moon, computed from the moon and checked
/// against the published dates of several years.
@Suite struct LunarHolidayTests {
    static let cases: [(String, String)] = [
        ("what have I booked on chinese new year 2020", "list date=2020-01-25"),
        ("what have I booked on chinese new year 2021", "list date=2021-02-12"),
        ("what have I booked on lunar new year 2023", "list date=2023-01-22"),
        ("what have I booked on chinese new year 2027", "list date=2027-02-06"),
        ("what have I booked on diwali 2020", "list date=2020-11-14"),
        ("what have I booked on deepavali 2021", "list date=2021-11-04"),
        ("what have I booked on diwali 2022", "list date=2022-10-24"),
        ("what have I booked on holi 2021", "list date=2021-03-29"),
        ("what have I booked on holi 2023", "list date=2023-03-08"),
        ("what have I booked on holi 2024", "list date=2024-03-25"),
        ("what have I booked on dussehra 2022", "list date=2022-10-05"),
        ("what have I booked on vijayadashami 2023", "list date=2023-10-24"),
        ("what have I booked on buddha purnima 2026", "list date=2026-05-01"),
        ("what have I booked on bhai dooj 2022", "list date=2022-10-26")
    ]

    @Test(arguments: cases) func reads(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    /// Every year the rules cover has one Chinese New Year, between 21 January and 20 February.
    @Test func newYearInEveryYear() {
        for year in 1970...2100 {
            let day = LunarCalendars.chineseNewYear(year)
            #expect(day.year == year && (day.month == 1 && day.day >= 21 || day.month == 2 && day.day <= 20), "\(year): \(day)")
        }
    }
}
