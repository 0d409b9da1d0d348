import DeskKit
import Foundation
import Testing
import VadeskTestSupport

/// Hidden and reordering characters in stored text are shown escaped wherever text goes out, and stored unchanged.
@Suite struct VisibleTextTests {
    static let override = "\u{202E}"
    let task = "chase \(VisibleTextTests.override)seciovni\u{200B} now"

    @Test(arguments: [
        ("plain £22.00 → Tue 1 Dec… ×2", "plain £22.00 → Tue 1 Dec… ×2"),
        ("a\u{202E}b", "a<U+202E>b"),
        ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
        ("zero\u{200B}width", "zero<U+200B>width"),
        ("bom\u{FEFF}", "bom<U+FEFF>"),
        ("soft\u{AD}hyphen", "soft<U+00AD>hyphen"),
        ("c1\u{85}", "c1<U+0085>"),
        ("tag\u{E0041}", "tag<U+E0041>"),
        ("lines\nand\ttabs stay", "lines\nand\ttabs stay"),
        ("bell\u{7}", "bell<U+0007>")
    ])
    func hiddenCharactersAreWrittenAsCodePoints(text: String, shown: String) {
        #expect(VisibleText.escaped(text) == shown)
    }

    @Test func repliesAndListsShowThemEscapedWhileTheStoreKeepsTheText() throws {
        let desk = try makeDesk()
        let booked = desk.respond(to: "need a PA Friday to \(task)")
        #expect(booked.text.contains("task: chase <U+202E>seciovni<U+200B> now"))
        #expect(!booked.text.contains(VisibleTextTests.override))
        let list = desk.respond(to: "show my bookings")
        #expect(list.text.contains("task: chase <U+202E>seciovni<U+200B> now"))
        #expect(list.bookings.first?.task == task)
    }

    @Test func calendarAndSpreadsheetShowThemEscaped() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a PA Friday to \(task)")
        let ics = ICalendar.document(try desk.calendarEntries(), desk: desk, stamp: desk.now).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("chase <U+202E>seciovni<U+200B> now"))
        #expect(!ics.contains(VisibleTextTests.override))
        #expect(CSV.field(task) == "chase <U+202E>seciovni<U+200B> now")
    }

    @Test func jsonEscapesThemSoTheValueIsUnchangedButVisible() throws {
        let json = JSONValue.string("a\u{202E}b\u{E0041}c £").serialized
        #expect(json == "\"a\\u202eb\\udb40\\udc41c £\"")
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(back == "a\u{202E}b\u{E0041}c £")
    }
}
