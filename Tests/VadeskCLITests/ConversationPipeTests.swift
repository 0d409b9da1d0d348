import DeskKit
import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// The conversations in Transcripts/3x-* give the same replies and the same bookings through
/// pipe mode as in the desk the REPL drives.
@Suite struct ConversationPipeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Transcripts").path
    static let conversations = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasPrefix("3") && $0.hasSuffix(".transcript") }.sorted()

    @Test func thereAreConversationTranscripts() {
        #expect(Self.conversations.count >= 4)
    }

    @Test(arguments: conversations)
    func pipeModeMatchesTheTranscriptAndTheDesk(_ name: String) throws {
        let transcript = Transcript(text: try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8))
        let now = try #require(transcript.now), zone = try #require(transcript.timeZone)
        let clock = ["--db", ":memory:", "--now", now.description, "--tz", zone]
        let inputs = transcript.turns.map(\.input)

        let text = try Run(clock, text: inputs.joined(separator: "\n") + "\n")
        #expect(text.status == 0)
        #expect(text.stdout == transcript.turns.map { $0.reply + "\n" }.joined(), "\(name)")

        // The bookings as they stand at the end, through pipe mode and through the desk in process.
        let json = try Run(["--json"] + clock, text: (inputs + ["show my bookings"]).joined(separator: "\n") + "\n")
        let piped = try #require(json.lines.last)
        let time = DeskTime(zone: try #require(TimeZone(identifier: zone)))
        let desk = try Desk(store: SQLiteDeskStore(path: nil), clock: FixedClock(time.instant(now)), time: time)
        for input in inputs { _ = desk.respond(to: input) }
        let list = desk.respond(to: "show my bookings")
        let expected = ReplyJSON(time: desk.time, catalogue: desk.catalogue).json(list)
        #expect(piped == expected)
    }

    @Test func atTheEndOfInputAConfirmationCommitsNothingUnlessYes() throws {
        let db = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        let clock = ["--db", db, "--now", "2026-11-30T09:00", "--tz", "Europe/London"]
        let asked = try Run(["--json"] + clock, text: "need a receptionist tomorrow 3am to 11am\n")
        #expect(asked.status == 0)
        #expect(asked.lines.count == 1)
        #expect(try object(asked.lines[0])["needs"] as? String == "confirmation")
        #expect(asked.stderr.contains("nothing was committed"))
        let none = try Run(["--json"] + clock, text: "show my bookings\n")
        #expect((try object(none.lines[0])["bookings"] as? [Any])?.isEmpty == true)

        let accepted = try Run(["--json", "--yes"] + clock, text: "need a receptionist tomorrow 3am to 11am\n")
        #expect(accepted.lines.count == 2)
        let yes = try object(accepted.lines[1])
        #expect(yes["input"] as? String == "--yes")
        let booked = try #require((yes["bookings"] as? [[String: Any]])?.first)
        #expect(booked["start"] as? String == "2026-12-01T03:00:00+00:00")
        #expect(accepted.stderr.isEmpty)
    }
}

/// The REPL itself, on a pseudo-terminal made by util-linux `script`: the conversations give the
/// same replies as the transcripts (and so as pipe mode), and the session `/save` writes replays.
@Suite struct REPLSessionTests {
    static let script = "/usr/bin/script"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)), arguments: ConversationPipeTests.conversations)
    func theREPLSavesASessionThatReplays(_ name: String) throws {
        let transcript = Transcript(text: try String(contentsOfFile: ConversationPipeTests.folder + "/" + name, encoding: .utf8))
        let now = try #require(transcript.now), zone = try #require(transcript.timeZone)
        let folder = temporaryFolder()
        let saved = folder + "/saved.transcript"
        let command = "\(Run.binary) --db :memory: --now \(now) --tz \(zone)"
        let typed = transcript.turns.map(\.input) + ["/save \(saved)", "quit"]
        let run = try Run(
            ["-qec", command, "/dev/null"], executable: Self.script, text: typed.joined(separator: "\n") + "\n",
            environment: ["VADESK_HISTORY": folder + "/history", "TERM": "dumb"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Saved \(transcript.turns.count) exchanges to \(saved)"))

        let session = Transcript(text: try String(contentsOfFile: saved, encoding: .utf8))
        #expect(session.now == now)
        #expect(session.timeZone == zone)
        #expect(session.turns == transcript.turns, "\(name): the REPL answered differently")
        let replay = try Run(["replay", saved])
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.stdout.hasSuffix("1 passed, 0 failed\n"))
    }
}
