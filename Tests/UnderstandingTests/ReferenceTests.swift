import Testing

/// Bookings named by number or by description, money, counts and task descriptions.
@Suite struct ReferenceTests {
    static let cases: [(String, String)] = [
        ("cancel #3", "cancel ref=3 refers=no"),
        ("cancel booking #3", "cancel ref=3"),
        ("cancel booking 3", "cancel ref=3"),
        ("cancel job 5", "cancel ref=5"),
        ("cancel booking number 12", "cancel ref=12"),
        ("please cancel booking no 7", "cancel ref=7"),
        ("#3 cancel please", "cancel ref=3"),
        // described, not numbered
        ("cancel that", "cancel ref=- refers=yes"),
        ("cancel it", "cancel refers=yes"),
        ("cancel that one", "cancel refers=yes"),
        ("cancel the last one", "cancel refers=yes"),
        ("cancel the first one", "cancel date=-"),
        ("cancel the Tuesday one", "cancel refers=yes date=2026-12-01"),
        ("cancel the receptionist booking", "cancel refers=yes role=receptionist"),
        ("cancel my PA on Friday", "cancel refers=yes role=personal_assistant date=2026-12-04"),
        ("cancel my booking on Friday", "cancel refers=yes date=2026-12-04"),
        ("cancel the 2pm one", "cancel refers=yes start=14:00"),
        ("cancel the packers on Saturday", "cancel refers=yes role=packer date=2026-12-05"),
        ("I need to cancel a booking", "cancel refers=no ref=-"),
        ("need a receptionist Tuesday", "book refers=no"),
        ("need IT support tomorrow", "book refers=no role=it_support"),
        // money
        ("budget is £500", "budget money=50000 currency=GBP"),
        ("can I get a PA for $80", "book money=8000 currency=USD"),
        ("we can spend 80 quid on a packer Friday", "book money=8000 currency=GBP"),
        ("£12.50 an hour for a receptionist tomorrow", "book money=1250"),
        ("€20 for admin help on Friday", "book money=2000 currency=EUR"),
        ("500 pounds for a PA next week", "book money=50000 currency=GBP"),
        ("£1,500 for packers on Friday", "book money=150000"),
        // A budget said beside a role is not the monthly budget; with no request word it is asked about.
        ("£5k budget for production operatives", "unknown money=500000"),
        // tasks
        ("need a PA to chase overdue invoices tomorrow", "book task=chase overdue invoices"),
        ("need 3 packers for the product launch on Friday", "book task=the product launch count=3"),
        ("need admin help to sort the post on Monday", "book task=sort the post"),
        ("need a receptionist Tuesday to greet visitors", "book task=greet visitors"),
        ("need a receptionist to cover Tuesday", "book task=-"),
        ("need a PA for 3 hours tomorrow", "book task=-"),
        // a number that belongs to the task: only "#17" or "booking 17" names a booking
        ("need a receptionist to handle job 17 on Friday", "book ref=- task=handle job 17 start=- date=2026-12-04"),
        ("need a receptionist to handle order 17 on Friday", "book ref=- task=handle order 17 start=- date=2026-12-04"),
        ("need a packer for invoice 4411 on Friday", "book ref=- task=invoice 4411 start=- role=packer"),
        ("need a PA to chase ticket 12 tomorrow at 10", "book ref=- task=chase ticket 12 start=10:00"),
        ("need a receptionist on Friday to cover booking 17", "book ref=17"),
        ("need a receptionist on Friday for #17", "book ref=17"),
        // groups: the bookings last listed or named
        ("cancel them all", "cancel group=0 refers=no ref=-"),
        ("cancel all of them", "cancel group=0"),
        ("cancel both", "cancel group=2"),
        ("cancel both of them", "cancel group=2"),
        ("cancel the two of them", "cancel group=2 count=-"),
        ("mark both done", "done group=2"),
        ("cancel them", "cancel group=- refers=yes"),
        // the price of a booking made or named
        ("how much will that cost?", "quote refers=yes role=-"),
        ("what does that come to?", "quote refers=yes"),
        ("what does #2 come to?", "quote ref=2"),
        ("how much is a PA for 3 hours?", "quote role=personal_assistant"),
        // a budget said with a request caps that request; alone it is the monthly budget
        ("need a receptionist tuesday, budget £50", "book money=5000 cap=yes role=receptionist date=2026-12-01"),
        ("need a receptionist thursday but keep it under £100", "book money=10000 cap=yes date=2026-12-03"),
        ("need a PA on Friday, no more than £150", "book money=15000 cap=yes"),
        ("set my monthly budget to £800", "budget money=80000 cap=no")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }
}
