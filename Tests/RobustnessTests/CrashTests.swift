import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// `kill -9` at random moments: what was answered is stored, and nothing is stored in part.
@Suite struct CrashTests {
    /// Each line books one helper or three, under its own task, so a half-stored line would show.
    static func line(_ i: Int, round: Int) -> (text: String, task: String, bookings: Int) {
        let task = "handle \(taskTag("round", round)) \(taskTag("line", i))"
        let days = ["Friday", "Thursday", "tomorrow", "next Tuesday", "Wednesday"]
        if i % 2 == 0 { return ("need three packers \(days[i / 2 % days.count]) to \(task)", task, 3) }
        let roles = ["receptionist", "PA", "admin assistant", "IT support"]
        return ("book a \(roles[i / 2 % roles.count]) \(days[i % days.count]) 10am for 3 hours to \(task)", task, 1)
    }

    @Test func killedAtRandomMomentsLosesNoAnsweredLineAndStoresNoneInPart() throws {
        let rounds = Soak.scale(8, soak: 60)
        let linesPerRound = 1_500
        var random = SeededRandom(seed: 0xC0FFEE)
        let path = temporaryDatabase()
        var expected: [String: Int] = [:]  // task -> bookings its line makes
        var answered: Set<String> = []
        for round in 0..<rounds {
            let lines = (0..<linesPerRound).map { CrashTests.line($0, round: round) }
            for line in lines { expected[line.task] = line.bookings }
            let desk = try LiveDesk(["--json", "--db", path] + clockArguments)
            desk.sendInBackground(Data((lines.map(\.text).joined(separator: "\n") + "\n").utf8))
            desk.waitForReplies(Int(random.next(below: 400)) + 1)
            usleep(UInt32(random.next(below: 20_000)))
            desk.signal(SIGKILL)
            let status = desk.wait()
            #expect(
                desk.process.terminationReason == .uncaughtSignal && status == SIGKILL,
                "round \(round): the desk finished before it could be killed")
            for reply in desk.replies {
                let json = try object(reply)
                #expect(json["ok"] as? Bool == true, "\(reply)")
                let input = try #require(json["input"] as? String)
                let task = try #require(lines.first { $0.text == input }?.task)
                answered.insert(task)
            }
            #expect(try integrityCheck(path) == "ok", "round \(round)")
            let stored = try inspect(path) { db in
                try Row.fetchAll(db, sql: "SELECT task, COUNT(*) AS n FROM booking GROUP BY task")
                    .map { (task: $0["task"] as String, count: $0["n"] as Int) }
            }
            for (task, count) in stored {
                #expect(count == expected[task], "round \(round): \(task) has \(count) of \(expected[task] ?? -1) bookings")
            }
            let storedTasks = Set(stored.map(\.task))
            let lost = answered.subtracting(storedTasks)
            #expect(lost.isEmpty, "round \(round): answered but not stored: \(lost.sorted().prefix(5))")
            // Undo must see whole lines too: every change set names exactly the bookings of one line.
            let orphans = try inspect(path) { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT COUNT(*) FROM change c LEFT JOIN booking b ON b.id = c.booking_id WHERE b.id IS NULL)
                             + (SELECT COUNT(*) FROM change_set s LEFT JOIN booking b ON b.id = s.made_id
                                WHERE s.made_id IS NOT NULL AND b.id IS NULL)
                        """) ?? 0
            }
            #expect(orphans == 0, "round \(round): the undo journal names bookings that are not stored")
        }
        #expect(answered.count >= rounds, "every round answered at least one line before the kill")
    }
}

/// SplitMix64: small, fast and the same on every platform, so a failing seed can be replayed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below bound: UInt64) -> UInt64 { next() % bound }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next(below: UInt64(items.count)))] }
}
