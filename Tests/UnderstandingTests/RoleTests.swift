import Testing

@testable import Understanding

/// Roles by synonym, plural, count and small misspelling; real words are never "corrected".
@Suite struct RoleTests {
    static let cases: [(String, String)] = [
        ("need a receptionist tomorrow", "book role=receptionist count=1"),
        ("need reception cover tomorrow", "book role=receptionist"),
        ("need someone on the front desk tomorrow", "book role=receptionist"),
        ("need front of house tomorrow", "book role=receptionist"),
        ("need someone to answer the phones tomorrow", "book role=receptionist"),
        ("need switchboard cover tomorrow", "book role=receptionist"),
        ("need a telephonist tomorrow", "book role=receptionist"),
        ("need a PA tomorrow", "book role=personal_assistant"),
        ("need a personal assistant tomorrow", "book role=personal_assistant"),
        ("need an EA tomorrow", "book role=personal_assistant"),
        ("need a virtual assistant tomorrow", "book role=personal_assistant"),
        ("need help with diary management tomorrow", "book role=personal_assistant"),
        ("need an executive assistant tomorrow", "book role=personal_assistant"),
        ("need admin help tomorrow", "book role=admin_assistant"),
        ("need an admin assistant tomorrow", "book role=admin_assistant"),
        ("need data entry tomorrow", "book role=admin_assistant"),
        ("need help with bookkeeping tomorrow", "book role=admin_assistant"),
        ("need a bookkeeper tomorrow", "book role=admin_assistant"),
        ("need someone for filing tomorrow", "book role=admin_assistant"),
        ("need a typist tomorrow", "book role=admin_assistant"),
        ("need an office assistant tomorrow", "book role=admin_assistant"),
        ("need customer service tomorrow", "book role=customer_service"),
        ("need 2 support agents tomorrow", "book role=customer_service count=2"),
        ("need call handling tomorrow", "book role=customer_service"),
        ("need a call handler tomorrow", "book role=customer_service"),
        ("need customer care cover tomorrow", "book role=customer_service"),
        ("need IT support tomorrow", "book role=it_support"),
        ("need tech help tomorrow", "book role=it_support"),
        ("need a techie tomorrow", "book role=it_support"),
        ("need computer help tomorrow", "book role=it_support"),
        ("need a sysadmin tomorrow", "book role=it_support"),
        ("need a packer tomorrow", "book role=packer"),
        ("need packing help tomorrow", "book role=packer"),
        ("need pick and pack tomorrow", "book role=packer"),
        ("need a picker tomorrow", "book role=packer"),
        ("need warehouse help tomorrow", "book role=packer"),
        ("need fulfilment help tomorrow", "book role=packer"),
        ("need a production operative tomorrow", "book role=production_operative"),
        ("need factory help tomorrow", "book role=production_operative"),
        ("need people on the assembly line tomorrow", "book role=production_operative"),
        ("need a machine operator tomorrow", "book role=production_operative"),
        ("need manufacturing help tomorrow", "book role=production_operative"),
        // plurals and counts
        ("need two receptionists tomorrow", "book role=receptionist count=2"),
        ("need 3 packers tomorrow", "book role=packer count=3"),
        ("need a couple of PAs tomorrow", "book role=personal_assistant count=2"),
        ("need four customer service agents tomorrow", "book role=customer_service count=4"),
        ("need 2 more admin assistants tomorrow", "book role=admin_assistant count=2"),
        ("need 5 x packers tomorrow", "book role=packer count=5"),
        ("need production operatives tomorrow", "book role=production_operative"),
        ("need bookkeepers tomorrow", "book role=admin_assistant"),
        // small misspellings
        ("need a receptionst tomorrow", "book role=receptionist"),
        ("need a recepionist tomorrow", "book role=receptionist"),
        ("need a receptoinist tomorrow", "book role=receptionist"),
        ("need bookeeping help tomorrow", "book role=admin_assistant"),
        ("need bookkeping tomorrow", "book role=admin_assistant"),
        ("need an administator tomorrow", "book role=admin_assistant"),
        ("need a packker tomorrow", "book role=packer"),
        ("need fulfillment help tomorrow", "book role=packer"),
        ("need a telephonst tomorrow", "book role=receptionist"),
        ("need swichboard cover tomorrow", "book role=receptionist")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    /// Real words a letter or two from a role's name stay what they are.
    static let realWords = [
        "the filling came out", "my printer keeps failing", "the parking is full", "a packet of biscuits",
        "they picked the blue one", "he is pickier than most", "we assemble furniture", "the call was transcribed",
        "the administration is slow", "the telephones are ringing", "she is very receptive", "thanks for backing me",
        "tracking number please", "a quick fling", "clerical error on the bill", "the fillings are done", "the packets arrived",
        "assembled by hand", "a recipe for soup", "new telephone system", "the technique is simple", "typing is slow",
        "an operation tomorrow", "the packaging is damaged", "he was booking flights"
    ]

    @Test(arguments: realWords)
    func realWordIsNotARole(_ line: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(parse.slots.role == nil, "\"\(line)\" was read as \(parse.slots.role ?? "")")
        #expect(parse.intent != .book)
    }

    @Test func shortWordsAreNeverGuessed() {
        // "pack" and "admn" are short: no guessing at four letters.
        for line in ["need a pak tomorrow", "need admn tomorrow", "need a pea tomorrow"] {
            #expect(Phrasing.grammar.parse(line, now: Phrasing.now).slots.role == nil, "\(line)")
        }
    }

    @Test func theRoleTextIsWhatWasTyped() {
        #expect(Phrasing.grammar.parse("need a receptionst Tuesday", now: Phrasing.now).slots.roleText == "receptionst")
        #expect(Phrasing.grammar.parse("two Receptionists please, Friday", now: Phrasing.now).slots.roleText == "Receptionists")
        #expect(Phrasing.grammar.parse("two customer service agents Friday", now: Phrasing.now).slots.roleText == "customer service agents")
    }
}
