import DeskKit
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// Lengths, counts, lists that honour what was asked, roles said through the work, and repaired typos,
/// as the desk acts on them at Monday 30 November 2026 09:00 in London.
@Suite struct WordsDeskTests {
    private func all(_ desk: Desk) throws -> [Booking] {
        try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
    }

    /// line → the bookings it makes, as "role day-of-month HH:MM-HH:MM" joined by ", ".
    static let booked: [(String, String)] = [
        ("need a receptionist for 2 1/2 hours on tuesday", "receptionist 1 09:00-11:30"),
        ("need a receptionist for 3½ hours on tuesday", "receptionist 1 09:00-12:30"),
        ("need a packer ×3 on friday", "packer 4 08:00-16:00, packer 4 08:00-16:00, packer 4 08:00-16:00"),
        ("need a pair of receptionists on friday", "receptionist 4 09:00-17:00, receptionist 4 09:00-17:00"),
        ("I need someone to answer phones Monday", "receptionist 7 09:00-17:00"),
        ("can someone take calls on Monday", "receptionist 7 09:00-17:00"),
        ("someone to box up parcels on Friday", "packer 4 08:00-16:00"),
        ("need someone to handle webchat on Thursday", "customer_service 3 09:00-17:00"),
        ("need someone to do the books on Wednesday", "admin_assistant 2 09:00-17:00"),
        ("can someone fix the wifi tomorrow", "it_support 1 09:00-17:00"),
        ("need someone to set up the new router on Friday", "it_support 4 09:00-17:00"),
        ("need 3 packers for the product launch on Friday", "packer 4 08:00-16:00, packer 4 08:00-16:00, packer 4 08:00-16:00"),
        ("need a receptionist at the dental clinic on Tuesday", "receptionist 1 09:00-17:00"),
        ("need a receptionist wendsday", "receptionist 2 09:00-17:00"),
        ("need a packer on tuseday", "packer 1 08:00-16:00"),
        ("need a personel assistant on Friday", "personal_assistant 4 09:00-17:00"),
        ("need IT suport thursday", "it_support 3 09:00-17:00"),
        ("need a receptionist tomorow", "receptionist 1 09:00-17:00")
    ]

    @Test(arguments: booked)
    func booksWhatWasSaid(_ line: String, _ expected: String) throws {
        let desk = try makeDesk()
        let reply = desk.respond(to: line)
        #expect(reply.ok, "\(line): \(reply.text)")
        let made = try all(desk).map { b -> String in
            let start = desk.time.local(b.start), end = desk.time.local(b.end)
            return "\(b.role) \(start.date.day) \(Clock24.format(start.minute))-\(Clock24.format(end.minute))"
        }
        #expect(made.joined(separator: ", ") == expected, "\(line): \(reply.text)")
    }

    @Test func aDozenPackersAreTwelve() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a dozen packers on friday").ok)
        #expect(try all(desk).count == 12)
        let half = try makeDesk()
        #expect(half.respond(to: "need half a dozen packers on friday").ok)
        #expect(try all(half).count == 6)
    }

    /// Lines that must book nothing: the desk asks or refuses.
    static let refused: [(String, String)] = [
        ("need a receptionist for 3-4 hours on tuesday", "\"3-4 hours\" gives two lengths"),
        ("need a receptionist for 3 or 4 hours on tuesday", "gives two lengths"),
        ("need a receptionist for -3 hours on tuesday", "can't be negative"),
        ("need 0 packers on friday", "at least one person"),
        ("how much for a PA for 3-4 hours on Friday", "gives two lengths")
    ]

    @Test(arguments: refused)
    func booksNothing(_ line: String, _ said: String) throws {
        let desk = try makeDesk()
        let reply = desk.respond(to: line)
        #expect(try all(desk).isEmpty, "\(line): \(reply.text)")
        #expect(reply.text.contains(said), "\(line): \(reply.text)")
    }

    @Test func aLengthAskedAboutIsTakenFromTheAnswer() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a receptionist for 3-4 hours on tuesday").needs == .duration)
        #expect(desk.respond(to: "4 hours").ok)
        let made = try all(desk)
        let booking = try #require(made.first)
        #expect(made.count == 1)
        #expect(booking.end - booking.start == 4 * 3600)
    }

    /// Lists show the window, state and role asked for.
    @Test func listsHonourWhatWasAsked() throws {
        let desk = try makeDesk()
        for line in [
            "need a receptionist on Wednesday", "need IT support on Friday", "need a PA on 12 January 2027",
            "need a packer on 3 February 2027", "need a receptionist on 10 December"
        ] {
            #expect(desk.respond(to: line).ok, "\(line)")
        }
        #expect(desk.respond(to: "cancel #5").ok)
        func ids(_ line: String) -> [Int64] { desk.respond(to: line).bookings.map(\.id) }
        #expect(ids("show my cancelled bookings") == [5])
        #expect(desk.respond(to: "show my cancelled bookings").text.hasPrefix("1 cancelled booking"))
        #expect(ids("show my bookings") == [1, 2, 3, 4])
        #expect(ids("what have I booked in January") == [3])
        #expect(ids("what have I booked in February?") == [4])
        #expect(ids("what have I booked for January?") == [3])
        #expect(ids("is anyone in on Wednesday?") == [1])
        #expect(ids("who's coming on Friday?") == [2])
        #expect(ids("any IT support booked this month?") == [])
        #expect(ids("any IT support booked next month?") == [2])
        #expect(ids("any IT support booked this week?") == [2])
        #expect(ids("do we have a receptionist booked?") == [1])
        #expect(ids("is anyone in on Thursday?") == [])
        #expect(try all(desk).count == 5)
    }

    /// "this month" said on 30 November is November: IT support on 4 December is not in it; December's is.
    @Test func aRoleQuestionForAMonth() throws {
        let desk = try makeDesk(now: "2026-12-01T09:00")
        #expect(desk.respond(to: "need IT support on Friday").ok)
        #expect(desk.respond(to: "need a receptionist on Friday").ok)
        let reply = desk.respond(to: "any IT support booked this month?")
        #expect(reply.intent == .list)
        #expect(reply.bookings.map(\.id) == [1])
    }
}
