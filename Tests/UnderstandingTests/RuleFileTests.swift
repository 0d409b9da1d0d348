import DeskKit
import Testing

@testable import Understanding

@Suite struct RuleFileTests {
    func error(_ text: String, name: String = "broken.intent") -> RuleError? {
        do {
            _ = try Grammar(files: IntentFiles.builtIn.filter { !$0.name.hasSuffix(".intent") } + [(name, text)])
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownIntentNamesFileAndLine() {
        let e = error("rule x\n  intent    fly\n  trigger   go\n")
        #expect(e?.file == "broken.intent")
        #expect(e?.line == 2)
        #expect(e?.description.hasPrefix("broken.intent:2: unknown intent 'fly'") == true)
    }

    /// `unknown` and `invalid` are what a reply says when no rule applies; a rule can't claim them.
    @Test(arguments: ["unknown", "invalid"])
    func aReplyOnlyIntentIsRefusedInARule(_ name: String) {
        let e = error("rule x\n  intent    \(name)\n  trigger   go\n")
        #expect(e?.line == 2)
        #expect(e?.message.hasPrefix("unknown intent '\(name)'") == true)
    }

    /// Every intent a rule may name is one the engine's exhaustive dispatch handles, and the names are the files'.
    @Test func theRuleIntentsAreTheEnumsNames() {
        #expect(Intent.ruleIntents.count == Intent.allCases.count - 2)
        #expect(Intent.outOfScope.rawValue == "out_of_scope")
        let named = Set(RuleExampleTests.grammar.rules.map(\.intent))
        #expect(named.isSubset(of: Set(Intent.ruleIntents)))
        #expect(named.contains(.book) && named.contains(.outOfScope))
    }

    @Test func unknownKeyNamesItsLine() {
        let e = error("# comment\n\nrule x\n  intent book\n  trigger need\n  colour blue\n")
        #expect(e?.line == 6)
        #expect(e?.message.contains("unknown key 'colour'") == true)
    }

    @Test func indentedLineBeforeAnyBlock() {
        #expect(error("  trigger need\n")?.line == 1)
    }

    @Test func badPriorityAndEntity() {
        #expect(error("rule x\n  intent book\n  priority high\n  trigger need\n")?.line == 3)
        #expect(error("rule x\n  intent book\n  needs role colour\n")?.message.contains("unknown entity 'colour'") == true)
    }

    @Test func ruleWithoutTriggerOrNeeds() {
        #expect(error("rule x\n  intent book\n")?.message == "rule x needs a trigger or a needs line")
    }

    @Test func malformedExample() {
        #expect(error("rule x\n  intent book\n  trigger need\n  example need a PA\n")?.line == 4)
        #expect(error("rule x\n  intent book\n  trigger need\n  example \"need a PA\" => role=pa\n")?.line == 4)
    }

    @Test func badLexiconLine() {
        let files = IntentFiles.builtIn.map { file -> (name: String, text: String) in
            file.name.hasSuffix(".words")
                ? (file.name, file.text.replacingOccurrences(of: "weekday    7 = sunday", with: "weekday    9 = sunday")) : file
        }
        do {
            _ = try Grammar(files: files)
            Issue.record("a weekday 9 was accepted")
        } catch {
            #expect(error.file == "language.words")
            #expect(error.message.contains("weekday runs from 1"))
            let line =
                files.first { $0.name == "language.words" }!.text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("weekday    9") }! + 1
            #expect(error.line == line)
        }
    }

    @Test func badCatalogueRate() {
        let files = IntentFiles.builtIn.map { file -> (name: String, text: String) in
            file.name.hasSuffix(".roles") ? (file.name, file.text.replacingOccurrences(of: "rate      22.00", with: "rate      22.5.0")) : file
        }
        do {
            _ = try Catalogue(files: files)
            Issue.record("a bad rate was accepted")
        } catch {
            #expect(error.file == "catalogue.roles")
            #expect(error.message.contains("rate is a price"))
        }
    }

    @Test func hashBeforeDigitIsNotAComment() throws {
        let file = try RuleFile(name: "t", text: "rule x\n  example \"cancel #2\" -> ref=2  # trailing comment\n")
        #expect(file.blocks[0].entries[0].value == "\"cancel #2\" -> ref=2")
    }
}

@Suite struct CompiledTablesTests {
    /// A table left out of `Lexicon.compile` would match nothing, silently; this names it.
    @Test func everyLexiconTableIsCompiled() {
        let tables = Phrasing.grammar.tables
        var checked = 0
        for child in Mirror(reflecting: tables.lexicon).children {
            guard let table = child.value as? CompiledTable else { continue }
            checked += 1
            #expect(table.isReady, "lexicon table \(child.label ?? "?") was not compiled")
        }
        #expect(checked >= 40)
        #expect(tables.triggers.isReady && tables.roles.isReady)
    }
}
