import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// SIGINT and SIGTERM finish the line in progress and exit 130 or 143; a reader that goes away
/// ends the desk quietly. Either way every answered line is stored.
@Suite struct SignalTests {
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalMidRunFinishesTheLineInProgress(signal: Int32, status: Int32) throws {
        let path = temporaryDatabase()
        let lines = bookingLines(4_000, tag: "signal")
        let desk = try LiveDesk(["--json", "--db", path] + clockArguments)
        desk.sendInBackground(Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(desk.waitForReplies(100))
        desk.signal(signal)
        #expect(desk.wait() == status)
        #expect(desk.process.terminationReason == .exit, "it exits by itself, not killed by the signal")
        #expect(desk.errorOutput.isEmpty, "\(desk.errorOutput)")
        let replies = desk.replies
        #expect(replies.count < lines.count, "the signal stopped the run early")
        // Each line books one helper, so stored == answered means no line was stored without its
        // reply (stopped mid-line) and no answered line was lost.
        let stored = try inspect(path) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
        #expect(stored == Array(lines.prefix(replies.count)))
        #expect(desk.output.hasSuffix("\n"), "the last reply is whole")
        for reply in replies { #expect(try object(reply)["ok"] as? Bool == true) }
        #expect(try integrityCheck(path) == "ok")
    }

    /// Waiting for input that never comes, the desk still stops at once. Signals sent at many
    /// moments around the wait would catch the old check-then-read race, which slept through them.
    @Test func aSignalWhileWaitingForInputStopsAtOnce() throws {
        var random = SeededRandom(seed: 7)
        for round in 0..<Soak.scale(10, soak: 200) {
            let desk = try LiveDesk(["--db", ":memory:"] + clockArguments)
            desk.send("need a PA Friday\n")
            #expect(desk.waitForReplies(1))
            usleep(UInt32(random.next(below: 3_000)))
            let sentAt = Date()
            desk.signal(round % 2 == 0 ? SIGTERM : SIGINT)
            let status = desk.wait(timeout: 10)
            #expect(status == (round % 2 == 0 ? 143 : 130), "round \(round)")
            #expect(Date().timeIntervalSince(sentAt) < 5, "round \(round): the desk slept through the signal")
            desk.closeInput()
        }
    }

    /// `vadesk --json < big.txt | head -1` in a real shell pipeline.
    @Test func aReaderThatGoesAwayEndsTheDeskQuietly() throws {
        let (path, big, lines) = try bookingInput(20_000, tag: "head")
        let folder = (path as NSString).deletingLastPathComponent
        let script = """
            "$VADESK" --json --db "$DB" \(clockArguments.joined(separator: " ")) < "$BIG" 2> "$ERR" | head -1
            echo "vadesk=${PIPESTATUS[0]}" >&2
            """
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", script]
        shell.environment = ["VADESK": vadeskBinary, "DB": path, "BIG": big, "ERR": folder + "/err", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        try shell.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let shellErr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shellErr == "vadesk=0\n", "vadesk should end with status 0 when its reader leaves")
        #expect(try String(contentsOfFile: folder + "/err", encoding: .utf8).isEmpty, "no crash report or error")
        let first = try object(printed.trimmingCharacters(in: .newlines))
        #expect(printed.split(separator: "\n").count == 1)
        let id = try #require((first["bookings"] as? [[String: Any]])?.first?["id"] as? Int)
        let stored = try inspect(path) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
        #expect(stored.first == lines[0] && id == 1, "the answered line is stored")
        // It stopped soon after the reader left instead of booking the whole file unseen.
        #expect(stored.count < lines.count)
        #expect(stored == Array(lines.prefix(stored.count)), "lines are stored whole and in order")
        #expect(try integrityCheck(path) == "ok")
    }
}
