import DeskKit
import Foundation
import Testing

/// What the engine relies on from any store, checked through the protocols alone: no SQL here, so a new
/// backend passes this suite or it is not done.
@Suite struct StorageConformanceTests {
    static let monday: Int64 = 1_796_029_200  // Mon 30 Nov 2026 09:00 in London (UTC)
    static let hour: Int64 = 3_600
    static let day: Int64 = 86_400

    func planned(
        _ start: Int64, hours: Int64 = 8, role: String = "receptionist", quote: Int64 = 17_600,
        status: BookingStatus = .booked
    ) -> Booking {
        Booking(
            role: role, start: start, end: start + hours * Self.hour, status: status, task: nil, currency: "GBP",
            quoteMinor: quote, billableMinutes: Int(hours * 60), createdAt: Self.monday, request: "need a \(role)")
    }

    /// Inserts and journals bookings as a desk line does, returning them as stored.
    func book(_ store: any DeskStore, _ bookings: [Booking]) throws -> [Booking] {
        try store.transaction { tx in
            let made = try bookings.map { try tx.insert($0) }
            try tx.record(request: "book", summary: "booked \(made.count)", madeAt: Self.monday, changes: made.map { (nil, $0) })
            return made
        }
    }

    @Test(arguments: StorageBackend.allCases)
    func aBookingReadsBackAsStoredWithAnIdOfItsOwn(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        var booking = planned(Self.monday + Self.day, quote: 17_600)
        booking.task = "answer the phones"
        let made = try book(store, [booking, planned(Self.monday + 2 * Self.day)])
        #expect(made.map(\.id) == [1, 2])
        let read = try store.read { try $0.booking(id: made[0].id) }
        var expected = booking
        expected.id = made[0].id
        #expect(read == expected)
        #expect(try store.read { try $0.booking(id: 99) } == nil)
        #expect(try store.read { try $0.count() } == 2)
        #expect(try store.read { try $0.recentIds(limit: 5) } == [2, 1])
    }

    @Test(arguments: StorageBackend.allCases)
    func idsAreNeverReusedAfterADeleteOrAnUndo(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let first = try book(store, [planned(Self.monday + Self.day)])
        #expect(try store.transaction { try $0.undoLatest() }?.reverted.map(\.id) == first.map(\.id))
        let second = try book(store, [planned(Self.monday + Self.day)])
        try store.transaction { try $0.delete(id: second[0].id) }
        let third = try book(store, [planned(Self.monday + Self.day)])
        #expect([first[0].id, second[0].id, third[0].id] == [1, 2, 3])
    }

    @Test(arguments: StorageBackend.allCases)
    func rangesComeBackInOrderOfStartAndFilterByStatus(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let made = try book(
            store,
            [
                planned(Self.monday + 3 * Self.day), planned(Self.monday + Self.day),
                planned(Self.monday + Self.day), planned(Self.monday + 9 * Self.day)
            ])
        try store.transaction { tx in
            var cancelled = made[1]
            cancelled.status = .cancelled
            try tx.update(cancelled)
        }
        let week = try store.read { try $0.bookings(startingFrom: Self.monday, before: Self.monday + 7 * Self.day) }
        #expect(week.map(\.id) == [2, 3, 1])
        let booked = try store.read { try $0.bookings(startingFrom: Self.monday, before: Self.monday + 7 * Self.day, status: .booked) }
        #expect(booked.map(\.id) == [3, 1])
        #expect(try store.read { try $0.bookings(startingFrom: 0, before: Int64.max, limit: 2) }.map(\.id) == [2, 3])
        #expect(try store.read { try $0.allBookings() }.map(\.id) == [1, 2, 3, 4])
    }

    @Test(arguments: StorageBackend.allCases)
    func aListingCountsAndTotalsEverythingBeyondItsPage(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let starts = (1...12).map { Self.monday + Int64($0) * Self.day }
        let made = try book(store, starts.map { planned($0, quote: 10_000) })
        try store.transaction { tx in
            var cancelled = made[0]
            cancelled.status = .cancelled
            try tx.update(cancelled)
        }
        let page = try store.read { try $0.listing(startingFrom: Self.monday, before: Int64.max, limit: 5) }
        #expect(page.bookings.map(\.id) == [2, 3, 4, 5, 6])
        #expect(page.count == 11)
        #expect(page.owedMinor == 110_000)
    }

