import Testing

@testable import Understanding

/// A day and a month joined by a hyphen, day first, where the pair cannot be a range of hours; pairs that
/// can stay hours. Read at Monday 30 November 2026, 09:00.
@Suite struct HyphenDayMonthTests {
    static let cases: [(String, String)] = [
        // A day past 24 is never an hour.
        ("need a receptionist 27-12", "book date=2026-12-27 start=- end=-"),
        ("need a receptionist on 28 - 1", "book date=2027-01-28 start=-"),
        // A 24-hour day beside a month below the working day: 18:00 to 15:00 is no range.
        ("need a receptionist 18-3", "book date=2027-03-18 start=- end=-"),
        ("need a packer 16 - 5 please", "book date=2027-05-16 start=-"),
        // Pairs that are hours stay hours.
        ("need a receptionist tomorrow 14-9", "book date=2026-12-01 start=14:00 end=21:00"),
        ("need a receptionist tomorrow 9-17", "book date=2026-12-01 start=09:00 end=17:00"),
        ("need a receptionist tomorrow from 13-5", "book date=2026-12-01 start=13:00 end=17:00"),
        // Month first where only that order is a date, as before.
        ("need a receptionist 3-21", "book date=2027-03-21"),
        // A day the month lacks is asked about, not moved.
        ("need a receptionist 31-4", "book date=-")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
