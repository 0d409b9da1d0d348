/// Everything the parser knows, built once from the text of the Intents/ files.
public struct Grammar: Sendable {
    public private(set) var rules: [IntentRule] = []
    var triggers = PhraseTable<Int>()
    var roles = PhraseTable<String>()
    var lexicon = Lexicon()
    /// One-word role synonyms of five letters or more, for misspellings.
    var fuzzyRoles: [(word: [UInt8], role: String)] = []
    var knownWords = Set<String>()
    /// Words of trigger phrases: "need a PA to book travel" is a task, "need a PA to cover" is not.
    var triggerWords = Set<String>()
    /// The clock the rules' examples are written for.
    public private(set) var exampleReference: LocalDateTime?

    /// Reads `*.intent` (rules), `*.words` (lexicon) and `*.roles` (role synonyms) files.
    /// Other keys of role blocks (rates, shifts) are the catalogue's business, not the parser's.
    public init(files: [(name: String, text: String)]) throws(RuleError) {
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
        triggerWords = triggers.allWords
        knownWords = lexicon.knownWords.union(triggers.allWords).union(roles.allWords).union(lexicon.filler)
        fuzzyRoles = roles.singleWords.filter { $0.0.utf8.count >= 5 }.map { (Array($0.0.utf8), $0.1) }
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
