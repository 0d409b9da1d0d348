import DeskKit
import Testing
import VadeskTestSupport

/// A change the person can't take is no dead end either: nothing changes, the reply offers what the change could be
/// instead, and the next line picks one, which makes the change with that person and time as one undo step.
@Suite struct RosterChangeOfferTests {
    /// Sarah (on leave 14-18 December) has #1 on Tuesday 1 December, 10:00-13:00; Tom is free in London's 09:00-17:00.
    func desk() throws -> Desk {
        let desk = try RosterOfferTests().desk()
        _ = desk.respond(to: "need a receptionist Tuesday 10am to 1pm with Sarah")
        return desk
    }

    @Test func aMoveThePersonCantTakeOffersAndChangesNothing() throws {
        let desk = try desk()
        let reply = desk.respond(to: "move it to Monday 14 December")
        RosterOfferTests.expectOffer(reply)
        #expect(reply.text.hasPrefix("#1 is Sarah Khan's: Sarah Khan is on leave Mon 14 Dec to Fri 18 Dec"))
        #expect(reply.text.contains("Nothing was changed. I can make it instead: 1) Tom Reyes then; 2) Sarah Khan Mon 21 Dec, 10:00-13:00."))
        try expectAsBooked(desk)
    }

    /// Tom takes it on the day asked; Sarah on the nearest day she is back.
    @Test(arguments: [("Tom is fine", "Tom Reyes"), ("the first", "Tom Reyes"), ("the second one", "Sarah Khan"), ("Monday 21st then", "Sarah Khan")])
    func theNextLinePicksOneAndMakesTheChange(_ line: String, _ person: String) throws {
        let desk = try desk()
        let picked = RosterOfferTests.expectPicked(line, after: "move it to Monday 14 December", on: desk, person: person)
        let day = person == "Tom Reyes" ? "Mon 14 Dec" : "Mon 21 Dec"
        #expect(picked.text.hasPrefix("Changed #1: receptionist, \(day), 10:00-13:00 (3 h)"), "\(picked.text)")
        // One step: undo puts back the day, the hours and the person together.
        _ = desk.respond(to: "undo")
        try expectAsBooked(desk)
    }

    /// A change that names someone gives the booking to them, never leaving the name unheeded.
    @Test func aChangeThatNamesSomeoneGivesThemTheBooking() throws {
        let desk = try desk()
        let reply = desk.respond(to: "move #1 to Wednesday with Tom")
        #expect(reply.text.hasPrefix("Changed #1: receptionist, Wed 2 Dec, 10:00-13:00 (3 h)"), "\(reply.text)")
        #expect(reply.bookings.first?.assistant?.name == "Tom Reyes")
        _ = desk.respond(to: "undo")
        try expectAsBooked(desk)
    }

    /// #1 as it was booked: Sarah's, Tuesday 10:00-13:00.
    func expectAsBooked(_ desk: Desk, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let booking = try #require(try desk.store.read { try $0.booking(id: 1) }, sourceLocation: sourceLocation)
        #expect(booking.assistant?.name == "Sarah Khan", sourceLocation: sourceLocation)
        #expect(desk.time.span(booking.start, booking.end) == "Tue 1 Dec, 10:00-13:00", sourceLocation: sourceLocation)
    }

    @Test func hoursThePersonDoesntWorkOfferPartOfTheTime() throws {
        let desk = try desk()
        let reply = desk.respond(to: "make it 9am to 6pm")
        RosterOfferTests.expectOffer(reply)
        #expect(reply.text.contains("1) Sarah Khan for 09:00-17:00 of it"), "\(reply.text)")
        let picked = desk.respond(to: "the first")
        #expect(picked.text.hasPrefix("Changed #1: receptionist, Tue 1 Dec, 09:00-17:00 (8 h)"), "\(picked.text)")
        #expect(picked.bookings.first?.assistant?.name == "Sarah Khan")
    }

    @Test func anythingElseDropsTheOffer() throws {
        let desk = try desk()
        _ = desk.respond(to: "move it to Monday 14 December")
        _ = desk.respond(to: "show my bookings")
        #expect(desk.awaiting == .choice)  // a look at the list keeps the question
        let other = desk.respond(to: "need a receptionist Wednesday")
        #expect(other.text.contains("I've dropped your earlier request \"move it to Monday 14 December\""))
        #expect(desk.awaiting == nil)
        try expectAsBooked(desk)
    }
}
