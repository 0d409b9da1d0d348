import DeskKit
import Foundation
import Testing
import VadeskTestSupport

@Suite struct InvoiceUndoTests {
    /// Books `count` admin jobs in November and marks them done, from a desk at 2 December.
    func deskWithCompletedWork(count: Int) throws -> Desk {
        let path = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        let booking = try makeDesk(path: path, now: "2026-11-01T08:00")
        for n in 0..<count {
            // A job of its own each, so that the same day and hours again are not asked about as a duplicate.
            let job = String(UnicodeScalar(UInt8(97 + n / 26))) + String(UnicodeScalar(UInt8(97 + n % 26)))
            #expect(booking.respond(to: "need an admin assistant on \(2 + n % 27) November from 9 to 12 to file box \(job)").bookings.count == 1)
        }
        let desk = try makeDesk(path: path, now: "2026-12-02T09:00")
        for id in 1...count { #expect(desk.respond(to: "#\(id) is done").ok) }
        return desk
    }

    @Test func undoUnbillsTheWholeInvoiceAndRedoBillsItAgain() throws {
        let desk = try deskWithCompletedWork(count: 3)
        let invoice = desk.respond(to: "invoice for November")
        #expect(invoice.intent == .invoice)
        #expect(invoice.bookings.map(\.status) == [.invoiced, .invoiced, .invoiced])
        let undo = desk.respond(to: "undo")
        #expect(undo.text.hasPrefix("Undone: invoiced November 2026 (invoice 1)"))
        var all = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        #expect(all.map(\.status) == [.done, .done, .done])
        #expect(all.allSatisfy { $0.invoiceId == nil })
        let redo = desk.respond(to: "redo")
        #expect(redo.text.hasPrefix("Redone: invoiced November 2026 (invoice 1)"))
        all = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        #expect(all.map(\.status) == [.invoiced, .invoiced, .invoiced])
        #expect(all.allSatisfy { $0.invoiceId == 1 })
        // Billed work is never billed twice.
        #expect(desk.respond(to: "invoice for November").text.hasPrefix("There is no completed work in November 2026 left to invoice."))
    }

    @Test func aLongInvoiceListsItsFirstItemsAndTotalsThemAll() throws {
        let desk = try deskWithCompletedWork(count: 55)
        let invoice = desk.respond(to: "invoice for November")
        let lines = invoice.text.split(separator: "\n")
        #expect(lines.first == "Invoice 1 for November 2026, 55 items:")
        #expect(lines.filter { $0.hasPrefix("#") }.count == 50)
        #expect(lines.contains("… and 5 more items: `vadesk invoice --month 2026-11 --csv` lists them all."))
        // The totals cover all 55 items, not only those shown.
        let all = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        let net = all.reduce(0) { $0 + ($1.charge?.totalMinor ?? 0) }
        let tax = all.reduce(0) { $0 + ($1.charge?.taxMinor ?? 0) }
        #expect(all.count == 55 && net > 55 * 6_000 - 1)
        let money = desk.catalogue.money
        #expect(lines.last?.hasPrefix("Subtotal \(money.format(net)), VAT \(money.format(tax)), total \(money.format(net + tax)).") == true)
        #expect(invoice.bookings.count == 50)
    }
}
