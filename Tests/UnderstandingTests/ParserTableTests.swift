import DeskKit
import Testing

@testable import Understanding

/// Phrasings and the slots they must give, all read at Monday 30 November 2026, 09:00.
@Suite struct ParserTableTests {
    static let grammar = Phrasing.grammar
    static let now = Phrasing.now

    /// "line" -> "intent key=value …"
    static let cases: [(String, String)] = [
        ("need a receptionist Tuesday", "book role=receptionist date=2026-12-01"),
        ("need a receptionist tomorrow", "book role=receptionist date=2026-12-01"),
        ("Need a RECEPTIONIST on Wednesday please", "book role=receptionist date=2026-12-02"),
        ("book an admin assistant tomorrow 2pm for 3 hours", "book role=admin_assistant date=2026-12-01 start=14:00 duration=180"),
        ("can someone cover reception next Tue 9-5?", "book role=receptionist date=2026-12-08 start=09:00 end=17:00 alternative=2026-12-01"),
        ("need help with bookkeeping for 2 hrs Friday afternoon", "book role=admin_assistant date=2026-12-04 duration=120 start=13:00 end=17:00"),
        ("I need two customer service agents from 10 till 2 tomorrow", "book role=customer_service count=2 start=10:00 end=14:00 date=2026-12-01"),
        ("get me a PA the day after tomorrow", "book role=personal_assistant date=2026-12-02"),
        ("need a packer on 3rd Dec", "book role=packer date=2026-12-03"),
        ("need a packer on December 3", "book role=packer date=2026-12-03"),
        ("need a packer on 3/12", "book role=packer date=2026-12-03"),
        ("need a packer on 3 December 2026", "book role=packer date=2026-12-03"),
        ("need a packer 2026-12-03", "book role=packer date=2026-12-03"),
        ("need IT support on the 15th", "book role=it_support date=2026-12-15"),
        ("tech help this Thursday at 10", "book role=it_support date=2026-12-03 start=10:00"),
        ("need a receptionist in 3 days", "book role=receptionist date=2026-12-03"),
        ("need a receptionist in 2 weeks", "book role=receptionist date=2026-12-14"),
        ("a receptionist at the end of the month", "book role=receptionist date=2026-11-30 days=1"),
        ("need someone to answer the phones Friday 9:30 to 1", "book role=receptionist date=2026-12-04 start=09:30 end=13:00"),
        ("need a receptionst Tuesday", "book role=receptionist date=2026-12-01"),
        ("need bookeeping help Tuesday", "book role=admin_assistant date=2026-12-01"),
        ("need data entry for 90 minutes on Thursday", "book role=admin_assistant duration=90 date=2026-12-03"),
        ("need a PA for 2.5h tomorrow", "book role=personal_assistant duration=150 date=2026-12-01"),
        ("need a PA for half a day tomorrow", "book role=personal_assistant duration=240 date=2026-12-01"),
        ("need a PA all day tomorrow", "book role=personal_assistant allday=yes date=2026-12-01"),
        ("need a PA for a couple of hours tomorrow", "book role=personal_assistant duration=120 date=2026-12-01"),
        ("need a PA tomorrow at noon", "book role=personal_assistant start=12:00 date=2026-12-01"),
        ("need a PA tomorrow at half past two", "book role=personal_assistant start=14:30 date=2026-12-01"),
        ("need a PA tomorrow at quarter to five", "book role=personal_assistant start=16:45 date=2026-12-01"),
        ("need a PA tomorrow 9am-5:30pm", "book role=personal_assistant start=09:00 end=17:30"),
        ("need a PA tomorrow 14:00 for 1 hour", "book role=personal_assistant start=14:00 duration=60"),
        ("need a PA tomorrow morning", "book role=personal_assistant start=09:00 end=12:00"),
        ("need a PA tomorrow evening", "book role=personal_assistant start=18:00 end=22:00"),
        ("need a PA to chase overdue invoices tomorrow", "book role=personal_assistant task=chase overdue invoices date=2026-12-01"),
        ("need 3 packers for the product launch on Friday", "book role=packer count=3 task=the product launch date=2026-12-04"),
        // A role named by what is done ("taskverb" in language.words): the words after it are the task.
        ("can someone transcribe 20 pages by Friday", "book role=admin_assistant task=transcribe 20 pages date=2026-12-04"),
        ("need packing 300 boxes on Friday 9am", "book role=packer task=packing 300 boxes start=09:00"),
        ("need data entry of 500 invoices tomorrow", "book role=admin_assistant task=data entry of 500 invoices date=2026-12-01"),
        ("need transcription please", "book role=admin_assistant task=-"),
        ("need a packer Friday", "book role=packer task=-"),
        ("hi, could you maybe get me a receptionist for Tuesday asap", "book role=receptionist date=2026-12-01"),
        ("receptionist tuesday", "book role=receptionist date=2026-12-01"),
        ("need a production line worker on Saturday", "book role=production_operative date=2026-12-05"),
        ("need someone for pick and pack this weekend", "book role=packer date=2026-12-05 days=2"),
        ("need a receptionist next week", "book role=receptionist date=2026-12-07 days=7"),
        ("how much is a receptionist for 8 hours?", "quote role=receptionist duration=480"),
        ("how much would 10 hours of bookkeeping cost?", "quote role=admin_assistant duration=600"),
        ("what would two PAs cost for a day", "quote role=personal_assistant count=2 allday=yes"),
        ("what have I booked this week?", "list date=2026-11-30 days=7"),
        ("what have I got booked next week", "list date=2026-12-07 days=7"),
        ("show my bookings", "list"),
        ("list bookings for tomorrow", "list date=2026-12-01"),
        ("cancel #2", "cancel ref=2"),
        ("please cancel booking 14", "cancel ref=14"),
        ("cancel booking number 3", "cancel ref=3"),
        ("what are your rates?", "rates"),
        ("help", "help"),
        ("what can you do?", "help"),
        ("hello", "greeting"),
        ("Good morning!", "greeting"),
        ("quit", "quit"),
        ("bye", "quit"),
        ("undo", "undo"),
        ("what's the weather tomorrow", "out_of_scope"),
        ("book a table for two tonight", "out_of_scope"),
        ("transfer £50 to savings", "out_of_scope money=5000 currency=GBP"),
        ("asdf qwerty", "unknown"),
        ("", "unknown"),
        ("need a receptionist on 31 February", "book role=receptionist"),
        // A number just before a role counts people, whatever its size; it is never a clock hour.
        ("need 2 packers", "book role=packer count=2 start=-"),
        ("need two receptionists", "book role=receptionist count=2 start=-"),
        ("need 15 packers Friday", "book role=packer count=15 date=2026-12-04 start=-"),
        ("need 15 packers on Friday from 8am to 4pm", "book role=packer count=15 date=2026-12-04 start=08:00 end=16:00"),
        ("need 15 packers Friday 9-5", "book role=packer count=15 date=2026-12-04 start=09:00 end=17:00"),
        ("need 18 more packers Friday", "book role=packer count=18 date=2026-12-04 start=-"),
        ("need 20 customer service agents tomorrow", "book role=customer_service count=20 date=2026-12-01 start=-"),
        ("need 100 packers Friday", "book role=packer count=100 date=2026-12-04 start=-"),
        ("need 1500 packers Friday", "book role=packer count=1500 date=2026-12-04 start=-"),
        ("need 9999 packers Friday", "book role=packer count=9999 start=-"),
        // Times still read as times.
        ("need a packer at 15", "book role=packer count=1 start=15:00"),
        ("need a packer Friday 15:00", "book role=packer date=2026-12-04 start=15:00"),
        ("need a packer Friday at 1500", "book role=packer date=2026-12-04 start=15:00"),
        ("need a PA 3pm", "book role=personal_assistant start=15:00"),
        ("need a packer at 15 Friday", "book role=packer date=2026-12-04 start=15:00")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    @Test func thirtyFirstOfFebruaryIsAProblemNotADate() {
        let parse = Self.grammar.parse("need a receptionist on 31 February", now: Self.now)
        #expect(parse.slots.date == nil)
        #expect(parse.slots.dateProblem == "there is no 31 February")
    }

    @Test func tokenizerSplitsUnitsAndKeepsTimes() {
        let tokens = Tokenizer.tokenize("Book #3 at 9:30am, £12.50 & 2.5h").map(\.text)
        #expect(tokens == ["book", "#", "3", "at", "9:30", "am", ",", "£", "12.50", "&", "2.5", "h"])
    }
}

@Suite struct CivilDateTests {
    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CivilDate(year: 2026, month: 11, day: 30).weekday == 1)
        #expect(CivilDate(year: 2026, month: 12, day: 6).weekday == 7)
    }

    @Test func monthsClampToTheirLength() {
        #expect(CivilDate(year: 2026, month: 1, day: 31).adding(months: 1) == CivilDate(year: 2026, month: 2, day: 28))
        #expect(CivilDate(year: 2028, month: 1, day: 31).adding(months: 1) == CivilDate(year: 2028, month: 2, day: 29))
        #expect(CivilDate(year: 2026, month: 12, day: 15).adding(months: 1) == CivilDate(year: 2027, month: 1, day: 15))
        #expect(CivilDate(validYear: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(validYear: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(validYear: 1900, month: 2, day: 29) == nil)
    }

    @Test func isoParsing() {
        #expect(LocalDateTime(iso: "2026-11-30T09:00")?.minute == 540)
        #expect(LocalDateTime(iso: "2026-11-30T24:00") == nil)
        #expect(LocalDateTime(iso: "2026-13-01T09:00") == nil)
        #expect(LocalDateTime(iso: "tomorrow") == nil)
    }

    /// The bits are written out by hand; the grammar archive and the rules' masks depend on each being the kind's place.
    @Test func eachEntityKindsBitIsItsPlaceInAllCases() {
        for (place, kind) in EntityKind.allCases.enumerated() { #expect(kind.bit == 1 << place) }
        #expect(EntityKind.every == EntityKind.allCases)
    }
}
