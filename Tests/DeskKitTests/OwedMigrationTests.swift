import DeskKit
import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// A store written before "v10 owed column" gets what each booking is owed filled in, so its listings
/// and budgets add up as before.
@Suite struct OwedMigrationTests {
    @Test func whatIsOwedIsFilledInForBookingsStoredBefore() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        let expected: Int64
        do {
            let desk = try makeDesk(path: path, now: "2026-11-30T09:00")
            for day in 1...6 { #expect(desk.respond(to: "need a receptionist on \(day) December").ok) }
            #expect(desk.respond(to: "cancel #4").ok)  // more than 48 h ahead: free
            #expect(desk.respond(to: "cancel #1").ok)  // inside 48 h: a fee, after a yes
            #expect(desk.respond(to: "yes").ok)
            let all = try desk.store.read { try $0.allBookings() }
            expected = all.filter { $0.status != .cancelled }.reduce(0) { $0 + $1.owedMinor }
            #expect(all.first { $0.id == 1 }?.owedMinor == 8_800)
        }
        // Put the file back as "v9" left it: no owed column, the index by start holding the quote.
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(
                sql: """
                    DROP INDEX booking_by_start_id;
                    ALTER TABLE booking DROP COLUMN owed_minor;
                    CREATE INDEX booking_by_start_id ON booking(start, id, status, quote_minor);
                    DELETE FROM grdb_migrations WHERE identifier = 'v10 owed column';
                    """)
        }
        try old.close()
        let desk = try makeDesk(path: path, now: "2026-11-30T09:00")
        let page = try desk.store.read { try $0.listing(startingFrom: 0, before: Int64.max, limit: 2) }
        #expect(page.count == 4)
        #expect(page.owedMinor == expected)
        let owed = try DatabaseQueue(path: path).read { db in
            try Int64.fetchAll(db, sql: "SELECT owed_minor FROM booking ORDER BY id")
        }
        #expect(owed == [8_800, 17_600, 17_600, 0, 26_400, 26_400])  // 5 and 6 December are a weekend
    }
}
