import Testing

@testable import Understanding

/// "The first week of January", "the last week of the month": the nth (or last) Monday-to-Sunday week lying
/// wholly in the month, as seven days. Read at Monday 30 November 2026, 09:00.
@Suite struct WeekOfMonthTests {
    static let cases: [(String, String)] = [
        // 1 January 2027 is a Friday: its first whole week starts on Monday the 4th.
        ("what's booked the first week of January", "list date=2027-01-04 days=7"),
        ("need a PA for the 2nd week of January", "book date=2027-01-11 days=7"),
        // 31 January 2027 is a Sunday, so the last week ends on it.
        ("what's booked the last week of January", "list date=2027-01-25 days=7"),
        // December 2026 ends on a Thursday: its last whole week is the one before.
        ("what's booked the last week of the month", "list date=2026-12-21 days=7"),
        ("what's booked the third week in March 2027", "list date=2027-03-15 days=7"),
        // "Last week" alone is still the week before this one.
        ("what was booked last week", "list date=2026-11-23 days=7"),
        // A fifth whole week few months have: asked about, not moved.
        ("what's booked the fifth week of February 2027", "list date=-")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
