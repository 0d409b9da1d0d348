import DeskKit
import Foundation
import Testing

@Suite struct JSONWriterTests {
    @Test func stringsAreEscapedAndReadBack() throws {
        let tricky = "quote \" backslash \\ tab \t newline \n bell \u{7} del \u{7F} sep \u{2028}\u{2029} é€ 😀 \u{E2}"
        let text = JSONValue.object([("s", .string(tricky)), ("n", .int(-42)), ("b", .bool(true)), ("z", .null),
                                     ("a", .array([.int(1), .string("")]))]).serialized
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