    @Test(arguments: StorageBackend.allCases)
    func theBudgetIsKeptAndSpendIsSummedByStatus(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        #expect(try store.read { try $0.monthlyBudget() } == nil)
        try store.transaction { try $0.setMonthlyBudget(50_000) }
        #expect(try store.read { try $0.monthlyBudget() } == 50_000)
        _ = try book(store, [planned(Self.monday + Self.day, quote: 17_600), planned(Self.monday + 2 * Self.day, quote: 4_000)])
        let spend = try store.read { try $0.spend(startingFrom: Self.monday, before: Self.monday + 30 * Self.day) }
        #expect(spend.spent == 0)
        #expect(spend.booked == 21_600)
        try store.transaction { try $0.setMonthlyBudget(nil) }
        #expect(try store.read { try $0.monthlyBudget() } == nil)
    }

    @Test(arguments: StorageBackend.allCases)
    func aBudgetChangeIsAJournalStepOfItsOwn(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let made = try book(store, [planned(Self.monday + Self.day)])
        try store.transaction { try $0.setMonthlyBudget(80_000, request: "budget £800", summary: "budget 800", madeAt: Self.monday) }
        try store.transaction { try $0.setMonthlyBudget(50_000, request: "budget £500", summary: "budget 500", madeAt: Self.monday) }
        #expect(try store.read { try $0.monthlyBudget() } == 50_000)
        #expect(try store.read { try $0.recentChanges(limit: 5) }.map(\.summary) == ["budget 500", "budget 800", "booked 1"])
        // Undo takes back the budget changes one at a time, newest first, and leaves the booking before them.
        let first = try store.transaction { try $0.undoLatest() }
        #expect(first?.summary == "budget 500")
        #expect(first?.reverted == [])
        #expect(try store.read { try $0.monthlyBudget() } == 80_000)
        #expect(try store.transaction { try $0.undoLatest() }?.summary == "budget 800")
        #expect(try store.read { try $0.monthlyBudget() } == nil, "before the first change there was no budget")
        #expect(try store.read { try $0.booking(id: made[0].id) } == made[0])
        #expect(try store.read { try $0.recentChanges(limit: 5) }.map(\.undone) == [true, true, false])
        // Redo puts them back in the order they were made.
        #expect(try store.transaction { try $0.redoLatest() }?.summary == "budget 800")
        #expect(try store.read { try $0.monthlyBudget() } == 80_000)
        #expect(try store.transaction { try $0.redoLatest() }?.summary == "budget 500")
        #expect(try store.read { try $0.monthlyBudget() } == 50_000)
        #expect(try store.transaction { try $0.redoLatest() } == nil)
        // A new budget change after an undo makes the undone one stale, as a booking change does.
        _ = try store.transaction { try $0.undoLatest() }
        try store.transaction { try $0.setMonthlyBudget(nil, request: "no budget", summary: "budget none", madeAt: Self.monday) }
        #expect(try store.transaction { try $0.redoLatest() } == nil)
        #expect(try store.read { try $0.monthlyBudget() } == nil)
        #expect(try store.transaction { try $0.undoLatest() }?.summary == "budget none")
        #expect(try store.read { try $0.monthlyBudget() } == 80_000)
    }

