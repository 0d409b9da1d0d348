import DeskKit
import Testing
import VadeskTestSupport

/// The same role for the same hours, booked again, is asked about before it is booked.
@Suite struct DuplicateTests {
    @Test func theSameRoleAndHoursAsksBeforeBookingAnother() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a PA Tuesday")
        #expect(desk.respond(to: "need a receptionist Tuesday 9-5").needs == .confirmation)
        #expect(desk.respond(to: "yes").text.hasPrefix("Booked #3: receptionist"))
        let again = desk.respond(to: "book a receptionist on Tuesday")
        #expect(again.text == "You already have #1 and #3: receptionist, Tue 1 Dec, 09:00-17:00. Book another? (yes/no)")
        #expect(again.needs == .confirmation)
        #expect(again.bookings.isEmpty)
        let yes = desk.respond(to: "yes")
        #expect(yes.text.hasPrefix("Booked #4: receptionist, Tue 1 Dec, 09:00-17:00"))
    }

    @Test func noLeavesItAndOtherHoursAreNotADuplicate() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        #expect(desk.respond(to: "need a receptionist Tuesday").needs == .confirmation)
        #expect(desk.respond(to: "no").text.hasPrefix("OK, I've left it"))
        #expect(desk.respond(to: "show my bookings").bookings.count == 1)
        #expect(desk.respond(to: "need a receptionist Tuesday 10-5").text.hasPrefix("Booked #2"))
        #expect(desk.respond(to: "need a receptionist Wednesday").text.hasPrefix("Booked #3"))
        #expect(desk.respond(to: "need a PA Tuesday to chase invoices").text.hasPrefix("Booked #4"))
        #expect(desk.respond(to: "need a PA Tuesday to plan the launch").text.hasPrefix("Booked #5"))
    }

    @Test func severalPeopleInOneRequestAreNotDuplicatesButCountAgainstEarlierOnes() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need two receptionists Tuesday").text.hasPrefix("Booked #1, #2: 2 × receptionist"))
        let more = desk.respond(to: "need two receptionists Tuesday")
        #expect(more.text == "You already have #1 and #2: receptionist, Tue 1 Dec, 09:00-17:00. Book 2 more? (yes/no)")
    }

    @Test func aCancelledOrDoneBookingIsNoTwin() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist on 10 December")
        _ = desk.respond(to: "cancel #1")
        #expect(desk.respond(to: "need a receptionist on 10 December").text.hasPrefix("Booked #2"))
    }
}
