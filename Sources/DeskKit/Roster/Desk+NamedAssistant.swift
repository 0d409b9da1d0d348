import Understanding

extension Desk {
    /// Finds a roster name among the words the parser left unread ("with Sarah", "book Tom for Friday", "move #1 to
    /// Thursday with Tom", where the person named takes the change: see `recheck`) and reads the
    /// line again without it, so the name is understood rather than refused; for a person who does one role, a line
    /// that names no role books that role. A line with every word read costs no query; on a desk without a roster,
    /// a line with words unread costs one count of the team.
    func readingNames(_ parse: Parse, line: String) -> Parse {
        // A name said before a question stays with the request asked about (see `resume`), not with the next line.
        roster.named = nil
        let unread = parse.unread
        guard !unread.isEmpty, parse.intent == .book || parse.intent == .modify || parse.isUnknown || Desk.namingIntents.contains(parse.intent),
            let team = try? store.read({ tx in try currentTeam(in: tx) }), !team.isEmpty
        else { return parse }
        var bytes = Array(line.utf8)
        var found: Assistant?
        // From the end, so earlier byte ranges stay where they are.
        for run in unread.reversed() {
            guard let (person, range) = Desk.mention(in: run, line: bytes, team: team) else { continue }
            if found == nil { found = person }
            var cut = range
            // "with Sarah": the "with" goes too.
            let before = String(decoding: bytes[..<cut.lowerBound], as: UTF8.self)
            if before.lowercased().hasSuffix("with ") { cut = (cut.lowerBound - 5)..<cut.upperBound }
            // Leave is the person's, whatever they do: "Tom is off Friday" names no role; nor does a change given
            // to someone ("move #1 to Thursday with Tom" keeps #1's role).
            let replacement =
                parse.slots.role == nil && person.roles.count == 1 && parse.intent != .leave && parse.intent != .modify
                ? (catalogue.role(person.roles[0])?.label ?? "") : ""
            bytes.replaceSubrange(cut, with: Array(replacement.utf8))
        }
        guard let found else { return parse }
        roster.named = found.name
        return grammar.parse(String(decoding: bytes, as: UTF8.self), now: localNow)
    }

    /// The roster's questions and changes that name a person ("what is Sarah doing this week?").
    static let namingIntents: Set<Intent> = [.doing, .nextFree, .reassign, .free, .covering, .leave]

    /// The one person a run of unread words names, by full name or by a first name no one else on the team has,
    /// with the bytes of the line the name takes.
    static func mention(in run: UnreadWords, line: [UInt8], team: [Assistant]) -> (Assistant, Range<Int>)? {
        let words = Desk.words(line, from: run.start, to: run.end)
        for person in team {
            let name = person.nameKey.split(separator: " ").map(String.init)
            if let at = Desk.find(name, in: words.map(\.key)) {
                return (person, words[at].range.lowerBound..<words[at + name.count - 1].range.upperBound)
            }
        }
        for word in words {
            let holders = team.filter { Assistant.nameKey($0.firstName) == word.key }
            if holders.count == 1 { return (holders[0], word.range) }
        }
        return nil
    }

    private static func find(_ name: [String], in words: [String]) -> Int? {
        guard !name.isEmpty, words.count >= name.count else { return nil }
        for start in 0...(words.count - name.count) where Array(words[start..<(start + name.count)]) == name { return start }
        return nil
    }

    /// The words of line[from..<to], lowercased, with their byte ranges; a possessive "'s" is not part of the name.
    private static func words(_ line: [UInt8], from: Int, to: Int) -> [(key: String, range: Range<Int>)] {
        var words: [(key: String, range: Range<Int>)] = []
        var start: Int?
        for i in from...to {
            let isLetter = i < to && (line[i] >= 0x80 || (line[i] | 0x20 >= 0x61 && line[i] | 0x20 <= 0x7A) || line[i] == 0x2D)
            if isLetter, start == nil { start = i }
            if !isLetter, let s = start {
                words.append((String(decoding: line[s..<i], as: UTF8.self).lowercased(), s..<i))
                start = nil
            }
        }
        return words
    }
}
