import DeskKit
import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// A database written before quotes, work done and invoices were kept opens with its bookings intact.
@Suite struct MoneyMigrationTests {
    @Test func aVersionOneDatabaseKeepsItsBookings() throws {
        let path = temporaryFolder() + "/old.sqlite"
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE booking (id INTEGER PRIMARY KEY AUTOINCREMENT, role TEXT NOT NULL, start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL, status TEXT NOT NULL, task TEXT, currency TEXT NOT NULL, quote_minor INTEGER NOT NULL,
                      billable_minutes INTEGER NOT NULL, created_at INTEGER NOT NULL, request TEXT NOT NULL);
                    CREATE INDEX booking_by_start ON booking(start);
                    CREATE TABLE change_set (id INTEGER PRIMARY KEY AUTOINCREMENT, made_at INTEGER NOT NULL, request TEXT NOT NULL,
                      summary TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
                    CREATE TABLE change (id INTEGER PRIMARY KEY AUTOINCREMENT, change_set_id INTEGER NOT NULL REFERENCES change_set(id),
                      booking_id INTEGER NOT NULL, before TEXT, after TEXT);
                    CREATE INDEX change_by_set ON change(change_set_id);
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1 bookings and undo journal');
                    -- Tue 1 Dec 2026 09:00-17:00 London, booked on 30 Nov at 09:00 with the old price (no VAT).
                    INSERT INTO booking (role, start, "end", status, task, currency, quote_minor, billable_minutes, created_at, request)
                      VALUES ('receptionist', 1796115600, 1796144400, 'booked', NULL, 'GBP', 17600, 480, 1796029200, 'need a receptionist Tuesday');
                    """)
        }
        try old.close()
        let desk = try makeDesk(path: path, now: "2026-11-30T10:00")
        let list = desk.respond(to: "show my bookings")
        #expect(list.text == "1 booking from today on, £176.00 in all:\n#1  Tue 1 Dec, 09:00-17:00  receptionist  £176.00")
        #expect(list.bookings.first?.quote == nil)
        // A late cancellation re-prices the old booking with today's rules to work out the fee.
        #expect(desk.respond(to: "cancel #1").text == "Cancelling #1 this late carries a fee of £88.00. Cancel it anyway? (yes/no)")
        let cancel = desk.respond(to: "yes")
        #expect(cancel.bookings.first?.charge?.subtotalMinor == 8_800)
        #expect(desk.respond(to: "need a PA Friday").bookings.first?.id == 2)
    }
}
