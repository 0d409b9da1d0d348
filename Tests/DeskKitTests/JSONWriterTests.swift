import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

@testable import DeskKit

@Suite struct JSONWriterTests {
    @Test func stringsAreEscapedAndReadBack() throws {
        let tricky = "quote \" backslash \\ tab \t newline \n bell \u{7} del \u{7F} sep \u{2028}\u{2029} é€ 😀 \u{E2}"
        let text = JSONValue.object([
            ("s", .string(tricky)), ("n", .int(-42)), ("b", .bool(true)), ("z", .null),
            ("a", .array([.int(1), .string("")]))
        ]).serialized
        #expect(!text.contains("\n"))
        #expect(text.contains("\\u2028\\u2029"))
        #expect(text.contains("\\u0007") && text.contains("\\u007f"))
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(back["s"] as? String == tricky)
        #expect(back["n"] as? Int == -42)
        #expect(back["b"] as? Bool == true)
        #expect(back["z"] is NSNull)
        #expect(text.hasPrefix("{\"s\":"))
        #expect(text.hasSuffix(",\"a\":[1,\"\"]}"))
    }
}

@Suite struct StoredJSONTests {
    @Test func storedBookingsReadBackExactly() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a PA Tuesday 3pm to 7pm to answer \"urgent\" calls")
        _ = desk.respond(to: "need a PA tomorrow")
        _ = desk.respond(to: "#2 is done, took 3 hours")
        let stored = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        #expect(stored.count == 2)
        #expect(stored.contains { $0.charge != nil } || stored.contains { $0.quote != nil })
        for booking in stored {
            let text = try #require(try SQLiteTransaction.json(booking))
            let back = try JSONDecoder().decode(Booking.self, from: Data(text.utf8))
            #expect(back == booking)
            // The same shape JSONEncoder gives, key for key.
            let reference = try JSONSerialization.jsonObject(with: JSONEncoder().encode(booking)) as! NSDictionary
            let ours = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! NSDictionary
            #expect(ours == reference)
        }
    }
}

@Suite struct JSONReaderTests {
    @Test func readsWhatTheWriterWrites() throws {
        let tricky = "quote \" backslash \\ tab \t newline \n bell \u{7} sep \u{2028} é€ 😀"
        let value = JSONValue.object([
            ("s", .string(tricky)), ("n", .int(-9_007_199_254_740_993)), ("b", .bool(false)),
            ("z", .null), ("a", .array([.int(1), .object([])]))
        ])
        #expect(JSONReader.parse(value.serialized) == value)
        #expect(JSONReader.parse(#"{"s":"\ud83d\ude00 \u00e9"}"#)?["s"]?.stringValue == "😀 é")
    }

    @Test func refusesWhatIsNotJSONOrNotWhole() {
        for text in ["", "{", "{\"a\":}", "[1,]", "\"open", "1.5", "1e3", "{\"a\":1} x", "tru", "99999999999999999999"] {
            #expect(JSONReader.parse(text) == nil, "\(text)")
        }
    }

    @Test func storedQuotesReadBackExactly() throws {
        let catalogue = try Catalogue(files: IntentFiles.builtIn)
        let time = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
        let start = time.instant(LocalDateTime(iso: "2026-12-24T20:00")!)
        let quote = Pricing.quote(
            catalogue.role("personal_assistant")!, start: start, minutes: 400, bookedAt: start - 3600,
            catalogue: catalogue, time: time)
        #expect(quote.lines.count >= 4)
        #expect(StoredJSON.quote(StoredJSON.encode(quote)) == quote)
        #expect(try JSONDecoder().decode(Quote.self, from: Data(StoredJSON.encode(quote).utf8)) == quote)
    }
}
