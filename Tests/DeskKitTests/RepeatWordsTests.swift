import DeskKit
import Testing
import VadeskTestSupport

/// "too", "also", "again", "same", "another", "as well" ask for the last booking again, where the parse
/// read them as such; inside a task they are the task's words.
@Suite struct RepeatWordsTests {
    @Test(arguments: [
        ("and Thursday too", "2026-12-03T10:00:00+00:00", "2026-12-03T14:00:00+00:00"),
        ("same again on Friday", "2026-12-04T10:00:00+00:00", "2026-12-04T14:00:00+00:00"),
        ("Friday as well", "2026-12-04T10:00:00+00:00", "2026-12-04T14:00:00+00:00")
    ])
    func aRepeatTakesTheLastBookingsRoleAndHours(_ line: String, _ start: String, _ end: String) throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a PA on Wednesday from 10 to 2").bookings.count == 1)
        let reply = desk.respond(to: line)
        let booking = try #require(reply.bookings.first, "\(reply.text)")
        #expect(booking.role == "personal_assistant")
        #expect(desk.time.iso(booking.start) == start)
        #expect(desk.time.iso(booking.end) == end)
    }

    @Test func theWordsOfATaskAreNotARepeat() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a PA on Wednesday from 10 to 2").bookings.count == 1)
        let reply = desk.respond(to: "need a receptionist on Friday to check the same reports")
        let booking = try #require(reply.bookings.first, "\(reply.text)")
        // The receptionist's own shift, not the PA's hours copied over.
        #expect(desk.time.iso(booking.start) == "2026-12-04T09:00:00+00:00")
        #expect(desk.time.iso(booking.end) == "2026-12-04T17:00:00+00:00")
        #expect(booking.task == "check the same reports")
    }
}
