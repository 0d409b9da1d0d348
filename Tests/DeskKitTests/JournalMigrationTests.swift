import DeskKit
import Foundation
import GRDB
import Testing
import Understanding
import VadeskTestSupport

/// A store written before "v7 journal found by id range" keeps its undo history: the changes
/// recorded then are found by the id runs the migration fills in.
@Suite struct JournalMigrationTests {
    @Test func undoReachesChangesRecordedBeforeTheIdRanges() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        do {
            let desk = try makeDesk(path: path)
            #expect(desk.respond(to: "need a PA Friday").ok)
            #expect(desk.respond(to: "need two packers Thursday").bookings.count == 2)
            #expect(desk.respond(to: "cancel #1").ok)
        }
        // Put the file back as "v6" left it: a row in change for every booking made, the journal indexes,
        // no id ranges.
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO change (change_set_id, booking_id, before, after)
                      SELECT id, made_id, NULL, made_after FROM change_set WHERE made_id IS NOT NULL ORDER BY id;
                    ALTER TABLE change_set DROP COLUMN made_id;
                    ALTER TABLE change_set DROP COLUMN made_after;
                    DELETE FROM grdb_migrations WHERE identifier = 'v9 one booking made, kept on its change set';
                    CREATE INDEX change_by_set ON change(change_set_id);
                    CREATE INDEX change_by_booking ON change(booking_id);
                    ALTER TABLE change_set DROP COLUMN first_change_id;
                    ALTER TABLE change_set DROP COLUMN last_change_id;
                    DELETE FROM grdb_migrations WHERE identifier = 'v7 journal found by id range';
                    """)
        }
        try old.close()

        let desk = try makeDesk(path: path)
        let ranges = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT first_change_id, last_change_id FROM change_set ORDER BY id")
                .map { [$0[0] as Int64?, $0[1] as Int64?] }
        }
        // The first line's booking was kept on its set until the rewind gave it a row, the last one.
        #expect(ranges == [[4, 4], [1, 2], [3, 3]])

        let uncancel = desk.respond(to: "undo")
        #expect(uncancel.bookings.map(\.id) == [1])
        #expect(uncancel.bookings.first?.status == .booked)
        let unbook = desk.respond(to: "undo")
        #expect(unbook.text.contains("#2") && unbook.text.contains("#3"), "\(unbook.text)")
        #expect(desk.respond(to: "redo").bookings.map(\.id).sorted() == [2, 3])
        let listed = desk.respond(to: "what have I booked this week?")
        #expect(listed.bookings.map(\.id) == [2, 3, 1])
    }

    /// The calendar's SEQUENCE counts each booking's changes, an undone one twice.
    @Test func theCalendarCountsEachBookingsChanges() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a PA Friday").ok)
        #expect(desk.respond(to: "move #1 to Thursday").ok)
        #expect(desk.respond(to: "need a packer Wednesday").ok)
        #expect(desk.respond(to: "undo").ok)
        #expect(desk.respond(to: "need a receptionist Tuesday").ok)
        let sequences = Dictionary(uniqueKeysWithValues: try desk.calendarEntries().map { ($0.booking.id, $0.sequence) })
        // #1: made (0) and moved (1); #2 was made and undone, so it is gone; #3 made (ids are never reused).
        #expect(sequences == [1: 1, 3: 0])
    }

    /// A new booking is journalled by id alone and copied into the journal when an undo removes it:
    /// redo brings it back as it was made, then as it was moved, across a restart too.
    @Test func aBookingUndoneThenRedoneComesBackAsItWas() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        do {
            let desk = try makeDesk(path: path)
            #expect(desk.respond(to: "need a PA Friday 9 to 1 to sort the post").ok)
            #expect(desk.respond(to: "move #1 to Thursday").ok)
            #expect(desk.respond(to: "undo").bookings.first?.start == (try desk.respond(to: "what's the status of #1?").bookings.first?.start))
            #expect(desk.respond(to: "undo").ok)
            #expect(desk.respond(to: "what's the status of #1?").ok == false)
        }
        let desk = try makeDesk(path: path)
        let made = try #require(desk.respond(to: "redo").bookings.first)
        #expect(made.id == 1 && made.task == "sort the post" && made.status == .booked)
        #expect(desk.time.local(made.start).date == CivilDate(year: 2026, month: 12, day: 4))
        #expect(made.quote?.totalMinor == 11200)
        let moved = try #require(desk.respond(to: "redo").bookings.first)
        #expect(desk.time.local(moved.start).date == CivilDate(year: 2026, month: 12, day: 3))
        #expect(desk.respond(to: "redo").ok == false, "nothing more to redo")
    }
}
