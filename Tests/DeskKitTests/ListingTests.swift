import DeskKit
import Foundation
import Testing
import VadeskTestSupport

@Suite struct ListingTests {
    @Test func aLongListShowsItsFirstBookingsAndCountsThemAll() throws {
        let desk = try makeDesk()
        for day in 1...30 {
            #expect(desk.respond(to: "need two packers on \(day) January 2027").ok)
        }
        let list = desk.respond(to: "show my bookings")
        #expect(list.bookings.count == 50)
        #expect(list.bookings.first?.id == 1)
        let lines = list.text.split(separator: "\n")
        let all = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        #expect(all.count == 60)
        let total = desk.catalogue.money.format(all.reduce(0) { $0 + $1.quoteMinor })
        #expect(lines.first == "60 bookings from today on, \(total) in all:")
        #expect(lines.count == 52)
        #expect(lines.last == "… and 10 more. Ask for a day or a week (\"what have I booked on Friday?\") to see them.")
    }

    @Test func theSQLSumAgreesWithWhatEachBookingIsOwed() throws {
        let desk = try makeDesk(now: "2026-11-30T09:00")
        for day in 1...26 { _ = desk.respond(to: "need a receptionist on \(day) December") }
        _ = desk.respond(to: "cancel #3")  // more than 48 h ahead: free
        _ = desk.respond(to: "cancel #1")  // inside 48 h: a fee, after a yes
        _ = desk.respond(to: "yes")
        let bookings = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        let expected = bookings.filter { $0.status != .cancelled }.reduce(0) { $0 + $1.owedMinor }
        let page = try desk.store.read { try $0.listing(startingFrom: 0, before: Int64.max, limit: 5) }
        #expect(page.bookings.count == 5)
        #expect(page.count == bookings.filter { $0.status != .cancelled }.count)
        #expect(page.owedMinor == expected)
        #expect(bookings.first { $0.id == 1 }?.owedMinor == 8_800)  // the late-cancellation fee
        #expect(bookings.first { $0.id == 3 }?.owedMinor == 0)
    }
}
