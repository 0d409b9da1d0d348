import Foundation
import Testing
import VadeskTestSupport

@Suite struct PipeModeTests {
    let clock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

    @Test func bookThenListAsJSON() throws {
        let run = try Run(["--json", "--db", ":memory:"] + clock, text: "need a receptionist Tuesday\nwhat have I booked this week?\n")
        #expect(run.status == 0)
        #expect(run.lines.count == 2)
        let book = try object(run.lines[0])
        #expect(book["intent"] as? String == "book")
        #expect(book["ok"] as? Bool == true)
        #expect(book["needs"] is NSNull)
        #expect(book["error"] is NSNull)
        let booked = try #require((book["bookings"] as? [[String: Any]])?.first)
        #expect(booked["id"] as? Int == 1)
        #expect(booked["role"] as? String == "receptionist")
        #expect(booked["start"] as? String == "2026-12-01T09:00:00+00:00")
        #expect(booked["end"] as? String == "2026-12-01T17:00:00+00:00")
        #expect(booked["status"] as? String == "booked")
        #expect((booked["quote"] as? [String: Any])?["total_minor"] as? Int == 17600)
        #expect((booked["quote"] as? [String: Any])?["currency"] as? String == "GBP")
        let list = try object(run.lines[1])
        #expect(list["intent"] as? String == "list")
        #expect((list["bookings"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])
    }

    @Test func blankAndCommentLinesAreSkippedButHashNumbersAreRequests() throws {
        let run = try Run(["--json", "--db", ":memory:"] + clock, text: "\n# a comment\n   \n#\nneed a PA Friday\n#1 please cancel\n")
        #expect(run.lines.count == 2)
        #expect(try object(run.lines[1])["intent"] as? String == "cancel")
    }

