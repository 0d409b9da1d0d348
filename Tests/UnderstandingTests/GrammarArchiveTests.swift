import DeskKit
import Foundation
import Testing

@testable import Understanding

/// The grammar the binary carries prebuilt must be the one the text of Intents/ builds: same tables, same parses.
@Suite struct GrammarArchiveTests {
    static let fromText = Phrasing.grammar
    static let prebuilt = IntentFiles.builtInGrammar

    /// The word sets a lexicon only builds its grammar's tables from; an archived lexicon leaves them empty.
    static let buildingOnly: Set<String> = ["filler", "meaningful", "commonWords", "knownWords", "taskStops"]

    @Test func everyTableMatchesTheTextBuiltOne() {
        let text = Self.fromText.tables, archived = Self.prebuilt.tables
        let textChildren = Array(Mirror(reflecting: text.lexicon).children)
        let archivedChildren = Array(Mirror(reflecting: archived.lexicon).children)
        #expect(textChildren.count == archivedChildren.count)
        var tables = 0
        for (a, b) in zip(textChildren, archivedChildren) {
            #expect(a.label == b.label)
            let label = a.label ?? "?"
            if let ta = a.value as? CompiledTable, let tb = b.value as? CompiledTable {
                tables += 1
                #expect(ta.listing == tb.listing, "lexicon table \(label) differs")
                #expect(!ta.listing.isEmpty || label == "holidays", "lexicon table \(label) is empty")
            } else if let sa = a.value as? Set<String>, let sb = b.value as? Set<String>, !Self.buildingOnly.contains(label) {
                #expect(sa == sb, "lexicon \(label) differs")
            } else if Self.buildingOnly.contains(label) {
                #expect(String(describing: b.value) == "[]" || String(describing: b.value) == "Set([])", "\(label)")
            } else {
                #expect(String(describing: a.value) == String(describing: b.value), "lexicon \(label) differs")
            }
        }
        #expect(tables >= 80)
        #expect(text.triggers.listing == archived.triggers.listing)
        #expect(text.roles.listing == archived.roles.listing)
        // Every flag table, the vocabulary's words, the rules with their examples, the holidays, the repair targets.
        let textTables = Array(Mirror(reflecting: text).children), archivedTables = Array(Mirror(reflecting: archived).children)
        #expect(textTables.count == archivedTables.count)
        for (a, b) in zip(textTables, archivedTables) where !["lexicon", "triggers", "roles", "vocabulary", "holidays"].contains(a.label ?? "") {
            #expect(dumped(a.value) == dumped(b.value), "tables.\(a.label ?? "?") differs")
        }
        #expect(dumped(text.holidays.regions) == dumped(archived.holidays.regions))
        #expect(text.holidays.defaultRegion == archived.holidays.defaultRegion)
        #expect(text.holidays.holidays.count == archived.holidays.holidays.count)
        for (a, b) in zip(text.holidays.holidays, archived.holidays.holidays) {
            // A dictionary's order is its own; the days moved are compared in year order.
            #expect(
                dumped((a.id, a.label, a.names, a.rule, a.until, a.observe, a.fromYear, a.untilYear, a.everyYears, a.publicIn, a.observedIn))
                    == dumped((b.id, b.label, b.names, b.rule, b.until, b.observe, b.fromYear, b.untilYear, b.everyYears, b.publicIn, b.observedIn)),
                "holiday \(a.id) differs")
            #expect(a.moved == b.moved, "holiday \(a.id) moves differently")
        }
        #expect(
            (0..<text.vocabulary.count).map { text.vocabulary.word(Int32($0)) }
                == (0..<archived.vocabulary.count).map { archived.vocabulary.word(Int32($0)) })
        #expect(Self.fromText.exampleReference == Self.prebuilt.exampleReference)
        #expect(Self.fromText.holidayRegion == Self.prebuilt.holidayRegion)
    }

    @Test func writingTheArchiveAgainGivesTheSameBytes() {
        #expect(Self.prebuilt.archived() == Self.fromText.archived())
    }

    @Test func manyPhrasingsParseAlike() {
        let lines = Self.phrasings()
        #expect(lines.count > 5_000)
        var differing: [String] = []
        for line in lines {
            for now in [Phrasing.now, LocalDateTime(iso: "2027-03-31T18:45")!] {
                if dumped(Self.fromText.parse(line, now: now)) != dumped(Self.prebuilt.parse(line, now: now)) { differing.append(line) }
            }
        }
        #expect(differing.isEmpty, "parsed differently: \(differing.prefix(10))")
    }

    /// Rule examples and counter-examples, the transcripts' lines, every known word alone and in a request,
    /// requests put together from roles, days and times, and misspelt words.
    static func phrasings() -> [String] {
        var lines: [String] = []
        for rule in fromText.rules { lines += (rule.examples + rule.never).map(\.text) }
        let transcripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Transcripts")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: transcripts.path)) ?? [] where name.hasSuffix(".transcript") {
            let text = (try? String(contentsOf: transcripts.appendingPathComponent(name), encoding: .utf8)) ?? ""
            lines += text.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        }
        let vocabulary = fromText.tables.vocabulary
        for id in 0..<vocabulary.count {
            let word = vocabulary.word(Int32(id))
            lines.append(word)
            lines.append("need a receptionist \(word) at 10")
        }
        let roles = ["receptionist", "PA", "admin assistant", "IT support", "packer", "customer service agent"]
        let days = ["tomorrow", "next friday", "on the 3rd", "christmas eve", "every monday until march", "in two weeks", "14/12"]
        let times = ["9am", "from 2 to 5pm", "for 3 hours", "all day", "half past ten", "noon for 90 minutes"]
        for role in roles {
            for day in days {
                for time in times {
                    lines.append("need a \(role) \(day) \(time)")
                    lines.append("how much is a \(role) \(time) \(day)?")
                    lines.append("move the \(role) booking to \(day) \(time)")
                }
            }
        }
        // One letter dropped from each long word of the examples: misspelling repair reads many of them.
        for rule in fromText.rules {
            for example in rule.examples {
                let words = example.text.split(separator: " ").map(String.init)
                for (k, word) in words.enumerated() where word.count >= 6 {
                    var typed = words
                    typed[k] = String(word.prefix(2) + word.dropFirst(3))
                    lines.append(typed.joined(separator: " "))
                }
            }
        }
        return lines
    }
}

private func dumped<T>(_ value: T) -> String {
    var text = ""
    dump(value, to: &text)
    return text
}
