import Testing

@testable import Understanding

/// Guarded misspelling repair: an unknown word one slip (two from seven letters) from a weekday, month,
/// time word or role word is read as it, and `repairs` says so; known words and names are left alone.
@Suite struct RepairTests {
    /// line, what it must read as, and the repairs as "typed>read" joined by ",".
    static let repaired: [(String, String, String)] = [
        ("need a receptionist wendsday", "book role=receptionist date=2026-12-02", "wendsday>wednesday"),
        ("need a packer on tuseday", "book role=packer date=2026-12-01", "tuseday>tuesday"),
        ("need a personel assistant on Friday", "book role=personal_assistant date=2026-12-04", "personel>personal"),
        ("need IT suport thursday", "book role=it_support date=2026-12-03", "suport>support"),
        ("need a receptionist tomorow", "book role=receptionist date=2026-12-01", ""),
        ("need a packer on 3 febuary", "book role=packer date=2027-02-03", "febuary>february"),
        ("need a receptionist on 4 decmber", "book role=receptionist date=2026-12-04", "decmber>december"),
        ("need a PA thrusday afternoon", "book role=personal_assistant date=2026-12-03 start=13:00", "thrusday>thursday"),
        ("need a PA friday mornign", "book role=personal_assistant date=2026-12-04 start=09:00", "mornign>morning"),
        ("need a PA tomorrow aftrenoon", "book role=personal_assistant date=2026-12-01 start=13:00", "aftrenoon>afternoon"),
        ("need a receptionst tomorrow", "book role=receptionist date=2026-12-01", "receptionst>receptionist"),
        ("need a packker saturday", "book role=packer date=2026-12-05", "packker>packer"),
        ("need bookeeping help on Wednesday", "book role=admin_assistant date=2026-12-02", "bookeeping>bookkeeping"),
        ("need a recepsionist on wensday", "book role=receptionist date=2026-12-02", "recepsionist>receptionist,wensday>wednesday"),
        // The verbs that book, change or cancel, as typed in a hurry.
        ("cancle #1", "cancel ref=1", "cancle>cancel"),
        ("cnacel the packer on friday", "cancel role=packer date=2026-12-04", "cnacel>cancel"),
        ("resheduel #1 to monday", "modify ref=1 date=2026-12-07", "resheduel>reschedule"),
        ("need a receptionist nxt tuesday", "book role=receptionist date=2026-12-08", "")
    ]

    @Test(arguments: repaired)
    func typoIsRepaired(_ line: String, _ expected: String, _ repairs: String) {
        Phrasing.check(line, expected)
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(parse.repairs.map { "\($0.typed)>\($0.read)" }.joined(separator: ",") == repairs, "\(line)")
        #expect(!parse.unreadMatters, "\"\(line)\" leaves \(parse.unread.filter(\.matters).map(\.text))")
    }

    /// Known English words and names near a target are never "corrected".
    static let leftAlone: [String] = [
        "need a PA for Marsh on Friday", "the match is on friday", "tune the piano on tuesday", "need a PA, conduct survey friday",
        "the parking is full", "my printer keeps failing", "a monkey on monday", "the moaning neighbour",
        "the wends are long"
    ]

    @Test(arguments: leftAlone)
    func knownWordsStay(_ line: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(parse.repairs.isEmpty, "\(line): \(parse.repairs)")
    }

    /// A word said twice is a name, not a slip: "Tuesdy" twice stays as written.
    @Test func aWordTheLineRepeatsIsAName() {
        let parse = Phrasing.grammar.parse("need Tuesdy's PA on Friday, Tuesdy will explain", now: Phrasing.now)
        #expect(parse.repairs.isEmpty)
        #expect(parse.slots.date?.description == "2026-12-04")
    }

    /// The shortest words are never guessed at.
    @Test func shortWordsAreNotRepaired() {
        for line in ["need a PA on wedn", "need a PA on frid", "need a pak tomorrow"] {
            #expect(Phrasing.grammar.parse(line, now: Phrasing.now).repairs.isEmpty, "\(line)")
        }
    }
}
