import DeskKit
import DeskStorePostgres
import DeskStoreSQLite
import Foundation
import Testing
import VadeskTestSupport

/// Every transcript under Transcripts/ replays exactly.
@Suite struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Transcripts").path
    static let runner = try! TranscriptRunner(makeStore: { try SQLiteDeskStore(path: nil) })
    static let files = (try? TranscriptRunner.collect([folder])) ?? []

    @Test func thereAreEnoughTranscripts() {
        #expect(Self.files.count >= 12)
    }

    @Test(arguments: files.map { ($0 as NSString).lastPathComponent })
    func replays(_ name: String) {
        let result = Self.runner.run(path: (Self.folder as NSString).appendingPathComponent(name))
        #expect(result.problem == nil, "\(result.problem ?? "")")
        #expect(result.passed, "\(name) differs:\n\(result.diff)")
    }

    @Test func aWrongExpectedLineFailsWithADiff() {
        let text = """
            # now: 2026-11-30T09:00
            # tz: Europe/London

            > need a receptionist Tuesday
            Booked #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h), quoted £999.00. Say "undo" to take it back.

            """
        let result = Self.runner.run(Transcript(text: text), path: "wrong.transcript")
        #expect(!result.passed)
        #expect(result.diff.contains("-Booked #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h), quoted £999.00."))
        #expect(result.diff.contains("+Booked #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h), quoted £176.00."))
    }

    @Test func aMissingClockIsReported() {
        let result = Self.runner.run(Transcript(text: "> hello\nHello!\n"), path: "t")
        #expect(result.problem?.contains("# now:") == true)
    }

    @Test func transcriptTextRoundTrips() {
        let text = "# now: 2026-11-30T09:00\n# tz: Europe/London\n\n> hello\nline one\n#1 starts with a hash\n\n> bye\nGoodbye.\n\n"
        let transcript = Transcript(text: text)
        #expect(transcript.turns.count == 2)
        #expect(transcript.turns[0].reply == "line one\n#1 starts with a hash")
        #expect(transcript.text == text)
    }
}

/// Every transcript replays on PostgreSQL too, each on an empty schema of its own.
@Suite struct PostgresTranscriptTests {
    static let runner: TranscriptRunner? = TestPostgres.url.map { base in
        try! TranscriptRunner(makeStore: { try PostgresDeskStore(url: try TestPostgres.freshSchema(base)) })
    }

    @Test(
        .enabled(if: runner != nil, Comment(rawValue: TestPostgres.skipMessage)),
        arguments: TranscriptTests.files.map { ($0 as NSString).lastPathComponent })
    func replays(_ name: String) {
        let result = Self.runner!.run(path: (TranscriptTests.folder as NSString).appendingPathComponent(name))
        #expect(result.problem == nil, "\(result.problem ?? "")")
        #expect(result.passed, "\(name) differs on PostgreSQL:\n\(result.diff)")
    }
}
