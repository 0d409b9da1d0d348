import Testing

@testable import Understanding

/// Every word of a line is read by something, or left `unread`; the unread words that could change the
/// request are flagged, so the desk asks instead of acting on part of the line.
@Suite struct UnreadTests {
    static let grammar = Phrasing.grammar
    static let now = Phrasing.now

    /// Every phrasing the other tables check, read whole: an acting line leaves nothing unread that matters.
    static var tabled: [String] {
        (ParserTableTests.cases + DateTests.cases + DurationTests.cases + IntentTests.cases + RecurrenceTests.cases
            + ReferenceTests.cases + RoleTests.cases + TimeTests.cases + LengthAndCountTests.cases).map(\.0)
    }

    @Test func nothingTheTablesReadIsIgnored() {
        var ignored: [String] = []
        for line in UnreadTests.tabled {
            let parse = UnreadTests.grammar.parse(line, now: UnreadTests.now)
            guard [Intent.book, .cancel, .done, .budget, .modify].contains(parse.intent), !UnreadTests.asked.contains(line) else { continue }
            // A change is read in two parts, the booking and the new values: a word is left when neither part read it.
            if parse.intent == .modify {
                let unread = UnreadTests.grammar.changeReading(parse.slots, line: line, reading: parse, now: UnreadTests.now).unread
                if !unread.isEmpty { ignored.append("\(line) → \(unread)") }
            } else if parse.unreadMatters {
                ignored.append("\(line) → \(parse.unread.filter(\.matters).map(\.text))")
            }
        }
        #expect(ignored.isEmpty, "\(ignored.count) lines leave words unread:\n\(ignored.joined(separator: "\n"))")
    }

    /// Tabled lines whose reading leaves a word that matters, so the desk asks rather than act on them.
    static let asked: Set<String> = [
        // Which is "the first one"? The desk asks for the number.
        "cancel the first one",
        // A spending cap said in a booking is not read yet; the desk asks rather than book past it.
        "we can spend 80 quid on a packer Friday"
    ]

    /// "line" -> the unread runs that matter, joined by " | "; "" when none does.
    static let unread: [(String, String)] = [
        ("need a receptionist Tuesday 9-5 and Wednesday 10-2", "Wednesday 10-2"),
        ("book a receptionist Tuesday and a PA Wednesday", "PA Wednesday"),
        // Several bookings named together are all read (the desk cancels them together, or asks).
        ("cancel #1, #2 and #3", ""),
        ("need IT support the day after last Thursday", "day"),
        ("need a receptionist on Tuesday but not in the morning", ""),
        ("need a receptionist on Tuesday but not at the Leeds office", "but not"),
        // Repaired misspellings are read; an unknown word near a day that repair leaves alone is asked about.
        ("need a receptionist wendsday", ""),
        ("need a packer on tuseday", ""),
        ("need a packer on wedn", "wedn"),
        // Lengths and counts as written, purpose and place words, roles said through the work.
        ("need a receptionist for 2 1/2 hours on tuesday", ""),
        ("need a receptionist for 3½ hours on tuesday", ""),
        ("need a receptionist for 3-4 hours on tuesday", ""),
        ("need a dozen packers on friday", ""),
        ("need packers x3 on friday", ""),
        ("need a receptionist at the dental clinic on Tuesday", ""),
        ("need someone to set up the new router on Friday", ""),
        ("I need someone to answer phones Monday", ""),
        ("someone to box up parcels on Friday", ""),
        ("mark #4 and #5 done", ""),
        ("need a receptionist tuesday and a packer", "packer"),
        // Read whole: nothing is left.
        ("need a receptionist Tuesday", ""),
        ("hi, could you maybe get me a receptionist for Tuesday asap", ""),
        ("I need to cancel a booking", ""),
        ("two of them", ""),
        ("need a PA to chase overdue invoices tomorrow", ""),
        ("get someone to transcribe 20 pages by Friday", ""),
        ("need 3 packers for the product launch on Friday", ""),
        ("need a receptionist Tuesday and Wednesday", ""),
        // Words that cannot change the request stay unread but do not matter.
        ("need a receptionist Tuesday at the Leeds office", "")
    ]

    @Test(arguments: unread) func unreadWords(_ line: String, _ expected: String) {
        let parse = UnreadTests.grammar.parse(line, now: UnreadTests.now)
        #expect(parse.unread.filter(\.matters).map(\.text).joined(separator: " | ") == expected, "\(line)")
    }

    @Test func severalBookingsAreEachRead() {
        let parse = UnreadTests.grammar.parse("cancel #1, #2 and #3", now: UnreadTests.now)
        #expect(parse.slots.bookingId == 1 && parse.slots.moreBookingIds == [2, 3])
    }

    @Test func everyTokenHasAReading() {
        let parse = UnreadTests.grammar.parse("please book a PA for Tuesday at the Leeds office, thanks", now: UnreadTests.now)
        let names = zip(parse.tokens, parse.reading).map { "\($0.text):\($1.name)" }
        // The place is the task.
        #expect(
            names == [
                "please:filler", "book:trigger", "a:count", "pa:role", "for:date", "tuesday:date", "at:task",
                "the:task", "leeds:task", "office:task", ",:punctuation", "thanks:filler"
            ])
        #expect(parse.slots.task == "at the Leeds office")
        #expect(parse.unread.isEmpty)
        let loose = UnreadTests.grammar.parse("please book a PA for Tuesday, Leeds office, thanks", now: UnreadTests.now)
        #expect(loose.unread.map(\.text) == ["Leeds office"])
        #expect(!loose.unreadMatters)
    }

    /// Junk reads as nothing, and nothing in it is taken for a request.
    @Test(arguments: ["asdf qwerty", "<script>alert(1)</script>", "'; DROP TABLE bookings; --", "\u{1}\u{2}zz"])
    func junkIsUnread(_ line: String) {
        let parse = UnreadTests.grammar.parse(line, now: UnreadTests.now)
        #expect(![Intent.book, .modify, .cancel, .done, .budget].contains(parse.intent) || parse.unreadMatters)
    }
}
