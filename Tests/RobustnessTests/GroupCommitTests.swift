import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// Pipe mode holds replies back until their lines are synced to disk, a batch at a time; a caller
/// that waits for each reply still gets it at once, and finds its line stored when it does.
@Suite struct GroupCommitTests {
    @Test func aCallerWaitingForEachReplyGetsItAndItsLineIsStored() throws {
        let path = temporaryDatabase()
        let desk = try LiveDesk(["--json", "--db", path] + clockArguments)
        let lines = bookingLines(5, tag: "waiting")
        for (index, line) in lines.enumerated() {
            desk.send(line + "\n")
            #expect(desk.waitForReplies(index + 1, timeout: 10), "no reply to line \(index + 1) while the input stays open")
            let stored = try inspect(path) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
            #expect(stored == Array(lines.prefix(index + 1)), "an answered line is stored before its reply is shown")
        }
        desk.closeInput()
        #expect(desk.wait() == 0)
        #expect(desk.replies.count == lines.count)
    }

    /// Many lines arriving at once are answered in batches, every reply in input order.
    @Test func linesArrivingAtOnceAreAllAnsweredInOrder() throws {
        let path = temporaryDatabase()
        let lines = bookingLines(1_300, tag: "burst")
        let run = try Run(["--json", "--db", path] + clockArguments, text: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        let inputs = try run.lines.map { try object($0)["input"] as? String }
        #expect(inputs == lines)
        let stored = try inspect(path) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
        #expect(stored == lines)
    }
}
