import Testing

@testable import Understanding

/// Requests as owners type them, each read whole: ends said on their own, early shifts, parts of the day
/// written "pm", dates after "over", counts of people, budgets without a currency, and what a change names.
@Suite struct OwnerPhrasingTests {
    static let cases: [(String, String)] = [
        // Work named by what is done, and lunch cover as the two hours around it.
        ("I'd like someone on the phones next monday from 10 till 4", "book role=receptionist date=2026-12-07 start=10:00 end=16:00"),
        ("need help with customer emails on tuesday", "book role=customer_service date=2026-12-01"),
        ("need a receptionist over lunch on friday", "book role=receptionist date=2026-12-04 start=12:00 end=14:00"),
        ("I don't need the IT support on friday anymore", "cancel role=it_support date=2026-12-04"),
        // A week's possessive is that week; the rates asked as a charge; a budget as a limit not to pass.
        ("show me last week's bookings", "list date=2026-11-23 days=7"),
        ("cancel the bookings on friday", "cancel date=2026-12-04 group=0"),
        ("cancel next week's packer", "cancel role=packer date=2026-12-07 days=7"),
        ("what do you charge for IT support?", "rates role=it_support"),
        ("keep me under £400 this month", "budget money=40000"),
        // Days as owners list them: weekdays with no commas, a British "Wednesday week", a series from a month.
        ("need a receptionist mon wed and fri next week", "book dates=2026-12-07,2026-12-09,2026-12-11"),
        ("need a receptionist monday, wednesday, and friday", "book dates=2026-12-07,2026-12-09,2026-12-11"),
        ("need a receptionist on wednesday week", "book date=2026-12-09"),
        ("what have I booked the week after next", "list date=2026-12-14 days=7"),
        // A weekday of last week, a month of a year counted from this one, the 24-hour "15h" after "past".
        ("what did I book on sunday of last week", "list date=2026-11-29"),
        ("what did I book sunday from last week", "list date=2026-11-29"),
        ("show me last week's friday", "list date=2026-11-27"),
        ("what have I booked in march next year", "list date=2027-03-01 days=31"),
        ("what have I booked for october in 2 years", "list date=2028-10-01 days=31"),
        ("what did I book in march last year", "list date=2025-03-01 days=31"),
        ("need a receptionist on vaisakha", "book date=2027-05-19"),
        ("need a PA tomorrow at quarter past 15h", "book date=2026-12-01 start=15:15"),
        ("what have I booked for the year end", "list date=2026-11-30 days=32"),
        ("what have I booked at EOY", "list date=2026-11-30 days=32"),
        // The region's next day off, on a weekday or in a month when said (Boxing Day 2026 is kept on Monday 28th).
        ("need a receptionist on bank holiday monday", "book date=2026-12-28"),
        ("need a packer on the next bank holiday", "book date=2026-12-25"),
        ("need a receptionist on the bank holiday in may", "book date=2027-05-03 days=1"),
        // A part of the day in the plural repeats: every such weekday, or every day of the bound after it.
        ("need a receptionist on tuesday mornings", "book occurrences=4 first=2026-12-01 last=2026-12-22 start=09:00 end=12:00"),
        ("need a receptionist mornings next week", "book occurrences=7 first=2026-12-07 last=2026-12-13 start=09:00 end=12:00"),
        ("need a receptionist tuesday morning", "book date=2026-12-01 occurrences=- start=09:00 end=12:00"),
        ("need a receptionist wednesday the week after next", "book date=2026-12-16"),
        ("need a receptionist every monday from january", "book occurrences=4 first=2027-01-04 last=2027-01-25"),
        ("need a receptionist every other monday starting in february", "book occurrences=4 first=2027-02-01 last=2027-03-15"),
        // An end alone is the end; the start is the role's usual one, or the part of the day's.
        ("need a PA tomorrow until 3pm", "book date=2026-12-01 start=- end=15:00"),
        ("need a PA tomorrow finishing at 4", "book date=2026-12-01 start=- end=16:00"),
        ("need a receptionist tomorrow afternoon until 4", "book start=13:00 end=16:00"),
        ("need a PA tomorrow morning till 11", "book start=09:00 end=11:00"),
        ("change #1 to finish at 3pm", "modify ref=1 start=- end=15:00"),
        ("#2 should end at 2", "modify ref=2 start=- end=14:00"),
        ("need a PA from 9 until 5 tomorrow", "book start=09:00 end=17:00"),
        // A range that would end before it starts in the afternoon is a morning shift.
        ("need a production operative on the 3rd from 6 to 2", "book date=2026-12-03 start=06:00 end=14:00"),
        ("packer Friday 5 to 1", "book start=05:00 end=13:00"),
        ("packer Friday 6 to 10pm", "book start=18:00 end=22:00"),
        // "7am start", "pm" after a day.
        ("book a packer for Tuesday 8th December, 7am start", "book date=2026-12-08 start=07:00"),
        ("need admin help thurs pm", "book date=2026-12-03 start=13:00 end=17:00"),
        // A day of the month is never a clock time.
        ("book 2 packers on the 18th and 19th", "book date=2026-12-18 start=- count=2"),
        // "over the weekend", "during next week".
        ("need customer service over the weekend", "book date=2026-12-05 days=2"),
        ("need a PA during next week", "book date=2026-12-07 days=7"),
        // A repetition bounded by this month or the next.
        ("need a packer every friday next month", "book occurrences=4 first=2026-12-04 last=2026-12-25"),
        ("need a packer every monday this month", "book occurrences=- date=-"),
        // Counts of people said apart from the role.
        ("get me 3 people for packing on Saturday", "book role=packer count=3 date=2026-12-05"),
        ("need 2 staff to answer the phones on Friday", "book role=receptionist count=2"),
        // Budgets said without a currency, or with the month.
        ("set my budget to 800", "budget money=80000 currency=-"),
        ("my monthly budget is 1,500", "budget money=150000"),
        ("budget of £900 per month please", "budget money=90000 currency=GBP"),
        ("need a receptionist tuesday, budget 50", "book money=5000 cap=yes"),
        ("my budget meeting needs a PA at 3", "book role=personal_assistant money=- start=15:00"),
        // Other ways to ask, and questions about what is booked.
        ("could you sort me out a receptionist for Thursday please, 8:30 till 5", "book start=08:30 end=17:00"),
        ("line up a PA for Friday", "book role=personal_assistant date=2026-12-04"),
        ("when is the receptionist coming?", "list role=receptionist"),
        ("what time does the packer start tomorrow?", "list role=packer date=2026-12-01"),
        ("what's my next booking?", "list"),
        ("show me the PA bookings", "list role=personal_assistant"),
        ("need a receptionist booking on Friday", "book role=receptionist date=2026-12-04"),
        ("can you tell me the total cost for this week?", "list date=2026-11-30 days=7"),
        ("how much will all this cost me?", "quote group=0"),
        ("cancel all my bookings on Saturday", "cancel group=0 date=2026-12-05"),
        ("mark #4 as done", "done ref=4"),
        // In a change, what follows "instead of" is the old value.
        ("make it 3 hours instead of 4", "modify duration=180"),
        ("make it Tuesday instead of Monday", "modify date=2026-12-01"),
        // A change by an amount to a booking named with "the"; "in an hour earlier" is no time from now.
        ("push the IT support back by an hour", "modify role=it_support delta=60/both duration=-"),
        ("can the packer come in an hour earlier", "modify role=packer delta=-60/both start=- date=-"),
        ("make the wednesday one 3 hours", "modify date=2026-12-02 occurrences=- duration=180"),
        ("need admin help to sort the post on Monday", "book task=sort the post")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    /// Each line is read whole: no word that could change it is left unread.
    /// Lines read whole as they stand; the others are split into requests by the desk, or only look.
    static let whole = cases.map(\.0).filter { line in
        !["18th and 19th", "budget meeting", "coming?", "start tomorrow?"].contains { line.contains($0) }
    }

    @Test(arguments: whole)
    func nothingThatMattersIsLeft(_ line: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(!parse.unreadMatters, "\"\(line)\" leaves \(parse.unread.filter(\.matters).map(\.text))")
    }

    /// "cancel the 2nd booking" may mean #2 or the booking on the 2nd: it is asked about, never guessed.
    @Test func anOrdinalBookingIsAskedAbout() {
        let parse = Phrasing.grammar.parse("cancel the 2nd booking", now: Phrasing.now)
        #expect(parse.slots.date == nil)
        #expect(parse.unreadMatters)
        #expect(Phrasing.grammar.parse("cancel the booking on the 2nd", now: Phrasing.now).slots.date?.description == "2026-12-02")
    }

    /// "the receptionist on Monday should start at 10": the words naming the booking end before the change.
    @Test func aDefiniteRoleNamesTheBookingChanged() {
        let parse = Phrasing.grammar.parse("the receptionist on monday should start at 10", now: Phrasing.now)
        let end = Phrasing.grammar.definiteDescriptionEnd(parse)
        #expect(end.map { parse.tokens[$0].text } == "should")
        #expect(Phrasing.grammar.definiteDescriptionEnd(Phrasing.grammar.parse("make it a receptionist", now: Phrasing.now)) == nil)
    }
}
