import Testing

@testable import Understanding

/// Lists honour what was asked: the state, the window and the role. A month named alone in a list is the
/// coming one; a budget's month not yet begun is this year's. Read at Monday 30 November 2026, 09:00.
@Suite struct ListQuestionTests {
    static let cases: [(String, String)] = [
        ("show my cancelled bookings", "list status=cancelled role=- date=-"),
        ("list my canceled jobs", "list status=cancelled"),
        ("show my bookings", "list status=- date=-"),
        ("what have I booked in January", "list date=2027-01-01 days=31"),
        ("what have I booked for January?", "list date=2027-01-01 days=31"),
        ("what have I booked in February?", "list date=2027-02-01 days=28"),
        ("what have I booked in November?", "list date=2026-11-01 days=30"),
        ("is anyone in on Wednesday?", "list date=2026-12-02 role=-"),
        ("who's coming on Friday?", "list date=2026-12-04"),
        ("any IT support booked this month?", "list role=it_support date=2026-11-01 days=30"),
        ("any IT support booked next month?", "list role=it_support date=2026-12-01 days=31"),
        ("do we have a receptionist booked on Tuesday?", "list role=receptionist date=2026-12-01"),
        ("have I booked a PA for Friday?", "list role=personal_assistant date=2026-12-04"),
        // Asking which one was booked lists; it never books another.
        ("which receptionist did I book for Friday?", "list role=receptionist date=2026-12-04"),
        ("who did we book on Tuesday", "list date=2026-12-01"),
        ("have I got anyone in tomorrow?", "list date=2026-12-01"),
        // A request that says "booked" still books.
        ("need a receptionist booked for Friday", "book role=receptionist date=2026-12-04"),
        ("get me a PA booked on Friday", "book role=personal_assistant date=2026-12-04"),
        // Months of money.
        ("am I on budget for December?", "spend month=2026-12"),
        ("set my budget for December to £500", "budget month=2026-12 money=50000"),
        ("invoice for October", "invoice month=2026-10"),
        ("what did I spend in October", "spend month=2026-10"),
        ("invoice for December", "invoice month=2025-12")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
