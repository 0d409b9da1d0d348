import Testing

@testable import Understanding

/// Lengths and counts as people write them: fractions, marks, ranges of lengths, dozens and multiplications.
/// A fraction or a range of lengths is never a date; two lengths, or a negative one, are a problem the desk asks about.
@Suite struct LengthAndCountTests {
    static let cases: [(String, String)] = [
        ("need a receptionist for 2 1/2 hours on tuesday", "book role=receptionist date=2026-12-01 duration=150 lengthproblem=-"),
        ("need a PA Tuesday for 1 3/4 hours", "book role=personal_assistant date=2026-12-01 duration=105"),
        ("need a PA for 1/2 hour on Wednesday", "book role=personal_assistant date=2026-12-02 duration=30"),
        ("need a receptionist for 3½ hours on tuesday", "book role=receptionist date=2026-12-01 duration=210"),
        ("need an admin assistant Thursday 2¼ hrs", "book role=admin_assistant date=2026-12-03 duration=135"),
        (
            "need a receptionist for 3-4 hours on tuesday",
            "book role=receptionist date=2026-12-01 duration=- lengthproblem=\"3-4 hours\" gives two lengths"
        ),
        (
            "need a receptionist for 3 or 4 hours on tuesday",
            "book role=receptionist date=2026-12-01 duration=- lengthproblem=\"3 or 4 hours\" gives two lengths"
        ),
        (
            "need a PA Friday for two to three hours",
            "book role=personal_assistant date=2026-12-04 duration=- lengthproblem=\"two to three hours\" gives two lengths"
        ),
        (
            "need a receptionist for -3 hours on tuesday",
            "book role=receptionist date=2026-12-01 duration=- lengthproblem=a length can't be negative (\"-3 hours\")"
        ),
        // Ranges of clock times stay times.
        ("need a receptionist Tuesday 9-5", "book role=receptionist date=2026-12-01 start=09:00 end=17:00 lengthproblem=-"),
        ("need a receptionist Tuesday 9h-17h", "book role=receptionist date=2026-12-01 start=09:00 end=17:00 lengthproblem=-"),
        ("need a receptionist on 1/2", "book role=receptionist date=2027-02-01 duration=-"),
        // Counts
        ("need a dozen packers on friday", "book role=packer date=2026-12-04 count=12"),
        ("need half a dozen packers on friday", "book role=packer date=2026-12-04 count=6"),
        ("need two dozen packers on friday", "book role=packer date=2026-12-04 count=24"),
        ("need a packer ×3 on friday", "book role=packer date=2026-12-04 count=3"),
        ("need packers x3 on friday", "book role=packer date=2026-12-04 count=3"),
        ("need 3x packers on friday", "book role=packer date=2026-12-04 count=3"),
        ("need a pair of receptionists on friday", "book role=receptionist date=2026-12-04 count=2"),
        ("need a pair of PAs on friday", "book role=personal_assistant date=2026-12-04 count=2"),
        ("need 0 packers on friday", "book role=packer date=2026-12-04 count=0")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    /// A word that begins a time at the very end of a line reads as nothing, and "half a" is no hour.
    @Test(arguments: ["meet at half", "need a PA at quarter past", "need half a"])
    func anEndingWordIsNoHour(_ line: String) {
        #expect(Phrasing.grammar.parse(line, now: Phrasing.now).slots.start == nil)
    }

    @Test(arguments: cases.map(\.0))
    func everyWordIsRead(_ line: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(!parse.unreadMatters, "\"\(line)\" leaves \(parse.unread.filter(\.matters).map(\.text))")
    }
}
