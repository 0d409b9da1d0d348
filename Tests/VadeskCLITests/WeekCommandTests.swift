import Foundation
import Testing
import VadeskTestSupport

/// `vadesk week` and "show my week" in pipe mode give the same week, drawn or as objects.
@Suite struct WeekCommandTests {
    let clock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

    func deskWithWeek() throws -> String {
        let db = temporaryFolder() + "/desk.sqlite"
        let run = try Run(["--db", db] + clock, text: "need a receptionist Tuesday\nneed a PA Tuesday 10 till 2\nneed a packer on 9 December\n")
        #expect(run.status == 0)
        return db
    }

    @Test func theWeekCommandDrawsTheGridAndTakesADate() throws {
        let db = try deskWithWeek()
        let run = try Run(["week", "--db", db] + clock)
        #expect(run.status == 0)
        #expect(run.lines[0] == "Week of Mon 30 Nov to Sun 6 Dec 2026: 2 bookings, 12 h, £288.00.")
        #expect(run.lines.contains("10:00 │         │re… #2 PA│         │         │         │         │         │"))
        #expect(!run.stdout.contains("\u{1B}["))
        let later = try Run(["week", "--db", db, "--date", "2026-12-09"] + clock)
        #expect(later.lines[0] == "Week of Mon 7 Dec to Sun 13 Dec 2026: 1 booking, 8 h, £144.00.")
        let bad = try Run(["week", "--db", db, "--date", "Tuesday"] + clock)
        #expect(bad.status == 64)
    }

    @Test func jsonGivesTheSameWeekAsThePipeReply() throws {
        let db = try deskWithWeek()
        let command = try object(try Run(["week", "--json", "--db", db] + clock).stdout)
        let reply = try object(try Run(["--json", "--db", db] + clock, text: "show my week\n").lines[0])
        #expect(reply["intent"] as? String == "week")
        let week = try #require(reply["week"] as? [String: Any])
        var commandWeek = command
        commandWeek["bookings"] = nil
        #expect(NSDictionary(dictionary: week).isEqual(to: commandWeek))
        #expect(week.keys.sorted() == ["count", "currency", "days", "due", "from", "hours", "minutes", "to", "total_minor"])
        #expect(week["from"] as? String == "2026-11-30")
        #expect(week["total_minor"] as? Int == 28_800)
        let days = try #require(week["days"] as? [[String: Any]])
        #expect(days.count == 7)
        #expect(days[1]["bookings"] as? [Int] == [1, 2])
        let blocks = try #require(days[1]["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["from"] as? String } == ["09:00", "10:00"])
        #expect(blocks.map { $0["lane"] as? Int } == [0, 1])
        #expect((reply["bookings"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1, 2])
        #expect((command["bookings"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1, 2])
        // Every other reply carries the new field as null.
        let other = try object(try Run(["--json", "--db", db] + clock, text: "hello\n").lines[0])
        #expect(other["week"] is NSNull)
    }
}
