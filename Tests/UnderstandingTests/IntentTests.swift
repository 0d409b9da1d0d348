import Testing

/// Intents from trigger words and entities, whatever the word order and filler.
@Suite struct IntentTests {
    static let cases: [(String, String)] = [
        // book, with filler and word order
        ("hi, could you maybe get me a receptionist for Tuesday asap", "book role=receptionist date=2026-12-01"),
        ("Tuesday, receptionist, please", "book role=receptionist date=2026-12-01"),
        ("can someone cover reception next Tue 9-5?", "book start=09:00 end=17:00 date=2026-12-08"),
        ("need help with bookkeeping for 2 hrs Friday afternoon", "book role=admin_assistant duration=120 date=2026-12-04"),
        ("I need two customer service agents from 10 till 2 tomorrow", "book count=2 start=10:00 end=14:00"),
        ("looking for a PA on Thursday", "book role=personal_assistant"),
        ("could we get a packer on Saturday please", "book role=packer"),
        ("we'd like an admin assistant on the 15th", "book role=admin_assistant date=2026-12-15"),
        ("urgent: IT support today", "book role=it_support date=2026-11-30"),
        ("a PA on Friday morning", "book role=personal_assistant"),
        ("need someone tomorrow", "book role=- date=2026-12-01"),
        ("can someone cover Friday 9-5?", "book role=- date=2026-12-04"),
        ("need a receptionist", "book role=receptionist"),
        ("and a PA on Friday", "book role=personal_assistant"),
        // quote, rates, list
        ("how much is a receptionist for 8 hours?", "quote role=receptionist"),
        ("what would two PAs cost for a day", "quote count=2 allday=yes"),
        ("price for a packer on Saturday?", "quote role=packer"),
        ("what are your rates?", "rates"),
        ("show me your prices", "rates"),
        ("what roles do you have", "rates"),
        ("what have I booked this week?", "list date=2026-11-30 days=7"),
        ("show my bookings", "list"),
        ("what's on tomorrow", "list date=2026-12-01"),
        ("list bookings for next week", "list date=2026-12-07"),
        // cancel
        ("cancel #2", "cancel ref=2"),
        ("drop #4, we don't need them", "cancel ref=4"),
        ("I need to cancel a booking", "cancel"),
        // modify
        ("move #3 to Thursday", "modify ref=3 date=2026-12-03"),
        ("make #2 start at 10", "modify ref=2 start=10:00"),
        ("make it 3 hours", "modify refers=yes duration=180"),
        ("actually Wednesday", "modify date=2026-12-02"),
        ("start at 10 instead", "modify start=10:00"),
        ("reschedule booking 3 for Friday", "modify ref=3 date=2026-12-04"),
        ("push #5 to next Monday", "modify ref=5 date=2026-12-07"),
        ("change #1 to 9-1", "modify ref=1 start=09:00 end=13:00"),
        ("move it to 2pm", "modify refers=yes start=14:00"),
        ("can we do Thursday instead?", "modify date=2026-12-03"),
        ("sorry, I meant Friday", "modify date=2026-12-04"),
        ("extend #2 by an hour", "modify ref=2 duration=- delta=60/end"),
        ("make that 4 hours", "modify duration=240"),
        ("change booking 4 to 2 packers", "modify ref=4 count=2"),
        ("move the Tuesday one to Wednesday", "modify refers=yes date=2026-12-01"),
        // status
        ("what's the status of #4?", "status ref=4"),
        ("any update on booking 3?", "status ref=3"),
        ("is #2 still on?", "status ref=2"),
        ("is #6 confirmed", "status ref=6"),
        ("how is the receptionist booking going?", "status refers=yes"),
        // redo, undo, history
        ("redo", "redo"),
        ("redo that please", "redo"),
        ("undo", "undo"),
        ("please undo that", "undo"),
        ("show the history", "history"),
        ("what changed?", "history"),
        ("what have I changed?", "history"),
        ("show me the change log", "history"),
        // yes / no
        ("yes", "yes"),
        ("Yes please", "yes"),
        ("yeah", "yes"),
        ("yep, go ahead", "yes"),
        ("ok", "yes"),
        ("sure, sounds good", "yes"),
        ("confirm", "yes"),
        ("please do", "yes"),
        ("yes thanks", "yes"),
        ("no", "no"),
        ("No thanks", "no"),
        ("nope", "no"),
        ("no thank you", "no"),
        ("not now", "no"),
        ("never mind", "no"),
        ("nah, leave it", "no"),
        // the small talk of a desk
        ("thanks!", "thanks"),
        ("ok thanks", "thanks"),
        ("cheers", "thanks"),
        ("hello", "greeting"),
        ("good morning!", "greeting"),
        ("how's it going", "greeting"),
        ("help", "help"),
        ("what can you do?", "help"),
        ("quit", "quit"),
        ("bye!", "quit"),
        ("asdf qwerty", "unknown"),
        ("", "unknown")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    @Test func atEqualPriorityTheLongerTriggerWins() {
        #expect(Phrasing.grammar.parse("no thanks", now: Phrasing.now).intent == .no)
        #expect(Phrasing.grammar.parse("ok thanks", now: Phrasing.now).intent == .thanks)
        #expect(Phrasing.grammar.parse("thanks", now: Phrasing.now).intent == .thanks)
    }
}
