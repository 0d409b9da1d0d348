/// Everything the parser knows, built once from the text of the Intents/ files.
public struct Grammar: Sendable {
    /// The parser's tables, shared by reference: a parse holds one pointer, not a copy of every table.
    final class Tables: Sendable {
        let rules: [IntentRule]
        let triggers: PhraseTable<Int>
        let roles: PhraseTable<String>
        let lexicon: Lexicon
        /// Every known word, numbered; a token whose word is not here is a candidate misspelling.
        let vocabulary: Vocabulary
        /// By word number: filler words, and words of booking triggers ("need a PA to chase invoices" has a
        /// task, "need a PA to cover Friday" does not).
        let isFiller: [Bool]
        let isTriggerWord: [Bool]
        /// By word number: words of any rule's trigger.
        let isAnyTriggerWord: [Bool]
        let startsDate: [Bool]
        /// Words that can begin a window or a date counted from another ("early March", "two days after").
        let startsWindow: [Bool]
        /// By word number, what each of those forms can begin with; a number can begin all but the named
        /// ones. A date counted from another or from today ("two days after", "upcoming 2 weeks", "in 3 months"):
        let startsCountedDate: [Bool]
        /// "the first Tuesday of", "the last day of", "the 90s":
        let startsNthDay: [Bool]
        /// "this quarter", "the third quarter", "Q4":
        let startsQuarter: [Bool]
        /// "this summer", "in the fall", "winter 2027":
        let startsSeason: [Bool]
        /// "this year", "in 2027":
        let startsYearPhrase: [Bool]
        /// "the rest of", "end of", "early", "mid-":
        let startsPartOrRest: [Bool]
        /// Words that can follow a number beginning one of them ("3 days", "2 upcoming", "1st", "4 q").
        let followsWindowNumber: [Bool]
        /// The number of "the", asked for at many tokens.
        let theWord: Int32
        /// Words that can begin a list of weekdays: a weekday, "next week", "this", "next".
        let startsWeekdayList: [Bool]
        /// Words that can begin a bound of a repetition: "in", "next", "until", "from", "for".
        let startsBound: [Bool]
        let startsRepeat: [Bool]
        /// Words that join the ends of a range of days ("to", "-", "and").
        let startsRange: [Bool]
        let startsMonthOrDeadline: [Bool]
        let startsTime: [Bool]
        let startsDuration: [Bool]
        let startsMoney: [Bool]
        let startsPmHint: [Bool]
        let isRoleWord: [Bool]
        let startsReference: [Bool]
        /// By word number: words that begin a holiday's name, which may be written with an apostrophe ("mother's day").
        let startsHoliday: [Bool]
        /// Words that begin a holiday's name or a word before one ("next", "last").
        let startsHolidayPhrase: [Bool]
        let holidays: HolidayRules
        /// By word number: words that change what a request means when nothing reads them (days, times,
        /// roles, numbers, negations, corrections, the triggers of rules that act).
        let changesMeaning: [Bool]
        /// Names of closed vocabularies (weekdays, months, roles, time words), for telling a misspelling of one.
        let closedWords: [[UInt8]]
        /// The words misspelling repair may read an unknown word as.
        let repairTargets: RepairTargets
        /// By rule number: the rule's intent is a greeting or thanks, whose words change no request.
        let quietIntent: [Bool]
        /// By word number: words a task phrase stops before (negations, corrections, days, `taskstop`).
        let endsTask: [Bool]
        /// By word number: words that can begin a negation, a correction or a refusal.
        let startsScope: [Bool]
        /// By word number: words that can begin a count ("two", "a couple of"), an aside ("need to"), or join requests.
        let startsCount: [Bool]
        let startsAside: [Bool]
        let isJoiner: [Bool]
        /// By word number: words that can begin a change by an amount ("extend", "later", "push").
        let startsDelta: [Bool]
        /// By word number: words that can begin what `Grammar.references` looks for ("that", "too", "two of them", "my PA").
        let startsReferenceWords: [Bool]
        let spelled: SpelledWords

