import DeskStoreSQLite
import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// Several desks on one file: every line of every desk is booked exactly once.
@Suite struct ConcurrencyTests {
    @Test func fourDesksPipingIntoOneFileLoseNothing() throws {
        let desks = Soak.scale(4, soak: 8)
        let perDesk = Soak.scale(2_000, soak: 20_000)
        let path = temporaryDatabase()
        let tags = (0..<desks).map { "desk" + String(UnicodeScalar(UInt8(97 + $0))) }
        // All start together on a file that does not exist yet, so they also race to create and migrate it.
        let running = try tags.map { tag in
            let desk = try LiveDesk(["--json", "--db", path] + clockArguments)
            desk.sendInBackground(Data((bookingLines(perDesk, tag: tag).joined(separator: "\n") + "\n").utf8))
            return desk
        }
        var replyIds: [Int64] = []
        for (desk, tag) in zip(running, tags) {
            let status = desk.wait()
            #expect(status == 0, "\(tag) exited \(status): \(desk.errorOutput)")
            #expect(desk.errorOutput.isEmpty)
            let replies = desk.replies
            #expect(replies.count == perDesk)
            for line in replies {
                let reply = try object(line)
                #expect(reply["ok"] as? Bool == true, "\(line)")
                #expect(reply["intent"] as? String == "book")
                for booking in reply["bookings"] as? [[String: Any]] ?? [] {
                    replyIds.append(Int64(booking["id"] as? Int ?? -1))
                }
            }
        }
        #expect(replyIds.count == desks * perDesk)
        #expect(Set(replyIds).count == replyIds.count, "a booking id was handed out twice")
        let (stored, perTask) = try inspect(path) { db in
            (
                try Int64.fetchAll(db, sql: "SELECT id FROM booking ORDER BY id"),
                try Int.fetchAll(db, sql: "SELECT COUNT(*) FROM booking GROUP BY task")
            )
        }
        #expect(stored.count == desks * perDesk)
        #expect(Set(stored) == Set(replyIds))
        #expect(perTask.count == desks * perDesk && perTask.allSatisfy { $0 == 1 }, "every line is stored exactly once")
        #expect(try integrityCheck(path) == "ok")
    }
}

/// Desks racing for the last of a monthly budget: the check and the booking are one write transaction,
/// so the budget holds however the lines interleave.
@Suite struct BudgetRaceTests {
    @Test func desksBookingDeadlineTasksTogetherNeverOverrunTheBudget() throws {
        // Without the one transaction, one round in two overran by a task or more.
        for round in 0..<Soak.scale(3, soak: 30) { try raceForTheBudget(round: round) }
    }

    private func raceForTheBudget(round: Int) throws {
        let path = temporaryDatabase()
        let setUp = try LiveDesk(["--db", path] + clockArguments)
        setUp.sendInBackground(Data("set my monthly budget to £200\n".utf8))
        #expect(setUp.wait() == 0, "\(setUp.errorOutput)")
        // Each task is quoted £20 (an hour's minimum), so ten fit; four desks ask for 24 at once.
        let desks = 4, perDesk = Soak.scale(6, soak: 60)
        let running = try (0..<desks).map { _ in
            let desk = try LiveDesk(["--json", "--db", path] + clockArguments)
            desk.sendInBackground(Data(String(repeating: "can someone transcribe 20 pages by Friday\n", count: perDesk).utf8))
            return desk
        }
        var booked = 0, asked = 0
        for desk in running {
            #expect(desk.wait() == 0, "\(desk.errorOutput)")
            for line in desk.replies {
                let reply = try object(line)
                if reply["needs"] as? String == "confirmation" { asked += 1 } else if reply["ok"] as? Bool == true { booked += 1 }
            }
        }
        let (stored, committed) = try inspect(path) { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM booking") ?? -1,
                try Int64.fetchOne(db, sql: "SELECT SUM(quote_minor) FROM booking") ?? -1
            )
        }
        #expect(stored == 10, "round \(round): the £200 budget holds ten £20 tasks, and only ten")
        #expect(committed == 20_000)
        #expect(booked == 10)
        #expect(asked == desks * perDesk - 10)
    }
}

@Suite struct FirstOpenTests {
    /// Many stores opened at once in one process race through every migration step, far harder
    /// than six processes do: a store that loses a step to another must try again, not fail.
    @Test func storesOpeningTogetherOnANewFileAllMigrate() throws {
        let stores = 12
        let reference = temporaryDatabase()
        _ = try SQLiteDeskStore(path: reference)
        let steps = try inspect(reference) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM grdb_migrations") }
        for round in 0..<Soak.scale(10, soak: 100) {
            let path = temporaryDatabase()
            let failures = NSLock()
            nonisolated(unsafe) var failed: [String] = []
            let group = DispatchGroup()
            for _ in 0..<stores {
                // Threads of their own: a dispatch queue would run only as many at once as there are cores.
                group.enter()
                Thread {
                    do { _ = try SQLiteDeskStore(path: path) } catch {
                        failures.withLock { failed.append("\(error)") }
                    }
                    group.leave()
                }.start()
            }
            group.wait()
            #expect(failed.isEmpty, "round \(round): \(failed)")
            let applied = try inspect(path) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM grdb_migrations") }
            #expect(applied == steps, "round \(round): every step applied once")
        }
    }

    /// Desks opened at the same instant on a file that does not exist yet all race to create
    /// its tables; before the migration retry, one in a few rounds failed with "table booking already exists".
    @Test func desksStartingTogetherOnANewFileAllSucceed() throws {
        let rounds = Soak.scale(20, soak: 200)
        for round in 0..<rounds {
            let path = temporaryDatabase()
            let desks = try (0..<6).map { _ in try LiveDesk(["--db", path] + clockArguments) }
            // Each its own task: the same line six times would rightly be asked about as a duplicate.
            for (i, desk) in desks.enumerated() { desk.sendInBackground(Data("need a PA Friday to handle \(taskTag("first", i))\n".utf8)) }
            for desk in desks {
                let status = desk.wait()
                #expect(status == 0, "round \(round): \(desk.errorOutput)")
                #expect(desk.output.hasPrefix("Booked #"), "round \(round): \(desk.output)")
            }
            #expect(try inspect(path) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM booking") } == 6)
        }
    }
}
