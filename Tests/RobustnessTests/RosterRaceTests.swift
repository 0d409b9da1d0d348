import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// Desks racing for one assistant: the availability check and the insert are one write transaction,
/// so however the lines interleave, each slot is booked once and the other desks are told no one is free and
/// offered alternatives.
@Suite struct RosterRaceTests {
    @Test func fourDesksBookingAOnePersonRosterGiveEachSlotOnce() throws {
        let path = temporaryDatabase()
        let add = try Run([
            "staff", "add", "Sarah Khan", "--roles", "receptionist", "--tz", "Europe/London",
            "--hours", "Mon-Sun 00:00-24:00", "--db", path
        ])
        #expect(add.status == 0, "\(add.stderr)")
        // The same slots from every desk, each line its own task, so none is asked about as a duplicate.
        let slots = Soak.scale(12, soak: 60)
        let days = ["Tuesday", "Wednesday", "Thursday", "Friday"]
        let starts = ["9am", "noon", "3pm"]
        func lines(_ tag: String) -> [String] {
            (0..<slots).map { i in
                "need a receptionist \(days[(i / starts.count) % days.count]) \(starts[i % starts.count]) for 2 hours to handle \(taskTag(tag, i))"
            }
        }
        let tags = ["desk a", "desk b", "desk c", "desk d"]
        let running = try tags.map { tag in
            let desk = try LiveDesk(["--json", "--db", path] + clockArguments)
            desk.sendInBackground(Data((lines(tag).joined(separator: "\n") + "\n").utf8))
            return desk
        }
        var booked = 0, refused = 0
        for (desk, tag) in zip(running, tags) {
            #expect(desk.wait() == 0, "\(tag): \(desk.errorOutput)")
            #expect(desk.replies.count == slots)
            for line in desk.replies {
                let reply = try object(line)
                if reply["ok"] as? Bool == true {
                    booked += 1
                    let booking = try #require((reply["bookings"] as? [[String: Any]])?.first)
                    #expect((booking["assistant"] as? [String: Any])?["name"] as? String == "Sarah Khan")
                } else {
                    refused += 1
                    #expect(reply["error"] as? String == "no one free", "\(line)")
                    let text = reply["reply"] as? String ?? ""
                    #expect(text.contains("Sarah Khan is booked then"))
                    // No dead end: the desk that lost the slot is offered Sarah at another time, to pick by the next line.
                    #expect(reply["needs"] as? String == "choice", "\(line)")
                    #expect(text.contains("I can book instead: 1) Sarah Khan "), "\(line)")
                }
            }
        }
        #expect(booked == slots, "each slot exactly once")
        #expect(refused == slots * (tags.count - 1))
        let perSlot = try inspect(path) { db in
            try Int.fetchAll(db, sql: "SELECT COUNT(*) FROM booking WHERE status = 'booked' GROUP BY start")
        }
        #expect(perSlot.count == slots && perSlot.allSatisfy { $0 == 1 })
        let overlaps = try inspect(path) { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM booking a JOIN booking b ON a.id < b.id AND a.assistant_id = b.assistant_id
                    WHERE a.start < b."end" AND b.start < a."end"
                    """)
        }
        #expect(overlaps == 0)
    }
}
