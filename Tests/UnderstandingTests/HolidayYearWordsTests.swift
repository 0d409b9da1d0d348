import Testing

@testable import Understanding

/// A year said in words after a holiday's name. Read at Monday 30 November 2026, 09:00, on a desk in England.
@Suite struct HolidayYearWordsTests {
    static let cases: [(String, String)] = [
        ("need a receptionist on boxing day two thousand and thirty", "book date=2030-12-26"),
        ("need a receptionist on good friday two thousand twenty eight", "book date=2028-04-14"),
        ("what was booked on christmas day nineteen ninety nine", "list date=1999-12-25"),
        ("what was booked on new year's day two thousand", "list date=2000-01-01"),
        // A number that could be a clock time is no year: the coming Christmas Eve, at 20:15.
        ("need a receptionist on christmas eve twenty fifteen", "book date=2026-12-24")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
