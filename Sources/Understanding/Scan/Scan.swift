/// The working state of one parse: the tokens, which of them an entity has claimed, and the slots so far.
struct Scan {
    let tables: Grammar.Tables
    let line: String
    let tokens: [Token]
    /// Words read as others by misspelling repair.
    let repairs: [Repair]
    let now: LocalDateTime
    /// What read each token; `.unread` until something does. The recognisers claim tokens as `claimant`.
    var used: [TokenReading]
    /// What the recogniser now running records on the tokens it claims.
    var claimant = TokenReading.date
    /// Where the length was read ("2 hours"), for telling a length from a change by that much ("by 2 hours").
    var durationTokens: Range<Int>?
    /// Some word nothing claimed can begin a negation or correction ("not", "sorry", "no need for").
    var scopeSaid = false
    var slots = Slots()
    /// The tokens of the task description, which rules that want a plain request do not count as understood.
    var taskTokens: Range<Int> = 0..<0
    /// The words of a task said before a deadline ("to transcribe 20 pages by Friday"), left free for the role reader.
    var deadlineTaskTokens: Range<Int> = 0..<0
    /// "tonight", "evening": a bare hour in the line is in the evening.
    let eveningSaid: Bool
    /// Some word is the plural of a word of a role ("agents", "PAs"): only then are roles read in the singular.
    let pluralRoleWord: Bool
    /// The dates came from a range of days ("7-9 December", "from Monday to Wednesday"), not a repetition.
    var readRange = false
    /// The second end of that range read on its own: the day a change moves to ("from Friday to Thursday").
    var rangeTarget: CivilDate?
    /// The part of the day the date phrase named ("this afternoon", "tonight"), used when no time is said.
    var partOfDate: ClosedRange<Int>?
    /// A part of the day before noon was read beside the time ("tomorrow morning at 6", "early morning at 5"):
    /// a bare hour below the working day is then in the morning, not the afternoon.
    var morningNamed = false
    /// Where "this month" or "next month" was read, so that a day beside it ("the 15th next month") falls in it.
    var relativeMonth: Range<Int>?
    /// A month read as days ("in February", "next month"): the date and span a request about days takes
    /// when no date was read (see `Grammar.parse`).
    var monthWindow: (first: CivilDate, days: Int, words: Range<Int>)?
    /// A month named without a year and not as days ("for January", "December"): its number and words, for
    /// the questions that look ahead and mean the coming one (see `Grammar.parse`).
    var bareMonth: (month: Int, words: Range<Int>)?
    /// Where the role's words begin, for descriptions such as "my PA".
    var roleIndex: Int?
    /// The desk's region, whose holiday a name means first.
    let holidayRegion: Int
    /// The desk zone's minutes ahead of UTC at a clock time said in a zone that many minutes ahead.
    let zoneOffset: Grammar.ZoneOffset?

    init(grammar: Grammar, line: String, now: LocalDateTime) {
        self.tables = grammar.tables
        self.holidayRegion = grammar.holidayRegion
        self.zoneOffset = grammar.zoneOffset
        self.line = line
        // The vocabulary is read in place, not copied out of the tables (a copy retains each of its arrays).
        let words = grammar.tables.vocabulary.withLookup { Tokenizer.tokenize(line, lookup: $0) }
        var tokens = Scan.joiningCodes(words, grammar.tables)
        repairs = grammar.tables.repair(&tokens)
        self.tokens = tokens
        self.now = now
        self.used = Array(filling: .unread, count: tokens.count)
        let tables = grammar.tables
        pluralRoleWord = tokens.contains { $0.singular != $0.word && $0.singular >= 0 && tables.isRoleWord[Int($0.singular)] }
        eveningSaid = tokens.indices.contains { k in
            tokens[k].word >= 0 && tables.startsPmHint[Int(tokens[k].word)] && tables.lexicon.pmHints.match(tokens, at: k) != nil
        }
    }

    var today: CivilDate { now.date }

    mutating func claim(_ start: Int, _ length: Int) {
        for k in start..<min(start + length, tokens.count) { used[k] = claimant }
    }

    /// A number, or a word flagged in `starts` (one of the Tables' `starts…` flags).
    @inline(__always) func couldStart(_ starts: [Bool], _ i: Int) -> Bool {
        tokens[i].kind == .number || (tokens[i].word >= 0 && starts[Int(tokens[i].word)])
    }

    /// A word flagged in `starts`; never a number, which has no word.
    @inline(__always) func wordStarts(_ starts: [Bool], _ i: Int) -> Bool {
        tokens[i].word >= 0 && starts[Int(tokens[i].word)]
    }

    mutating func isAnyTrigger(_ i: Int) -> Bool { tokens[i].word >= 0 && tables.isAnyTriggerWord[Int(tokens[i].word)] }

    @inline(__always) func isFiller(_ i: Int) -> Bool { tokens[i].word >= 0 && tables.isFiller[Int(tokens[i].word)] }

    /// `used` has a place for every token, so its own count bounds `i`: one unsigned compare, and no second
    /// check of the index when it is read (this is asked thousands of times a line).
    @inline(__always) func free(_ i: Int) -> Bool { UInt(bitPattern: i) < UInt(bitPattern: used.count) && used[i].rawValue == 0 }

    /// Looks a phrase table up at `i` over unclaimed tokens.
    @inline(__always) func match<P>(_ table: PhraseTable<P>, _ i: Int) -> (length: Int, payload: P)? {
        guard free(i) else { return nil }
        return table.match(tokens, at: i, used: used)
    }

    @inline(__always) func integer(_ i: Int) -> Int? { free(i) ? tokens[i].integer : nil }

    mutating func isSymbol(_ i: Int, _ text: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].text == text
    }

    /// The original text of tokens start..<end, copied from the line's bytes (tokens begin and end on
    /// whole characters).
    mutating func text(_ start: Int, _ end: Int) -> String {
        let from = tokens[start].start, to = tokens[end - 1].end
        if let text = line.utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }) {
            return text
        }
        let bytes = line.utf8
        return String(line[bytes.index(bytes.startIndex, offsetBy: from)..<bytes.index(bytes.startIndex, offsetBy: to)])
    }

    /// "and a coffee machine", "and two drivers": a word after a joining word and a count names another
    /// thing asked for, which the desk must not pass over.
    mutating func startsAnotherRequest(_ k: Int) -> Bool {
        guard k >= 2, tokens[k].kind == .word, tokens[k - 1].word >= 0, tokens[k - 2].word >= 0,
            tables.isJoiner[Int(tokens[k - 2].word)], tables.startsCount[Int(tokens[k - 1].word)]
        else { return false }
        let counted = tables.lexicon.numbers.match(tokens, at: k - 1)?.length == 1
        return counted && tables.lexicon.joiners.match(tokens, at: k - 2) != nil
    }

    /// The length of the number in "two of them", "a couple of those" at `i`, or nil.
    mutating func countOfThem(at i: Int) -> Int? {
        guard let number = count(i) else { return nil }
        var k = i + number.length
        if k < tokens.count, tokens[k].text == "of" { k += 1 }
        guard k < tokens.count, tokens[k].text == "them" || tokens[k].text == "those", tokens[k - 1].text == "of" else { return nil }
        return number.length
    }

    /// A whole number written in digits or as a word ("3", "three") at `i`.
    mutating func count(_ i: Int) -> (value: Int, length: Int)? {
        if let n = integer(i) { return (n, 1) }
        if let m = match(tables.lexicon.numbers, i) { return (m.payload, m.length) }
        return nil
    }
}
