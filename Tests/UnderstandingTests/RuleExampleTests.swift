import DeskKit
import Testing

@testable import Understanding

/// The `example` and `never` lines inside Intents/ are a corpus: every one is checked here.
@Suite struct RuleExampleTests {
    static let grammar = try! Grammar(files: IntentFiles.builtIn)

    static var examples: [(rule: String, example: IntentRule.Example, intent: Intent)] {
        grammar.rules.flatMap { rule in rule.examples.map { (rule.name, $0, rule.intent) } }
    }

    static var nevers: [(rule: String, example: IntentRule.Example)] {
        grammar.rules.flatMap { rule in rule.never.map { (rule.name, $0) } }
    }

    @Test func theRulesHaveExamples() {
        #expect(Self.examples.count >= 20)
        #expect(Self.grammar.exampleReference == LocalDateTime(iso: "2026-11-30T09:00"))
    }

    @Test(arguments: examples.map { "\($0.rule)|\($0.example.text)" })
    func exampleMatchesItsRule(_ key: String) throws {
        let (rule, example, intent) = try #require(Self.examples.first { "\($0.rule)|\($0.example.text)" == key })
        let reference = try #require(Self.grammar.exampleReference)
        let parse = Self.grammar.parse(example.text, now: reference)
        #expect(parse.rule == rule, "\"\(example.text)\" (line \(example.line)) matched \(parse.rule ?? "no rule")")
        #expect(parse.intent == intent)
        for (slot, expected) in example.slots {
            #expect(SlotText.value(of: slot, in: parse.slots) == expected, "\"\(example.text)\": \(slot)")
        }
    }

    @Test(arguments: nevers.map { "\($0.rule)|\($0.example.text)" })
    func neverLineDoesNotMatchItsRule(_ key: String) throws {
        let (rule, example) = try #require(Self.nevers.first { "\($0.rule)|\($0.example.text)" == key })
        let parse = Self.grammar.parse(example.text, now: try #require(Self.grammar.exampleReference))
        #expect(parse.rule != rule, "\"\(example.text)\" must not match \(rule)")
    }
}

/// Slot values written the way examples and tables write them.
enum SlotText {
    static func value(of slot: String, in s: Slots) -> String? {
        switch slot {
        case "role": return s.role
        case "date": return s.date?.description
        case "start": return s.start.map(Clock24.format)
        case "end": return s.end.map { $0 == 1440 ? "24:00" : Clock24.format($0) }
        case "duration": return s.durationMinutes.map(String.init)
        // A change by an amount: signed minutes and the end it moves, "120/end", "60/both", "-30/start".
        case "delta": return s.delta.map { "\($0.minutes)/\($0.anchor)" }
        case "ref": return s.bookingId.map(String.init)
        case "count": return s.count.map(String.init)
        case "money": return s.moneyMinor.map(String.init)
        case "currency": return s.moneyCurrency
        case "task": return s.task
        case "alldday", "allday": return s.allDay ? "yes" : "no"
        case "days": return String(s.dateSpanDays)
        case "alternative": return s.alternativeDate?.description
        case "month": return s.month.map { "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)" }
        case "deadline": return s.deadline ? "yes" : "no"
        case "occurrences": return s.occurrences.isEmpty ? nil : String(s.occurrences.count)
        case "first": return s.occurrences.first?.description
        case "last": return s.occurrences.last?.description
        case "dates": return s.occurrences.isEmpty ? nil : s.occurrences.map(\.description).joined(separator: ",")
        case "refers": return s.refersToPrevious ? "yes" : "no"
        case "group": return s.group.map(String.init)
        case "cap": return s.moneyIsCap ? "yes" : "no"
        case "problem": return s.dateProblem
        case "lengthproblem": return s.durationProblem
        case "status": return s.status
        default: return "unknown slot \(slot)"
        }
    }
}
