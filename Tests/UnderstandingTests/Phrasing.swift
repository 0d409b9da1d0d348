import DeskKit
import Foundation
import Testing

@testable import Understanding

/// Table-driven phrasings: a line and what it must give, all read at Monday 30 November 2026, 09:00.
///
/// The expectation is `"intent key=value …"`; a value may hold spaces up to the next `key=`, and `-`
/// means the slot must be empty. Slot names are those of `SlotText`.
enum Phrasing {
    static let grammar = try! Grammar(files: IntentFiles.builtIn)
    static let now = LocalDateTime(iso: "2026-11-30T09:00")!

    static func check(
        _ line: String, _ expected: String, now: LocalDateTime = Phrasing.now,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let parse = grammar.parse(line, now: now)
        var parts = expected.split(separator: " ", maxSplits: 1).map(String.init)
        #expect(
            parse.intent.rawValue == parts[0], "\"\(line)\" read as \(parse.intent) by \(parse.rule ?? "no rule")",
            sourceLocation: sourceLocation)
        guard parts.count == 2 else { return }
        let text = parts.removeLast()
        var pairs: [(String, String)] = []
        for word in text.split(separator: " ") {
            if let eq = word.firstIndex(of: "="), word[..<eq].allSatisfy({ $0.isLetter }) {
                pairs.append((String(word[..<eq]), String(word[word.index(after: eq)...])))
            } else if !pairs.isEmpty {
                pairs[pairs.count - 1].1 += " " + word
            }
        }
        for (slot, value) in pairs {
            let actual = SlotText.value(of: slot, in: parse.slots)
            #expect(actual == (value == "-" ? nil : value), "\"\(line)\": \(slot)", sourceLocation: sourceLocation)
        }
    }
}

/// The built-in Intents/ files with one piece of text changed, for testing settings.
enum IntentFilesForTests {
    static func replacing(_ old: String, with new: String) -> [(name: String, text: String)] {
        IntentFiles.builtIn.map { file in
            (file.name, file.text.replacingOccurrences(of: old, with: new))
        }
    }
}
