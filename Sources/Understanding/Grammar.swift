/// Everything the parser knows, built once from the text of the Intents/ files.
public struct Grammar: Sendable {
    /// The parser's tables, shared by reference: a parse holds one pointer, not a copy of every table.
    final class Tables: Sendable {
        let rules: [IntentRule]
        let triggers: PhraseTable<Int>
        let roles: PhraseTable<String>
        let lexicon: Lexicon
        /// One-word role synonyms of five letters or more, for misspellings.
        let fuzzyRoles: [(word: [UInt8], role: String)]
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

        init(rules: [IntentRule], triggers: PhraseTable<Int>, roles: PhraseTable<String>, lexicon: Lexicon) {
            var vocabulary = Vocabulary()
            let triggerWords = triggers.allWords
            vocabulary.insert(contentsOf: lexicon.knownWords.union(triggerWords).union(roles.allWords).union(lexicon.filler).sorted())
            let monthOrDeadline = lexicon.months.firstWords + Scan.relativeMonthWords + Scan.deadlineStarts
            vocabulary.insert(contentsOf: monthOrDeadline)
            var triggers = triggers, roles = roles, lexicon = lexicon
            triggers.compile(vocabulary)
            roles.compile(vocabulary)
            lexicon.compile(vocabulary)
            self.rules = rules
            self.triggers = triggers
            self.roles = roles
            self.lexicon = lexicon
            self.vocabulary = vocabulary
            fuzzyRoles = roles.singleWords.filter { $0.0.utf8.count >= 5 }.map { (Array($0.0.utf8), $0.1) }
            isFiller = vocabulary.flags(lexicon.filler)
            isTriggerWord = vocabulary.flags(triggers.words { rules[$0].intent == "book" })
            isAnyTriggerWord = vocabulary.flags(triggerWords)
            startsDate = vocabulary.flags(lexicon.dateStarts)
            startsWindow = vocabulary.flags(lexicon.windowStarts)
            startsBound = vocabulary.flags(lexicon.inWords.firstWords + lexicon.weeks.firstWords + lexicon.untilWords.firstWords
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
        }
    }

    let tables: Tables
    public var rules: [IntentRule] { tables.rules }
    /// The clock the rules' examples are written for.
    public private(set) var exampleReference: LocalDateTime?

    /// Reads `*.intent` (rules), `*.words` (lexicon) and `*.roles` (role synonyms) files.
    /// Other keys of role blocks (rates, shifts) are the catalogue's business, not the parser's.
    public init(files: [(name: String, text: String)]) throws(RuleError) {
        var rules: [IntentRule] = []
        var triggers = PhraseTable<Int>()
        var roles = PhraseTable<String>()
        var lexicon = Lexicon()
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
                    continue
                default:
                    throw RuleError(file: name, line: block.line, message: "unknown block '\(block.keyword)'")
                }
            }
        }
        guard !rules.isEmpty else { throw RuleError(file: files.first?.name ?? "Intents", line: 1, message: "no rules found") }
        tables = Tables(rules: rules, triggers: triggers, roles: roles, lexicon: lexicon)
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
