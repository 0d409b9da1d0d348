import DeskKit
import Foundation
import Testing
import VadeskTestSupport

@Suite struct DeskTests {
    @Test func bookingResolvesAgainstTheClockAndZone() throws {
        let desk = try makeDesk()
        let reply = desk.respond(to: "need a receptionist Tuesday")
        #expect(reply.intent == .book)
        #expect(reply.ok)
        let json = ReplyJSON(time: desk.time, catalogue: desk.catalogue).json(reply.bookings[0])
        #expect(
            json
                == #"{"id":1,"role":"receptionist","start":"2026-12-01T09:00:00+00:00","end":"2026-12-01T17:00:00+00:00","status":"booked","task":null,"quote":{"currency":"GBP","total_minor":17600},"worked_minutes":null,"charge":null,"deadline":false,"invoice":null,"assistant":null,"assigned_because":null}"#
        )
    }

    @Test func summerTimeOffsetsShowInJSON() throws {
        let desk = try makeDesk(now: "2026-06-01T08:00")
        let reply = desk.respond(to: "need a PA tomorrow")
        let json = ReplyJSON(time: desk.time, catalogue: desk.catalogue).json(reply)
        #expect(json.contains(#""start":"2026-06-02T09:00:00+01:00""#))
    }

    @Test func pastTimesAreRefused() throws {
        let desk = try makeDesk(now: "2026-11-30T10:00")
        let reply = desk.respond(to: "need a receptionist today 9 to 5")
        #expect(!reply.ok)
        #expect(reply.error == "time in the past")
        #expect(desk.respond(to: "show my bookings").bookings.isEmpty)
    }

    @Test func theFallbackNeverBooks() throws {
        let desk = try makeDesk()
        for line in ["asdf", "what's the weather tomorrow", "book a table for two tonight", "transfer £50 to savings", "tomorrow"] {
            let reply = desk.respond(to: line)
            #expect(reply.bookings.isEmpty, "\(line)")
        }
        #expect(desk.respond(to: "show my bookings").bookings.isEmpty)
    }

    @Test(
        arguments: [
            ([0x6E, 0x65, 0x65, 0x64, 0xFF, 0xFE], "invalid UTF-8"),
            ([0x6E, 0x00, 0x65], "NUL byte in line"),
            ([0x6E, 0x1B, 0x5B, 0x32, 0x4A], "control characters in line")
        ] as [([UInt8], String)])
    func badBytesGetAnErrorReply(_ bytes: [UInt8], _ code: String) throws {
        let desk = try makeDesk()
        let reply = desk.respond(toBytes: bytes)
        #expect(!reply.ok)
        #expect(reply.error == code)
        #expect(desk.respond(to: "need a receptionist Tuesday").ok)
    }

    @Test func overlongLinesAreRefused() throws {
        let desk = try makeDesk()
        let reply = desk.respond(toBytes: Array(repeating: 0x61, count: 70_000))
        #expect(!reply.ok)
        #expect(reply.error == "line too long")
    }

    @Test func aQuestionIsAnsweredByTheNextLine() throws {
        let desk = try makeDesk()
        let first = desk.respond(to: "need a PA")
        #expect(first.needs == .date)
        #expect(first.bookings.isEmpty)
        let second = desk.respond(to: "Friday")
        #expect(second.intent == .book)
        #expect(second.bookings.first?.role == "personal_assistant")
        #expect(second.needs == nil)
    }

    @Test func quotesBookNothing() throws {
        let desk = try makeDesk()
        let reply = desk.respond(to: "how much is a receptionist for 8 hours?")
        #expect(reply.quote?.totalMinor == 17_600)
        #expect(reply.quote?.billableMinutes == 480)
        #expect(reply.bookings.isEmpty)
        #expect(desk.respond(to: "show my bookings").bookings.isEmpty)
    }
}
