import DeskKit
import Foundation
import GRDB
import Testing
import Understanding
import VadeskTestSupport

/// An invoice too long for one reply: the store sums it, the reply reads only what it shows,
/// and the totals agree with every charge decoded one by one.
@Suite struct InvoiceSizeTests {
    static let november = CivilDate(year: 2026, month: 11, day: 1)

    /// 63 admin jobs done in November 2026: three a weekday, booked in October and confirmed on 1 December.
    func busyNovember(path: String) throws -> Desk {
        let october = try makeDesk(path: path, now: "2026-10-20T09:00")
        let weekdays = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30]
        for day in weekdays {
            for hour in ["9am", "12pm", "3pm"] {
                let line = "book an admin assistant on \(day) November \(hour) for 3 hours"
                #expect(october.respond(to: line).bookings.count == 1, "\(line)")
            }
        }
        let desk = try makeDesk(path: path, now: "2026-12-01T09:00")
        for id in 1...63 { #expect(desk.respond(to: "#\(id) is done").ok) }
        return desk
    }

    @Test func aLongInvoiceReadsOnlyTheLinesItShowsAndTotalsEveryOne() throws {
        let desk = try busyNovember(path: temporaryFolder() + "/desk.sqlite")
        let reply = desk.respond(to: "invoice for November")
        #expect(reply.ok)
        #expect(
            reply.text.hasPrefix("Invoice 1 for November 2026, 63 items:\n#1  Mon 2 Nov  admin assistant  3 h worked  £60.00 + VAT £12.00 = £72.00\n")
        )
        #expect(reply.text.contains("\n… and 13 more items: `vadesk invoice --month 2026-11 --csv` lists them all.\n"))
        #expect(reply.text.contains("Subtotal £3,780.00, VAT £756.00, total £4,536.00."))
        #expect(reply.bookings.count == InvoiceText.shownLines)
        #expect(reply.bookings.allSatisfy { $0.status == .invoiced && $0.invoiceId == 1 })

        // The invoice rebuilt from every booking, each charge decoded: same count and totals as the store summed.
        let full = try #require(try desk.invoices(month: Self.november).first)
        #expect(full.lines.count == 63)
        #expect(full.count == 63)
        #expect(full.netMinor == 378_000)
        #expect(full.taxMinor == 75_600)
        #expect(full.lines.map(\.bookingId) == Array(1...63))

        // Undone and issued again with a line limit: the first lines, and totals over all of them.
        #expect(desk.respond(to: "undo").ok)
        let again = try #require(try desk.issueInvoice(month: Self.november, lineLimit: 5).invoice)
        #expect(again.lines.map(\.bookingId) == [1, 2, 3, 4, 5])
        #expect(again.count == 63)
        #expect(again.netMinor == full.netMinor)
        #expect(again.taxMinor == full.taxMinor)
        #expect(try desk.invoices(month: Self.november).map(\.count) == [63])
    }

    /// A store written before "v5 charge columns" gets its charges' net and tax from the stored JSON.
    @Test func theChargeColumnsAreFilledFromChargesStoredBefore() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        do { _ = try busyNovember(path: path) }
        // Put the file back as "v4" left it: no charge columns, the v5 migration not yet run.
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try Self.rewindBillingTable(db)
            try db.execute(
                sql: """
                    ALTER TABLE booking DROP COLUMN charge_net_minor;
                    ALTER TABLE booking DROP COLUMN charge_tax_minor;
                    DELETE FROM grdb_migrations WHERE identifier = 'v5 charge columns';
                    """)
        }
        try old.close()
        let desk = try makeDesk(path: path, now: "2026-12-01T09:00")
        let reply = desk.respond(to: "invoice for November")
        #expect(reply.text.contains("Subtotal £3,780.00, VAT £756.00, total £4,536.00."))
        let check = try DatabaseQueue(path: path)
        let sums = try check.read { db in
            try Row.fetchOne(db, sql: "SELECT SUM(charge_net_minor) AS net, SUM(charge_tax_minor) AS tax, COUNT(charge_net_minor) AS n FROM booking")
        }
        #expect(sums?["net"] == 378_000 as Int64)
        #expect(sums?["tax"] == 75_600 as Int64)
        #expect(sums?["n"] == 63 as Int64)
    }

    /// A store written before "v6 billing table" kept the invoice on each booking; opening it moves
    /// what was billed to the billing table, and the invoice still reads, undoes and re-issues the same.
    @Test func invoicesBilledBeforeTheBillingTableMoveToIt() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        do {
            let desk = try busyNovember(path: path)
            #expect(desk.respond(to: "invoice for November").ok)
        }
        // Put the file back as "v5" left it: the invoice on the booking row, billed work stored as invoiced.
        let old = try DatabaseQueue(path: path)
        try old.write(Self.rewindBillingTable)
        try old.close()
        let desk = try makeDesk(path: path, now: "2026-12-01T09:00")
        let check = try DatabaseQueue(path: path)
        let moved = try check.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM billing WHERE invoice_id = 1"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM booking WHERE status = 'invoiced'")
            )
        }
        #expect(moved.0 == 63)
        #expect(moved.1 == 0)
        #expect(try desk.invoices(month: Self.november).map(\.count) == [63])
        let again = desk.respond(to: "invoice for November")
        #expect(!again.ok)
        #expect(again.text.contains("Work already billed is on invoice 1."))
        let status = desk.respond(to: "what's the status of #5?")
        #expect(status.bookings.first?.status == .invoiced)
        #expect(status.bookings.first?.invoiceId == 1)

        #expect(desk.respond(to: "undo").ok)
        #expect(try check.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM billing") } == 0)
        let reissued = desk.respond(to: "invoice for November")
        #expect(reissued.text.hasPrefix("Invoice 2 for November 2026, 63 items:"))
        #expect(reissued.text.contains("Subtotal £3,780.00, VAT £756.00, total £4,536.00."))
    }

    /// Undoes "v6 billing table": the invoice back on each booking row and billed work stored as invoiced.
    static func rewindBillingTable(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP INDEX booking_charges;
                ALTER TABLE booking ADD COLUMN invoice_id INTEGER;
                UPDATE booking SET invoice_id = (SELECT invoice_id FROM billing WHERE booking_id = booking.id);
                UPDATE booking SET status = 'invoiced' WHERE status = 'done' AND invoice_id IS NOT NULL;
                CREATE INDEX booking_by_invoice ON booking(invoice_id) WHERE invoice_id IS NOT NULL;
                DROP TABLE billing;
                DELETE FROM grdb_migrations WHERE identifier = 'v6 billing table';
                """)
    }
}