    @Test(arguments: StorageBackend.allCases)
    func undoAndRedoWalkTheJournalAndAVetoChangesNothing(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let made = try book(store, [planned(Self.monday + Self.day)])
        // A change: the booking moves an hour later, journalled with its state before and after.
        var moved = made[0]
        moved.start += Self.hour
        moved.end += Self.hour
        try store.transaction { tx in
            try tx.update(moved)
            try tx.record(request: "an hour later", summary: "changed #1", madeAt: Self.monday, changes: [(made[0], moved)])
        }
        struct Veto: Error {}
        #expect(throws: Veto.self) { try store.transaction { try $0.undoLatest(vetting: { _ in throw Veto() }) } }
        #expect(try store.read { try $0.booking(id: 1) } == moved, "a vetoed undo leaves the booking as it was")
        var steps: [JournalStep] = []
        let undone = try store.transaction { try $0.undoLatest(vetting: { steps.append($0) }) }
        #expect(undone?.summary == "changed #1")
        #expect(undone?.reverted == [made[0]])
        if case .restore(let state, let current)? = steps.first {
            #expect(state == made[0] && current == moved)
        } else {
            Issue.record("undo of a change shows a restore step, not \(steps)")
        }
        #expect(try store.read { try $0.booking(id: 1) } == made[0])
        let changes = try store.read { try $0.recentChanges(limit: 5) }
        #expect(changes.map(\.summary) == ["changed #1", "booked 1"])
        #expect(changes.map(\.undone) == [true, false])
        #expect(try store.read { try $0.latestChangedIds() } == [1])
        let redone = try store.transaction { try $0.redoLatest() }
        #expect(redone?.restored == [moved])
        #expect(try store.read { try $0.booking(id: 1) } == moved)
        #expect(try store.transaction { try $0.redoLatest() } == nil, "nothing is left to redo")
        // Undoing the booking itself shows the engine a removal of the booking as it now stands.
        _ = try store.transaction { try $0.undoLatest() }
        var removal: [JournalStep] = []
        _ = try store.transaction { try $0.undoLatest(vetting: { removal.append($0) }) }
        if case .remove(let current)? = removal.first { #expect(current == made[0]) } else { Issue.record("\(removal)") }
        #expect(try store.read { try $0.count() } == 0)
        #expect(try store.transaction { try $0.undoLatest() } == nil)
    }

    @Test(arguments: StorageBackend.allCases)
    func anInvoiceBillsWorkDoneAndItsUndoUnbillsIt(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let made = try book(store, [planned(Self.monday - 7 * Self.day), planned(Self.monday - 6 * Self.day)])
        let catalogue = try Catalogue(files: IntentFiles.builtIn)
        let role = try #require(catalogue.role("receptionist"))
        let charge = Pricing.quote(role, minutes: 480, catalogue: catalogue)
        let done = made.map { booking -> Booking in
            var b = booking
            b.status = .done
            b.charge = charge
            b.workedMinutes = 480
            return b
        }
        try store.transaction { tx in
            for b in done { try tx.update(b) }
            try tx.record(request: "done", summary: "marked done", madeAt: Self.monday, changes: zip(made, done).map { ($0, $1) })
        }
        let month = (from: Self.monday - 30 * Self.day, to: Self.monday)
        #expect(try store.read { try $0.unbilled(startingFrom: month.from, before: month.to) }.map(\.id) == [1, 2])
        let charges = try store.read { try $0.unbilledCharges(startingFrom: month.from, before: month.to) }
        #expect(charges.map(\.netMinor) == [charge.subtotalMinor, charge.subtotalMinor])
        let invoice = try store.transaction { tx -> Int64 in
            let id = try tx.insertInvoice(
                month: "2026-11", issuedAt: Self.monday, currency: "GBP",
                subtotal: 2 * charge.subtotalMinor, tax: 2 * charge.taxMinor, total: 2 * charge.totalWithTaxMinor)
            try tx.billInvoice(id, ids: [1, 2], request: "invoice", summary: "invoice 1", madeAt: Self.monday)
            return id
        }
        #expect(try store.read { try $0.bookings(invoice: invoice) }.map(\.status) == [.invoiced, .invoiced])
        #expect(try store.read { try $0.invoiceIds(month: "2026-11") }.map(\.id) == [invoice])
        #expect(try store.read { try $0.unbilled(startingFrom: month.from, before: month.to) }.isEmpty)
        #expect(try store.transaction { try $0.undoLatest() }?.summary == "invoice 1")
        #expect(try store.read { try $0.booking(id: 1) }?.status == .done)
        #expect(try store.read { try $0.unbilled(startingFrom: month.from, before: month.to) }.count == 2)
    }
}