        /// Reads what `write(to:)` wrote, in the same order: the vocabulary first, for the tables that name its words.
        init(from reader: inout ArchiveReader) {
            vocabulary = Vocabulary(from: &reader)
            rules = [IntentRule](from: &reader)
            triggers = PhraseTable<Int>(from: &reader)
            roles = PhraseTable<String>(from: &reader)
            lexicon = Lexicon(from: &reader)
            isFiller = reader.flags()
            isTriggerWord = reader.flags()
            isAnyTriggerWord = reader.flags()
            startsDate = reader.flags()
            startsWindow = reader.flags()
            startsCountedDate = reader.flags()
            startsNthDay = reader.flags()
            startsQuarter = reader.flags()
            startsSeason = reader.flags()
            startsYearPhrase = reader.flags()
            startsPartOrRest = reader.flags()
            followsWindowNumber = reader.flags()
            startsWeekdayList = reader.flags()
            startsBound = reader.flags()
            startsRepeat = reader.flags()
            startsRange = reader.flags()
            startsMonthOrDeadline = reader.flags()
            startsTime = reader.flags()
            startsDuration = reader.flags()
            startsMoney = reader.flags()
            startsPmHint = reader.flags()
            isRoleWord = reader.flags()
            startsReference = reader.flags()
            startsHoliday = reader.flags()
            startsHolidayPhrase = reader.flags()
            holidays = HolidayRules(from: &reader)
            changesMeaning = reader.flags()
            closedWords = [[UInt8]](from: &reader)
            repairTargets = RepairTargets(from: &reader)
            quietIntent = reader.flags()
            endsTask = reader.flags()
            startsScope = reader.flags()
            startsCount = reader.flags()
            startsAside = reader.flags()
            isJoiner = reader.flags()
            startsDelta = reader.flags()
            startsReferenceWords = reader.flags()
            spelled = SpelledWords(vocabulary)
            theWord = vocabulary.id("the")
        }

