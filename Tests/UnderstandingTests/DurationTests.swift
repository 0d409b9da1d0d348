import Testing

/// How long: numbers with units, words for lengths, and whole days.
@Suite struct DurationTests {
    static let cases: [(String, String)] = [
        ("need a PA tomorrow for 3 hours", "book duration=180"),
        ("need a PA tomorrow for 3 hrs", "book duration=180"),
        ("need a PA tomorrow for 3h", "book duration=180"),
        ("need a PA tomorrow for 2.5h", "book duration=150"),
        ("need a PA tomorrow for 2.5 hours", "book duration=150"),
        ("need a PA tomorrow for 1.5 hours", "book duration=90"),
        ("need a PA tomorrow for 1 hour", "book duration=60"),
        ("need a PA tomorrow for an hour", "book duration=60"),
        ("need a PA tomorrow for one hour", "book duration=60"),
        ("need a PA tomorrow for 90 minutes", "book duration=90"),
        ("need a PA tomorrow for 45 mins", "book duration=45"),
        ("need a PA tomorrow for 20 minutes", "book duration=20"),
        ("need a PA tomorrow for half an hour", "book duration=30"),
        ("need a PA tomorrow for an hour and a half", "book duration=90"),
        ("need a PA tomorrow for 1 hour 30", "book duration=90"),
        ("need a PA tomorrow for 1h30", "book duration=90"),
        ("need a PA tomorrow for 2 hours 15 minutes", "book duration=135"),
        ("need a PA tomorrow for two hours", "book duration=120"),
        ("need a PA tomorrow for four hours", "book duration=240"),
        ("need a PA tomorrow for ten hours", "book duration=600"),
        ("need a PA tomorrow for 8 hours", "book duration=480"),
        ("need a PA tomorrow for a couple of hours", "book duration=120"),
        ("need a PA tomorrow for 2 and a half hours", "book duration=150"),
        ("need a PA tomorrow for two and a half hours", "book duration=150"),
        ("need a PA tomorrow for twenty minutes", "book duration=20"),
        ("need a PA tomorrow for a couple hours", "book duration=120"),
        ("need a PA tomorrow for a few hours", "book duration=180"),
        ("need a PA tomorrow for half a day", "book duration=240"),
        ("need a PA tomorrow for a half day", "book duration=240"),
        ("need a PA tomorrow all day", "book allday=yes duration=-"),
        ("need a PA tomorrow for a full day", "book allday=yes"),
        ("need a PA tomorrow for the whole day", "book allday=yes"),
        ("need a PA tomorrow full day", "book allday=yes"),
        ("need a PA tomorrow at 10 for 3 hours", "book start=10:00 duration=180"),
        ("3 hours of admin help on Friday", "book role=admin_assistant duration=180 date=2026-12-04"),
        ("how much is a receptionist for 8 hours?", "quote duration=480"),
        ("how much would 10 hours of bookkeeping cost?", "quote duration=600"),
        ("what would a packer cost for 5 hours 10 minutes?", "quote duration=310"),
        ("need a PA tomorrow", "book duration=- allday=no"),
        // Lengths too long to book are read as said; the desk refuses them.
        ("need a receptionist for 99999 hours tomorrow", "book duration=5999940 date=2026-12-01"),
        ("need a receptionist tomorrow for 20000 minutes", "book duration=20000"),
        ("need a receptionist tomorrow for 12000.5 hours", "book duration=720030"),
        ("need a receptionist tomorrow for 1500 and a half hours", "book duration=90030")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
