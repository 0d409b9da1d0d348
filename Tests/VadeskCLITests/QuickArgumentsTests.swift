import ArgumentParser
import Testing

@testable import vadesk

/// The hand-read start must read exactly what ArgumentParser reads, and leave everything else to it.
@Suite struct QuickArgumentsTests {
    /// Command lines the quick path takes: each must give the chat command ArgumentParser gives.
    static let accepted: [[String]] = [
        [],
        ["--json"],
        ["chat"],
        ["chat", "--json", "--yes"],
        ["--db", "/tmp/desk.sqlite"],
        ["--db=/tmp/desk.sqlite", "--json"],
        ["--db", ":memory:", "--now", "2026-11-30T09:00", "--tz", "Europe/London"],
        ["--json", "--db", "desk.sqlite", "--yes", "--region", "scotland"],
        ["--intents", "rules", "--now=2026-11-30T09:00", "--tz=America/New_York"],
        ["--db", "postgres://desk@localhost:5432/desk?sslmode=disable"],
        ["--now", "not a time", "--tz", "Nowhere/Else"],
        ["--region", "us", "--intents=./Intents", "--db", "a=b.sqlite"]
    ]

    /// Command lines the quick path leaves to ArgumentParser (help, other commands, repeats, odd values).
    static let declined: [[String]] = [
        ["--help"], ["-h"], ["help"], ["--version"], ["week"], ["explain", "--json", "hello"],
        ["--json", "--json"], ["--db", "a", "--db", "b"], ["--db"], ["--db", "--json"], ["--db", ""],
        ["--db", "week"], ["--db", "help"], ["--db", "-x"], ["--verbose"], ["-j"], ["--json", "chat"],
        ["--generate-completion-script", "bash"], ["--", "--json"], ["stray"], ["--json=true"],
        ["chat", "chat"], ["--experimental-dump-help"]
    ]

    @Test(arguments: accepted) func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let quick = try #require(QuickArguments.chat(arguments), "\(arguments) should be read by hand")
        let parsed = try #require(try Vadesk.parseAsRoot(arguments) as? Chat, "\(arguments) is not the chat command")
        #expect(quick.settings.db == parsed.options.db)
        #expect(quick.settings.now == parsed.options.now)
        #expect(quick.settings.tz == parsed.options.tz)
        #expect(quick.settings.intents == parsed.options.intents)
        #expect(quick.settings.region == parsed.options.region)
        #expect(quick.json == parsed.json)
        #expect(quick.yes == parsed.yes)
    }

    @Test func knowsEveryCommandsName() {
        #expect(QuickArguments.commandNames == Vadesk.configuration.subcommands.map { $0._commandName })
    }

    @Test(arguments: declined) func leavesTheRestToArgumentParser(_ arguments: [String]) {
        #expect(QuickArguments.chat(arguments) == nil, "\(arguments) should go to ArgumentParser")
    }
}