        init(rules: [IntentRule], triggers: PhraseTable<Int>, roles: PhraseTable<String>, lexicon: Lexicon, holidays: HolidayRules) {
            var vocabulary = Vocabulary()
            let triggerWords = triggers.allWords
            vocabulary.insert(
                contentsOf: lexicon.knownWords.union(triggerWords).union(roles.allWords).union(lexicon.filler).union(lexicon.meaningful).sorted())
            let monthOrDeadline = lexicon.months.firstWords + Scan.relativeMonthWords + Scan.deadlineStarts
            vocabulary.insert(contentsOf: monthOrDeadline)
            vocabulary.insert(contentsOf: SpelledWords.words)
            var triggers = triggers, roles = roles, lexicon = lexicon
            triggers.compile(vocabulary)
            roles.compile(vocabulary)
            lexicon.compile(vocabulary)
            self.rules = rules
            self.triggers = triggers
            self.roles = roles
            self.lexicon = lexicon
            self.vocabulary = vocabulary
            spelled = SpelledWords(vocabulary)
            isFiller = vocabulary.flags(lexicon.filler)
            isTriggerWord = vocabulary.flags(triggers.words { rules[$0].intent == .book })
            isAnyTriggerWord = vocabulary.flags(triggerWords)
            startsDate = vocabulary.flags(lexicon.dateStarts)
            startsWindow = vocabulary.flags(lexicon.windowStarts)
            startsCountedDate = vocabulary.flags(lexicon.numbers.firstWords + lexicon.upcoming.firstWords + lexicon.inWords.firstWords)
            startsNthDay = vocabulary.flags(["the"] + lexicon.lastOne.firstWords + lexicon.dayWords.firstWords)
            startsQuarter = vocabulary.flags(
                ["the", "this", "current", "next", "coming", "last", "previous", "past", "q"] + lexicon.dayWords.firstWords)
            startsSeason = vocabulary.flags(
                ["this", "current", "coming", "next", "last", "past", "previous", "in", "during"] + lexicon.seasons.firstWords)
            startsYearPhrase = vocabulary.flags(["this", "current", "next", "coming", "in", "during"])
            startsPartOrRest = vocabulary.flags(lexicon.restOf.firstWords + lexicon.weekParts.firstWords + lexicon.monthParts.firstWords)
            followsWindowNumber = vocabulary.flags(
                lexicon.dayUnits.firstWords + lexicon.monthsUnits.firstWords + lexicon.upcoming.firstWords + lexicon.pluralWeekdays.firstWords
                    + lexicon.weekdays.firstWords + lexicon.ordinals.firstWords + ["q"])
            theWord = vocabulary.id("the")
            startsBound = vocabulary.flags(
                lexicon.inWords.firstWords + lexicon.weeks.firstWords + lexicon.untilWords.firstWords
                    + lexicon.startingWords.firstWords + lexicon.forTheNext.firstWords)
            startsWeekdayList = vocabulary.flags(lexicon.weekdays.firstWords + lexicon.weeks.firstWords + lexicon.modifiers.firstWords)
            startsRepeat = vocabulary.flags(lexicon.repeatStarts)
            startsRange = vocabulary.flags(lexicon.rangeWords.firstWords)
            startsMonthOrDeadline = vocabulary.flags(monthOrDeadline)
            startsTime = vocabulary.flags(lexicon.timeStarts)
            startsDuration = vocabulary.flags(lexicon.durationStarts)
            startsMoney = vocabulary.flags(lexicon.currencies.firstWords)
            startsPmHint = vocabulary.flags(lexicon.pmHints.firstWords)
            isRoleWord = vocabulary.flags(roles.allWords)
            startsReference = vocabulary.flags(lexicon.bookingWords.firstWords)
            startsHoliday = vocabulary.flags(lexicon.holidays.firstWords)
            startsHolidayPhrase = vocabulary.flags(
                lexicon.holidays.firstWords + lexicon.publicHolidayWords.firstWords + lexicon.modifiers.firstWords + lexicon.previous.firstWords)
            self.holidays = holidays
            // Greetings and thanks around a request change nothing in it.
            let quiet: Set<Intent> = [.greeting, .thanks]
            quietIntent = rules.map { quiet.contains($0.intent) }
            var meaningWords = Set(lexicon.dateStarts + lexicon.timeStarts + lexicon.durationStarts + lexicon.repeatStarts)
            meaningWords.formUnion(lexicon.months.allWords)
            meaningWords.formUnion(lexicon.weekdays.allWords)
            meaningWords.formUnion(lexicon.relativeDays.firstWords)
            meaningWords.formUnion(lexicon.meaningful)
            changesMeaning = vocabulary.flags(meaningWords)
            startsDelta = vocabulary.flags(
                lexicon.longer.firstWords + lexicon.shorter.firstWords + lexicon.later.firstWords + lexicon.earlier.firstWords)
            startsReferenceWords = vocabulary.flags(
                lexicon.pointingWords.firstWords + lexicon.repeatingWords.firstWords
                    + lexicon.storedWords.firstWords + lexicon.numbers.firstWords)
            startsCount = vocabulary.flags(lexicon.numbers.firstWords)
            startsAside = vocabulary.flags(lexicon.asides.firstWords)
            isJoiner = vocabulary.flags(lexicon.joiners.firstWords)
            startsScope = vocabulary.flags(lexicon.negations.firstWords + lexicon.corrections.firstWords + lexicon.refusals.firstWords)
            endsTask = vocabulary.flags(
                lexicon.negations.firstWords + lexicon.corrections.firstWords + lexicon.taskStops
                    + lexicon.weekdays.firstWords.filter { $0.utf8.count > 3 } + lexicon.relativeDays.firstWords.filter { $0 != "the" })
            let closed = lexicon.weekdays.allWords.union(lexicon.months.allWords).union(roles.singleWords.map(\.0))
                .union(lexicon.relativeDays.allWords).union(lexicon.clockWords.allWords).union(lexicon.dayparts.allWords)
            closedWords = closed.filter { $0.utf8.count >= 4 }.sorted().map { Array($0.utf8) }
            // One-word days, months and time words; one-word role synonyms of five letters and any role word of six.
            var targets = Set<String>()
            for table in [lexicon.weekdays, lexicon.pluralWeekdays, lexicon.months, lexicon.relativeDays] {
                targets.formUnion(table.singleWords.map(\.0))
            }
            targets.formUnion(lexicon.clockWords.singleWords.map(\.0))
            targets.formUnion(lexicon.dayparts.singleWords.map(\.0))
            targets = targets.filter { $0.utf8.count >= 4 }
            targets.formUnion(roles.singleWords.map(\.0).filter { $0.utf8.count >= 5 })
            targets.formUnion(roles.allWords.filter { $0.utf8.count >= 6 })
            // Verbs of six letters or more that book, change or cancel ("cancle", "resheduel", "postpone").
            let actions: Set<Intent> = [.book, .cancel, .modify]
            targets.formUnion(triggers.singleWords.filter { actions.contains(rules[$0.1].intent) && $0.0.utf8.count >= 6 }.map(\.0))
            repairTargets = RepairTargets(words: targets, vocabulary: vocabulary)
        }
    }

    let tables: Tables
    public var rules: [IntentRule] { tables.rules }
    /// The clock the rules' examples are written for.
    public internal(set) var exampleReference: LocalDateTime?
    /// The holidays of every region, read from the `holiday` and `region` blocks.
    public var holidays: HolidayRules { tables.holidays }
    /// The region whose holiday a name means first ("mother's day" in England is Mothering Sunday).
    public internal(set) var holidayRegion: Int

