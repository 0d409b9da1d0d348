import Foundation
import Testing
import VadeskTestSupport

/// Pipe mode says where it stopped, and echoes what it refused without repeating it whole.
@Suite struct PipeClarityTests {
    let clock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

    @Test func quitSaysWhereItStoppedAndThatTheRestWasNotRead() throws {
        let run = try Run(["--db", ":memory:"] + clock, text: "need a PA Friday\n# a note\n\nquit\nneed a receptionist Tuesday\n")
        #expect(run.status == 0)
        #expect(run.lines.count == 2)
        #expect(run.lines.last == "Goodbye.")
        #expect(run.stderr == "vadesk: stopped at line 4 (\"quit\"), as asked; the rest of the input was not read\n")
    }

    @Test func anOverLongLineIsEchoedTruncatedWithAMarker() throws {
        var input = Data("need a PA ".utf8) + Data(String(repeating: "é", count: 40_000).utf8) + Data([10])
        input += Data("need a PA ".utf8) + Data(String(repeating: "x", count: 300_000).utf8) + Data([10])
        let run = try Run(["--json", "--db", ":memory:"] + clock, input: input)
        #expect(run.lines.count == 2)
        let first = try object(run.lines[0])
        #expect(first["error"] as? String == "line too long")
        #expect(first["input"] as? String == "need a PA " + String(repeating: "é", count: 35) + "… [truncated: 80010 bytes]")
        let second = try object(run.lines[1])
        #expect(second["input"] as? String == "need a PA " + String(repeating: "x", count: 70) + "… [truncated: 300010 bytes]")
    }

    @Test func hiddenCharactersAreShownEscapedInTextReplies() throws {
        let run = try Run(["--db", ":memory:"] + clock, text: "need a PA Friday to chase \u{202E}seciovni\nshow my bookings\n")
        #expect(run.lines[0].contains("task: chase <U+202E>seciovni,"))
        #expect(run.lines[2].hasSuffix("task: chase <U+202E>seciovni"))
        #expect(!run.stdout.contains("\u{202E}"))
    }

    @Test func aTranscriptWhoseClockMovesBackIsRefusedWithItsLine() throws {
        let file = temporaryFolder() + "/back.transcript"
        try """
        # now: 2026-11-30T09:00
        # tz: Europe/London

        > need a PA Friday
        Booked #1: personal assistant, Fri 4 Dec, 09:00-17:00 (8 h), quoted £224.00. Say "undo" to take it back.

        > # now: 2026-11-29T09:00
        (the desk's clock is now Sun 29 Nov, 09:00)

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try Run(["replay", file])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "FAIL \(file): line 7: '# now: 2026-11-29T09:00' moves the desk's clock back from 2026-11-30T09:00; a transcript's clock can only move forward"
            ))
    }
}

@Suite struct DuplicatePipeTests {
    let clock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

    @Test func aDuplicateNeedsConfirmationInJSONAndYesAcceptsIt() throws {
        let lines = "need a receptionist Tuesday\nneed a receptionist Tuesday\n"
        let asked = try Run(["--json", "--db", ":memory:"] + clock, text: lines)
        #expect(asked.lines.count == 2)
        let question = try object(asked.lines[1])
        #expect(question["needs"] as? String == "confirmation")
        #expect(question["reply"] as? String == "You already have #1: receptionist, Tue 1 Dec, 09:00-17:00. Book another? (yes/no)")
        #expect((question["bookings"] as? [Any])?.isEmpty == true)
        let accepted = try Run(["--json", "--yes", "--db", ":memory:"] + clock, text: lines)
        #expect(accepted.lines.count == 3)
        let booked = try object(accepted.lines[2])
        #expect(booked["input"] as? String == "--yes")
        #expect((booked["bookings"] as? [[String: Any]])?.first?["id"] as? Int == 2)
    }
}

@Suite struct BudgetBarTerminalTests {
    let clock = ["--now", "2026-12-01T09:00", "--tz", "Europe/London"]
    let lines = "set my monthly budget to £800\nneed a receptionist Thursday\nam I on budget?\n"

    @Test func aTerminalGetsTheBarAndAPipeTheNumbersOnly() throws {
        let desk = try Terminal(["--db", ":memory:"] + clock)
        #expect(desk.waitFor("desk> "))
        for line in lines.split(separator: "\n") {
            let mark = desk.screen.count
            desk.type(line + "\r")
            #expect(desk.waitFor("desk> ", after: mark + line.count + 8))
        }
        #expect(desk.screen.contains("] spent £0.00, booked £176.00, left £624.00"))
        #expect(desk.screen.contains("[▒▒▒▒▒▒▒▒░░░░"))
        #expect(desk.finish() == 0)
        let piped = try Run(["--db", ":memory:"] + clock, text: lines)
        #expect(piped.lines.count == 3)
        #expect(!piped.stdout.contains("▒"))
        #expect(piped.lines[2].contains("£176.00 booked and not yet done"))
        let json = try object(try Run(["--json", "--db", ":memory:"] + clock, text: lines).lines[2])
        let spend = try #require(json["spend"] as? [String: Any])
        #expect(spend["budget_minor"] as? Int == 80_000)
        #expect(spend["booked_minor"] as? Int == 17_600)
        #expect(spend["left_minor"] as? Int == 62_400)
        #expect(spend["month"] as? String == "2026-12")
    }
}
