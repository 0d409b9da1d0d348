import Testing

@testable import Understanding

/// A bare hour beside a part of the day before noon is in the morning; "@" is "at". Read at Monday
/// 30 November 2026, 09:00.
@Suite struct MorningHourTests {
    static let cases: [(String, String)] = [
        ("need a PA tomorrow morning at 6", "book date=2026-12-01 start=06:00"),
        ("need a PA on Friday early morning at 5", "book date=2026-12-04 start=05:00"),
        ("need a PA tomorrow morning 6-10", "book date=2026-12-01 start=06:00 end=10:00"),
        ("need a PA tomorrow morning 10-2", "book date=2026-12-01 start=10:00 end=14:00"),
        // The end after a morning: the afternoon still, as the hour cannot end before the morning begins.
        ("need a PA tomorrow morning until 2", "book date=2026-12-01 end=14:00"),
        // Without a morning the working day's inference stands, and a greeting is no morning.
        ("morning! need a PA tomorrow at 2", "book date=2026-12-01 start=14:00"),
        ("good morning, can I book a PA on Friday at 3", "book date=2026-12-04 start=15:00"),
        ("need a PA tomorrow at 6", "book start=18:00"),
        ("need a PA tomorrow afternoon at 3", "book start=15:00"),
        // "@" before a time.
        ("need a PA tomorrow @ 3pm", "book date=2026-12-01 start=15:00"),
        ("need a PA friday morning @ 10", "book date=2026-12-04 start=10:00"),
        ("need a PA tomorrow @ 4", "book date=2026-12-01 start=16:00")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
