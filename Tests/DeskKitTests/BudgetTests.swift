import DeskKit
import Foundation
import Testing
import VadeskTestSupport

@Suite struct BudgetTests {
    @Test func eachBookingSaysHowMuchOfTheBudgetIsCommitted() throws {
        let desk = try makeDesk()
        let set = desk.respond(to: "set my monthly budget to £800")
        #expect(set.intent == .budget)
        #expect(set.text.hasPrefix("Your monthly budget is now £800.00."))
        #expect(try desk.store.read { try $0.monthlyBudget() } == 80_000)
        let booked = desk.respond(to: "need a receptionist Tuesday")
        #expect(booked.text.contains("£176.00 of your £800.00 budget for December 2026 is now committed (22%)."))
    }

    @Test func goingOverTheBudgetAsksFirstAndYesBooks() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "set my monthly budget to £300")
        _ = desk.respond(to: "need a receptionist Tuesday")  // £176.00
        let ask = desk.respond(to: "need a PA Friday")  // £224.00 would make £400.00
        #expect(ask.needs == .confirmation)
        #expect(ask.bookings.isEmpty)
        #expect(
            ask.text
                == "That would cost £224.00 and take December 2026 to £400.00 committed, £100.00 over your £300.00 monthly budget. Book it anyway? (yes/no)"
        )
        #expect(try desk.store.read { try $0.count() } == 1)
        let yes = desk.respond(to: "yes")
        #expect(yes.ok)
        #expect(yes.bookings.map(\.id) == [2])
        #expect(yes.text.contains("£400.00 of your £300.00 budget for December 2026 is now committed (133%), £100.00 over."))
        #expect(desk.respond(to: "yes").text.hasPrefix("There is no question waiting for a yes."))  // nothing is waiting any more
        #expect(try desk.store.read { try $0.count() } == 2)
    }

    @Test func noLeavesItUnbooked() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "set my monthly budget to £100")
        #expect(desk.respond(to: "need a receptionist Tuesday").needs == .confirmation)
        let no = desk.respond(to: "no")
        #expect(no.text == "OK, I've left it: nothing was booked, changed or cancelled.")
        #expect(try desk.store.read { try $0.count() } == 0)
    }

    @Test func anotherRequestDropsTheHeldBooking() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "set my monthly budget to £100")
        #expect(desk.respond(to: "need a receptionist Tuesday").needs == .confirmation)
        #expect(
            desk.respond(to: "show my bookings").text
                == "You have nothing booked from today on. (I've dropped your earlier request \"need a receptionist Tuesday\", which was waiting for a yes or a no.)"
        )
        #expect(desk.respond(to: "yes").text.hasPrefix("There is no question waiting for a yes."))
        #expect(try desk.store.read { try $0.count() } == 0)
    }

    @Test func twoNonAnswersDropTheHeldBooking() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "set my monthly budget to £100")
        #expect(desk.respond(to: "need a receptionist Tuesday").needs == .confirmation)
        #expect(desk.respond(to: "erm").text == "Sorry, I need a yes or a no. Say \"yes\" to go ahead or \"no\" to leave it.")
        #expect(desk.respond(to: "hmm").text.hasPrefix("I still don't have a yes or a no, so I've dropped that request."))
        #expect(desk.respond(to: "yes").text.hasPrefix("There is no question waiting for a yes."))
        #expect(try desk.store.read { try $0.count() } == 0)
    }

    @Test func spendAndOnBudgetAnswerFromTheStore() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        let desk = try makeDesk(path: path)
        _ = desk.respond(to: "set my monthly budget to £500")
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a PA Friday")
        let later = try makeDesk(path: path, now: "2026-12-02T09:00")
        _ = later.respond(to: "#1 is done, took 4 hours")  // £88.00 instead of £176.00
        let spend = later.respond(to: "how much have I spent this month?")
        #expect(spend.intent == .spend)
        #expect(
            spend.text
                == "December 2026: £88.00 spent on work done and fees, £224.00 booked and not yet done, £312.00 committed; within your £500.00 budget (62%), £188.00 left."
        )
        let onBudget = later.respond(to: "am I on budget?")
        #expect(onBudget.text == spend.text)
        _ = later.respond(to: "set my monthly budget to £300")
        #expect(later.respond(to: "am I on budget?").text.hasSuffix("£312.00 committed; that is £12.00 over your £300.00 budget."))
    }

    @Test func aBudgetInAnotherCurrencyIsRefused() throws {
        let desk = try makeDesk()
        let reply = desk.respond(to: "set my monthly budget to $800")
        #expect(!reply.ok)
        #expect(try desk.store.read { try $0.monthlyBudget() } == nil)
    }
}
