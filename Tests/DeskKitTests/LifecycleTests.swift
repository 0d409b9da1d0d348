import DeskKit
import Foundation
import Testing
import VadeskTestSupport

/// booked → done (with the time worked) → invoiced, or cancelled; deadline tasks.
@Suite struct LifecycleTests {
    /// A database booked on Mon 30 Nov 2026 09:00, then opened again at `later`.
    func bookThenReopen(_ lines: [String], later: String) throws -> Desk {
        let path = temporaryFolder() + "/desk.sqlite"
        let desk = try makeDesk(path: path)
        for line in lines { #expect(desk.respond(to: line).ok, "\(line)") }
        return try makeDesk(path: path, now: later)
    }

    @Test func doneChargesTheTimeActuallyWorked() throws {
        let desk = try bookThenReopen(["need a receptionist Tuesday"], later: "2026-12-01T18:00")
        let reply = desk.respond(to: "#1 is done, took 2.5 hours")
        #expect(reply.intent == .done)
        #expect(reply.ok)
        let b = try #require(reply.bookings.first)
        #expect(b.status == .done)
        #expect(b.workedMinutes == 150)
        #expect(b.charge?.subtotalMinor == 5_500)  // 2 h 30 min at £22.00
        #expect(b.charge?.totalMinor == 5_500)
        #expect(b.charge?.totalWithTaxMinor == 6_600)
        #expect(b.quoteMinor == 17_600)  // the quote is kept as it was
        #expect(reply.text.contains("2 h 30 min worked, charged £55.00; quoted £176.00"))
        #expect(desk.respond(to: "#1 is done").text == "#1 is already marked done with 2 h 30 min worked.")
        #expect(desk.respond(to: "undo").ok)
        #expect(try desk.store.read { try $0.booking(id: 1) }?.status == .booked)
    }

    @Test func doneWithoutATimeChargesTheBookedHours() throws {
        let desk = try bookThenReopen(["need a receptionist Tuesday"], later: "2026-12-02T09:00")
        let reply = desk.respond(to: "mark the Tuesday receptionist done")
        #expect(reply.ok)
        #expect(reply.bookings.first?.id == 1)
        #expect(reply.bookings.first?.workedMinutes == 480)
        #expect(reply.bookings.first?.charge?.totalMinor == 17_600)
        #expect(reply.text.contains("8 h worked as booked"))
    }

    @Test func severalMatchesAreListedAndAsked() throws {
        let desk = try bookThenReopen(["need 2 receptionists Tuesday"], later: "2026-12-02T09:00")
        let ask = desk.respond(to: "mark the receptionist done")
        #expect(ask.needs == .booking)
        #expect(ask.text.hasPrefix("2 bookings fit that. Which should I mark done?"))
        #expect(ask.text.contains("#1 ") && ask.text.contains("#2 "))
        let answer = desk.respond(to: "#2")
        #expect(answer.intent == .done)
        #expect(answer.bookings.map(\.id) == [2])
        #expect(answer.bookings.first?.status == .done)
    }

    @Test func workNotStartedCannotBeDone() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        let reply = desk.respond(to: "#1 is done")
        #expect(!reply.ok)
        #expect(reply.text.contains("hasn't started yet"))
        #expect(try desk.store.read { try $0.booking(id: 1) }?.status == .booked)
    }

    @Test func workUnderWayAsksHowLongAndRefusesMoreThanHasPassed() throws {
        let desk = try bookThenReopen(["need IT support tomorrow 10am for 3 hours"], later: "2026-12-01T11:30")
        let ask = desk.respond(to: "#1 is done")
        #expect(ask.needs == .duration)
        let tooMuch = desk.respond(to: "#1 is done, took 4 hours")
        #expect(!tooMuch.ok)
        #expect(tooMuch.text == "#1 started at Tue 1 Dec 10:00, only 1 h 30 min ago, so 4 h can't have been worked yet.")
        let done = desk.respond(to: "#1 took 1 hour")
        #expect(done.bookings.first?.workedMinutes == 60)
        #expect(done.bookings.first?.charge?.subtotalMinor == 3_500)
    }

    @Test func passedBookingsShowAsAwaitingConfirmation() throws {
        let desk = try bookThenReopen(["need a receptionist Tuesday", "need a PA Friday"], later: "2026-12-02T09:00")
        let list = desk.respond(to: "show my bookings")
        #expect(list.bookings.map(\.id) == [1, 2])
        #expect(list.text.contains("#1  Tue 1 Dec, 09:00-17:00  receptionist  £176.00  (awaiting confirmation: say \"#1 is done\")"))
        #expect(!list.text.contains("#2 is done"))
    }

    @Test func cancellingInsideTheNoticePeriodChargesTheFee() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")  // 24 h away: inside 48 h
        _ = desk.respond(to: "need a receptionist on 10 December")
        let ask = desk.respond(to: "cancel #1")
        #expect(ask.text == "Cancelling #1 this late carries a fee of £88.00. Cancel it anyway? (yes/no)")
        let late = desk.respond(to: "yes")
        #expect(late.bookings.first?.charge?.totalMinor == 8_800)
        #expect(late.text.contains("late-cancellation fee of £88.00 plus VAT"))
        let free = desk.respond(to: "cancel #2")
        #expect(free.bookings.first?.charge == nil)
        #expect(free.text.contains("No charge: more than 48 h notice."))
        #expect(desk.respond(to: "how much will I spend next month?").text.contains("December 2026: £88.00 spent"))
    }

    @Test func deadlineTasksAreDueAndThenOverdue() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        let desk = try makeDesk(path: path)
        let reply = desk.respond(to: "get someone to transcribe 20 pages by Friday")
        #expect(reply.ok)
        let task = try #require(reply.bookings.first)
        #expect(task.isDeadline == true)
        #expect(task.task == "transcribe 20 pages")
        #expect(task.role == "admin_assistant")
        #expect(reply.text.contains("due by Fri 4 Dec 17:00"))
        #expect(desk.respond(to: "show my bookings").text.contains("#1  due Fri 4 Dec 17:00  admin assistant"))
        let later = try makeDesk(path: path, now: "2026-12-05T09:00")
        let list = later.respond(to: "show my bookings")
        #expect(list.text.contains("#1  due Fri 4 Dec 17:00  admin assistant  £20.00  (OVERDUE)"))
        let ask = later.respond(to: "#1 is done")
        #expect(ask.needs == .duration)
        let done = later.respond(to: "took 3 hours")
        #expect(done.bookings.first?.charge?.totalMinor == 6_000)
        #expect(done.bookings.first?.status == .done)
    }
}

@Suite struct OvernightTests {
    @Test func anOvernightRangeIsBookedIntoTheNextDayAndPricedAcrossMidnight() throws {
        let desk = try makeDesk()
        // Outside the role's usual hours, so the desk reads it back first.
        #expect(desk.respond(to: "need a receptionist Friday 6pm to 2am").needs == .confirmation)
        let reply = desk.respond(to: "yes")
        let b = try #require(reply.bookings.first)
        #expect(b.end - b.start == 8 * 3600)
        #expect(reply.text.hasPrefix("Booked #1: receptionist, Fri 4 Dec, 18:00-Sat 5 Dec 02:00 (8 h), quoted £231.00"))
        #expect(reply.quote?.lines.map(\.kind) == [.base, .evening, .weekend, .tax])
        #expect(reply.quote?.lines.compactMap(\.minutes) == [480, 360, 120])
    }
}