    /// The desk zone's minutes ahead of UTC at a wall-clock time said in a zone the given minutes ahead of UTC.
    public typealias ZoneOffset = @Sendable (_ said: LocalDateTime, _ saidOffset: Int) -> Int
    /// Set by whoever knows the desk's zone; without it a time said in another zone ("3pm EST") is asked about.
    public var zoneOffset: ZoneOffset?

    /// Reads holiday names as `region` does; false when no region has that id, label or name.
    public mutating func selectRegion(_ name: String) -> Bool {
        guard let index = tables.holidays.region(named: name) else { return false }
        holidayRegion = index
        return true
    }

    /// Reads `*.intent` (rules), `*.words` (lexicon) and `*.roles` (role synonyms) files.
    /// Other keys of role blocks (rates, shifts) are the catalogue's business, not the parser's.
    public init(files: [(name: String, text: String)]) throws(RuleError) {
        var rules: [IntentRule] = []
        var triggers = PhraseTable<Int>()
        var roles = PhraseTable<String>()
        var lexicon = Lexicon()
        var holidays = HolidayRules.Builder()
        for (name, text) in files {
            let file = try RuleFile(name: name, text: text)
            for block in file.blocks {
                switch block.keyword {
                case "rule":
                    rules.append(try IntentRule(block: block, file: name, triggers: &triggers, index: rules.count))
                case "reference":
                    guard let reference = LocalDateTime(iso: block.name) else {
                        throw RuleError(file: name, line: block.line, message: "reference needs a time like 2026-11-30T09:00")
                    }
                    exampleReference = reference
                case "lexicon":
                    try lexicon.read(block, file: name)
                case "role":
                    guard let synonyms = block.first("synonyms") else {
                        throw RuleError(file: name, line: block.line, message: "role \(block.name) has no synonyms line")
                    }
                    for phrase in synonyms.alternatives { roles.add(phrase, block.name) }
                    roles.add(block.name.replacingUnderscores(), block.name)
                case "desk":
                    for entry in block.entries where entry.key == "region" { holidays.readDesk(entry, file: name) }
                case "region", "holiday":
                    try holidays.read(block, file: name)
                default:
                    throw RuleError(file: name, line: block.line, message: "unknown block '\(block.keyword)'")
                }
            }
        }
        guard !rules.isEmpty else { throw RuleError(file: files.first?.name ?? "Intents", line: 1, message: "no rules found") }
        let holidayRules = try holidays.finish()
        for group in holidays.names.indices {
            lexicon.holidays.add(holidays.names[group].words, group)
            lexicon.knownWords.formUnion(holidays.names[group].words)
        }
        lexicon.holidayMeanings = holidays.names.map(\.holidays)
        tables = Tables(rules: rules, triggers: triggers, roles: roles, lexicon: lexicon, holidays: holidayRules)
        holidayRegion = holidayRules.defaultRegion
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}

extension Grammar.Tables {
    /// Whether the token at `k`, if nothing read it, could change what a line asks: a number, a day, a time,
    /// the start of a role, a negation, a correction, a trigger of a rule that acts, or an unknown word close
    /// to the name of a day, month, role or time.
    func couldChangeMeaning(_ tokens: [Token], _ k: Int) -> Bool {
        let token = tokens[k]
        switch token.kind {
        case .number: return true
        case .symbol: return false
        case .word:
            let word = Int(token.word), singular = Int(token.singular)
            if word >= 0 {
                if changesMeaning[word] { return true }
                if startsScope[word], lexicon.negations.match(tokens, at: k) != nil || lexicon.corrections.match(tokens, at: k) != nil { return true }
                if isRoleWord[word], roles.match(tokens, at: k) != nil { return true }
                if isAnyTriggerWord[word] {
                    var acting = false
                    triggers.forEachMatch(tokens, at: k) { _, rule in if !quietIntent[rule] { acting = true } }
                    if acting { return true }
                }
            }
            if singular >= 0, singular != word, isRoleWord[singular], roles.match(tokens, at: k, plural: true) != nil { return true }
            return word < 0 && closedWord(near: token.text) != nil
        }
    }

    /// The word of a closed vocabulary that an unknown word is one slip from (two for words of seven
    /// letters or more), with the same first letter: "wendsday" → "wednesday", "tuseday" → "tuesday".
    func closedWord(near text: String) -> [UInt8]? {
        let word = Array(text.utf8)
        guard word.count >= 4 else { return nil }
        let allowed = word.count >= 7 ? 2 : 1
        for candidate in closedWords where candidate.first == word.first && abs(candidate.count - word.count) <= allowed {
            if EditDistance.between(word, candidate, limit: allowed) <= allowed { return candidate }
        }
        return nil
    }
}