    @Test func textModeHasNoPromptBannerOrColour() throws {
        let run = try Run(
            ["--db", ":memory:"] + clock, text: "need a receptionist Tuesday\n", environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(run.stdout == "Booked #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h), quoted £176.00. Say \"undo\" to take it back.\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func aSecondRunSeesTheFirstRunsBookings() throws {
        let db = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        let first = try Run(["--db", db] + clock, text: "need a receptionist Tuesday\n")
        #expect(first.status == 0)
        let second = try Run(["--json", "--db", db] + clock, text: "show my bookings\n")
        let list = try object(second.lines[0])
        #expect((list["bookings"] as? [[String: Any]])?.first?["role"] as? String == "receptionist")
    }

    @Test func theDatabaseComesFromTheEnvironment() throws {
        let folder = temporaryFolder()
        let run = try Run(clock, text: "need a PA Friday\n", environment: ["XDG_DATA_HOME": folder, "VADESK_DB": ""])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/vadesk/desk.sqlite"))
        let other = folder + "/other.sqlite"
        _ = try Run(clock, text: "need a PA Friday\n", environment: ["VADESK_DB": other])
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func badInputGetsAnErrorAndTheNextLineIsStillAnswered() throws {
        var input = Data("need a receptionist Tuesday\n".utf8)
        input += Data([0x6E, 0x65, 0xFF, 0xFE, 0x0A])  // invalid UTF-8
        input += Data([0x6E, 0x00, 0x65, 0x0A])  // NUL
        input += Data("bell\u{7} here\n".utf8)  // control character
        input += Data(String(repeating: "a", count: 70_000).utf8) + Data([0x0A])  // over 64 KiB
        input += Data("show my bookings\n".utf8)
        let run = try Run(["--json", "--db", ":memory:"] + clock, input: input)
        #expect(run.status == 0)
        #expect(run.lines.count == 6)
        let errors = try run.lines[1...4].map { try object($0)["error"] as? String }
        #expect(errors == ["invalid UTF-8", "NUL byte in line", "control characters in line", "line too long"])
        for line in run.lines[1...4] { #expect(try object(line)["ok"] as? Bool == false) }
        let list = try object(run.lines[5])
        #expect((list["bookings"] as? [[String: Any]])?.count == 1)
    }

    @Test func aQuestionAtTheEndOfInputIsLeftUnanswered() throws {
        let run = try Run(["--json", "--db", ":memory:"] + clock, text: "need a PA")
        #expect(run.status == 0)
        #expect(try object(run.lines[0])["needs"] as? String == "date")
    }

    @Test func aCorruptDatabaseStopsWithAMessageAndIsNotOverwritten() throws {
        let path = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        let junk = Data(repeating: 0x42, count: 8192)
        try junk.write(to: URL(fileURLWithPath: path))
        let run = try Run(["--db", path] + clock, text: "need a PA Friday\n")
        #expect(run.status == 74)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("is not a vadesk database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let run = try Run(["--db", ":memory:", "--tz", "Mars/Olympus"], text: "")
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown time zone 'Mars/Olympus'"))
        let now = try Run(["--db", ":memory:", "--now", "next tuesday"], text: "")
        #expect(now.status == 64)
    }
}

@Suite struct CommandTests {
    @Test func explainJSONHasTheContractFields() throws {
        let run = try Run([
            "explain", "--json", "--now", "2026-11-30T09:00", "--tz", "Europe/London",
            "book an admin assistant tomorrow 2pm for 3 hours"
        ])
        #expect(run.status == 0)
        let json = try object(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(json["intent"] as? String == "book")
        #expect(json["rule"] as? String == "book-request")
        let slots = try #require(json["slots"] as? [String: Any])
        #expect(slots["role"] as? String == "admin_assistant")
        #expect(slots["date"] as? String == "2026-12-01")
        #expect(slots["start"] as? String == "14:00")
        #expect(slots["duration_minutes"] as? Int == 180)
        #expect(slots["booking_id"] is NSNull)
        #expect(slots["end"] is NSNull)
    }

    @Test func explainWithNoTextAnswersEachStdinLineAsTheOneLineFormWould() throws {
        let clock = ["explain", "--json", "--now", "2026-11-30T09:00", "--tz", "Europe/London"]
        let lines = ["need a PA Friday 2-4pm", "zzz on Friday", "cancel #3"]
        let run = try Run(clock, text: lines[0] + "\n\n# a note\n" + lines[1] + "\n" + lines[2] + "\n")
        #expect(run.status == 0)
        #expect(run.lines.count == 3)
        for (line, answer) in zip(lines, run.lines) {
            let single = try Run(clock + [line])
            #expect(answer == single.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(try object(run.lines[0])["input"] as? String == "need a PA Friday 2-4pm")
        #expect((try object(run.lines[1])["slots"] as? [String: Any])?["date"] as? String == "2026-12-04")
        let text = try Run(["explain", "--now", "2026-11-30T09:00", "--tz", "Europe/London"], text: "need a PA Friday\n")
        #expect(text.stdout.contains("date:    2026-12-04"))
    }

    @Test func explainTextWithNoTextIsEachLinesOneLineAnswerInTurn() throws {
        let clock = ["explain", "--now", "2026-11-30T09:00", "--tz", "Europe/London"]
        let lines = ["need a PA Friday 2-4pm", "zzz on Friday", "cancel #3", "need a receptionist tuesday, budget £50"]
        let batch = try Run(clock, text: lines.joined(separator: "\n") + "\n")
        #expect(batch.status == 0)
        // Each answer as `explain TEXT` prints it, with a blank line after it to tell one from the next.
        let singles = try lines.map { try Run(clock + [$0]).stdout }
        #expect(batch.stdout == singles.map { $0 + "\n" }.joined())
        #expect(batch.stdout.components(separatedBy: "input:   ").count == lines.count + 1)
    }

    @Test func explainBatchAnswersAnUnreadableLineInItsPlace() throws {
        var input = Data("need a PA Friday\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 10])
        input.append(Data("need a PA Monday\n".utf8))
        let run = try Run(["explain", "--json", "--now", "2026-11-30T09:00", "--tz", "Europe/London"], input: input)
        #expect(run.lines.count == 3)
        #expect(try object(run.lines[1])["intent"] as? String == "invalid")
        #expect(try object(run.lines[2])["input"] as? String == "need a PA Monday")
        #expect(run.stderr.contains("not valid UTF-8"))
    }

    @Test func explainWithNoMatchSaysUnknown() throws {
        let run = try Run(["explain", "--json", "--now", "2026-11-30T09:00", "--tz", "Europe/London", "zzz", "on", "Friday"])
        let json = try object(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(json["intent"] as? String == "unknown")
        #expect(json["rule"] is NSNull)
        #expect((json["slots"] as? [String: Any])?["date"] as? String == "2026-12-04")
    }

    @Test func ratesJSONCarriesThePricingModel() throws {
        let run = try Run(["rates", "--json"])
        let json = try object(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(json["currency"] as? String == "GBP")
        let roles = try #require(json["roles"] as? [[String: Any]])
        let receptionist = try #require(roles.first { $0["id"] as? String == "receptionist" })
        #expect(receptionist["hourly_minor"] as? Int == 2200)
        #expect(receptionist["minimum_minutes"] as? Int == 120)
    }

    @Test func replayPassesAndFailsWithADiff() throws {
        let folder = temporaryFolder()
        let good = """
            # now: 2026-11-30T09:00
            # tz: Europe/London

            > need a receptionist Tuesday
            Booked #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h), quoted £176.00. Say "undo" to take it back.

            """
        try good.write(toFile: folder + "/good.transcript", atomically: true, encoding: .utf8)
        let pass = try Run(["replay", folder])
        #expect(pass.status == 0)
        #expect(pass.stdout.contains("1 passed, 0 failed"))
        try good.replacingOccurrences(of: "£176.00", with: "£170.00").write(toFile: folder + "/bad.transcript", atomically: true, encoding: .utf8)
        let fail = try Run(["replay", folder])
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("FAIL \(folder)/bad.transcript"))
        #expect(fail.stdout.contains("-Booked #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h), quoted £170.00."))
        #expect(fail.stdout.contains("1 passed, 1 failed"))
        let update = try Run(["replay", "--update", folder + "/bad.transcript"])
        #expect(update.status == 0)
        #expect(try Run(["replay", folder]).status == 0)
    }

    @Test func aMalformedIntentsFolderIsRefusedWithFileAndLine() throws {
        let folder = temporaryFolder()
        try "rule broken\n  intent dance\n  trigger go\n".write(toFile: folder + "/desk.intent", atomically: true, encoding: .utf8)
        let run = try Run(["--intents", folder, "--db", ":memory:"], text: "hello\n")
        #expect(run.status == 78)
        #expect(run.stderr.contains("desk.intent:2: unknown intent 'dance'"))
    }

    @Test func helpTeaches() throws {
        let run = try Run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("need a receptionist Tuesday"))
        #expect(run.stdout.contains("replay"))
        #expect(run.stdout.contains("explain"))
    }
}
