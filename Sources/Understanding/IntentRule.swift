/// The kinds of entity the recognisers find; rules name them in `needs` and `without`.
public enum EntityKind: String, Sendable, CaseIterable {
    case role, date, time, duration, ref, money, count, task

    /// 1 << the kind's place in `allCases`, written out: slots and rules are masked for every line, and
    /// finding the place made a new `allCases` each time.
    var bit: Int {
        switch self {
        case .role: 1 << 0
        case .date: 1 << 1
        case .time: 1 << 2
        case .duration: 1 << 3
        case .ref: 1 << 4
        case .money: 1 << 5
        case .count: 1 << 6
        case .task: 1 << 7
        }
    }

    /// Every kind, made once.
    static let every = allCases

    static func mask(_ kinds: [EntityKind]) -> Int { kinds.reduce(0) { $0 | $1.bit } }
}

/// One `rule` block of an .intent file.
public struct IntentRule: Sendable {
    public struct Example: Sendable {
        public let text: String
        /// slot name → expected value, as written after `->`.
        public let slots: [(String, String)]
        public let line: Int
    }

    public let name: String
    public let intent: Intent
    public let priority: Int
    public let hasTriggers: Bool
    public let needs: [EntityKind]
    public let without: [EntityKind]
    /// At least one of these entities must be present ("actually Wednesday", "start at 10 instead").
    public let anyOf: [EntityKind]
    public let alone: Bool
    /// Every word is a trigger (of any rule), filler, or part of a recognised entity other than a task:
    /// "need someone tomorrow" is a request waiting for its role, "need a new credit card" is not.
    public let bare: Bool
    /// The entity lists as bits of `EntityKind.bit`, for checking a line against every rule quickly.
    let needsMask: Int, withoutMask: Int, anyMask: Int
    public let file: String
    public let line: Int
    public let examples: [Example]
    public let never: [Example]

    init(block: RuleFile.Block, file: String, triggers: inout PhraseTable<Int>, index: Int) throws(RuleError) {
        func fail(_ line: Int, _ message: String) -> RuleError { RuleError(file: file, line: line, message: message) }
        guard !block.name.isEmpty else { throw fail(block.line, "rule needs a name") }
        name = block.name
        self.file = file
        line = block.line
        var intent: Intent?, priority: Int?, needs: [EntityKind] = [], without: [EntityKind] = [], anyOf: [EntityKind] = []
        var alone = false, bare = false, hasTriggers = false
        var examples: [Example] = [], never: [Example] = []
        for entry in block.entries {
            switch entry.key {
            case "intent":
                guard let named = Intent(rawValue: entry.value), Intent.ruleIntents.contains(named) else {
                    let known = Intent.ruleIntents.map(\.rawValue).sorted().joined(separator: ", ")
                    throw fail(entry.line, "unknown intent '\(entry.value)'; known: \(known)")
                }
                intent = named
            case "priority":
                guard let p = Int(entry.value) else { throw fail(entry.line, "priority must be a whole number, not '\(entry.value)'") }
                priority = p
            case "trigger":
                let phrases = entry.alternatives
                guard !phrases.isEmpty else { throw fail(entry.line, "trigger needs at least one phrase") }
                for phrase in phrases { triggers.add(phrase, index) }
                hasTriggers = true
            case "needs", "without", "any":
                var kinds: [EntityKind] = []
                for word in entry.value.split(separator: " ") {
                    guard let kind = EntityKind(rawValue: String(word)) else {
                        throw fail(entry.line, "unknown entity '\(word)'; known: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    kinds.append(kind)
                }
                guard !kinds.isEmpty else { throw fail(entry.line, "\(entry.key) names no entity") }
                switch entry.key {
                case "needs": needs += kinds
                case "without": without += kinds
                default: anyOf += kinds
                }
            case "alone":
                guard entry.value.isEmpty else { throw fail(entry.line, "alone takes no value") }
                alone = true
            case "bare":
                guard entry.value.isEmpty else { throw fail(entry.line, "bare takes no value") }
                bare = true
            case "example": examples.append(try IntentRule.example(entry, file: file))
            case "never": never.append(try IntentRule.example(entry, file: file))
            default:
                throw fail(entry.line, "unknown key '\(entry.key)' in rule \(block.name)")
            }
        }
        guard let intent else { throw fail(block.line, "rule \(block.name) has no intent") }
        guard hasTriggers || !needs.isEmpty || !anyOf.isEmpty else { throw fail(block.line, "rule \(block.name) needs a trigger or a needs line") }
        self.intent = intent
        self.priority = priority ?? 0
        self.needs = needs
        self.without = without
        self.anyOf = anyOf
        needsMask = EntityKind.mask(needs)
        withoutMask = EntityKind.mask(without)
        anyMask = EntityKind.mask(anyOf)
        self.alone = alone
        self.bare = bare
        self.hasTriggers = hasTriggers
        self.examples = examples
        self.never = never
    }

    /// `"need a receptionist Tuesday" -> role=receptionist date=2026-12-01`
    /// Read by its UTF-8 bytes (quotes, spaces, `->` and `=` are ASCII): every example is read at start-up.
    static func example(_ entry: RuleFile.Entry, file: String) throws(RuleError) -> Example {
        func fail(_ message: String) -> RuleError { RuleError(file: file, line: entry.line, message: message) }
        let bytes = Array(entry.value.utf8)
        let quote = UInt8(ascii: "\""), space = UInt8(ascii: " "), equals = UInt8(ascii: "=")
        guard bytes.first == quote, let close = bytes[1...].firstIndex(of: quote) else {
            throw fail("\(entry.key) needs a line in double quotes")
        }
        let text = String(decoding: bytes[1..<close], as: UTF8.self)
        var from = close + 1, to = bytes.count
        while from < to && RuleFile.isSpace(bytes[from]) { from += 1 }
        while to > from && RuleFile.isSpace(bytes[to - 1]) { to -= 1 }
        var slots: [(String, String)] = []
        if from < to {
            guard to - from >= 2, bytes[from] == UInt8(ascii: "-"), bytes[from + 1] == UInt8(ascii: ">") else {
                throw fail("expected '->' and slots after the quoted line")
            }
            for pair in bytes[(from + 2)..<to].split(separator: space) {
                let name = pair.prefix { $0 != equals }
                let value = pair[(name.endIndex == pair.endIndex ? name.endIndex : name.endIndex + 1)...]
                guard !name.isEmpty, !value.isEmpty else {
                    throw fail("slot '\(String(decoding: pair, as: UTF8.self))' should be name=value")
                }
                slots.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
            }
        }
        return Example(text: text, slots: slots, line: entry.line)
    }
}
