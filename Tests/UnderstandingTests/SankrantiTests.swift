import Testing

@testable import Understanding

/// Makar Sankranti and the Pongal days around it, from the day the sun enters sidereal Makara (an entry
/// after sunset is kept the next day), checked against the published dates of several years.
@Suite struct SankrantiTests {
    static let cases: [(String, String)] = [
        ("what have I booked on makar sankranti 2020", "list date=2020-01-15"),
        ("what have I booked on makar sankranti 2021", "list date=2021-01-14"),
        ("what have I booked on pongal 2022", "list date=2022-01-14"),
        // The sun entered Makara at about 20:45 on 14 January 2023: kept on the 15th.
        ("what have I booked on thai pongal 2023", "list date=2023-01-15"),
        ("what have I booked on makar sankranti 2024", "list date=2024-01-15"),
        ("what have I booked on bhogi 2025", "list date=2025-01-13"),
        ("what have I booked on mattu pongal 2025", "list date=2025-01-15"),
        ("what have I booked on kaanum pongal 2021", "list date=2021-01-16")
    ]

    @Test(arguments: cases) func reads(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    /// Every year the rules cover has one Makar Sankranti, on 13, 14, 15 or 16 January.
    @Test func oneInEveryYear() {
        for year in 1970...2100 {
            let days = LunarCalendars.sankranti(10, in: year)
            #expect(days.count == 1 && days[0].month == 1 && (13...16).contains(days[0].day), "\(year): \(days)")
        }
    }
}
