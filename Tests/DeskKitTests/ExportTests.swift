import DeskKit
import Foundation
import Testing
import VadeskTestSupport

@Suite struct ExportTests {
    func desk() throws -> Desk {
        let desk = try makeDesk()
        _ = desk.respond(
            to: "need a receptionist Tuesday to welcome the Zürich visitors; answer the phones and keep the visitors' book in order for the whole day"
        )
        _ = desk.respond(to: "need a PA on 10 December")
        _ = desk.respond(to: "cancel #2")
        _ = desk.respond(to: "get someone to transcribe 20 pages by Friday")
        return desk
    }

    func calendar(_ desk: Desk) throws -> String {
        ICalendar.document(try desk.calendarEntries(), desk: desk, stamp: desk.now)
    }

    @Test func linesAreFoldedAt75OctetsWithCRLF() throws {
        let ics = try calendar(try desk())
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
        #expect(lines.contains { $0.hasPrefix(" ") })  // the long description was folded
        // Folding never splits a UTF-8 sequence: each physical line is valid UTF-8 on its own.
        for line in lines { #expect(String(validatingUTF8: line) != nil) }
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:Booking #1: receptionist\\, status booked.\\nTask: welcome the Zürich visitors\\; answer the phones"))
    }

    @Test func eventsHaveStableUIDsUTCTimesAndStatus() throws {
        let desk = try desk()
        let ics = try calendar(desk).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("UID:booking-1@vadesk\r\nDTSTAMP:20261130T090000Z"))
        #expect(ics.contains("DTSTART:20261201T090000Z\r\nDTEND:20261201T170000Z"))
        #expect(ics.contains("UID:booking-2@vadesk"))
        let cancelled = try #require(ics.range(of: "UID:booking-2@vadesk"))
        #expect(ics[cancelled.upperBound...].prefix(400).contains("STATUS:CANCELLED\r\n"))
        #expect(ics[cancelled.upperBound...].prefix(400).contains("SEQUENCE:1\r\n"))
        #expect(ics.contains("BEGIN:VTODO\r\nUID:booking-3@vadesk"))
        #expect(ics.contains("DUE:20261204T170000Z"))
        #expect(ics.contains("STATUS:NEEDS-ACTION"))
        // Exporting again gives the same events: the same UIDs, nothing duplicated.
        let again = try calendar(desk).replacingOccurrences(of: "\r\n ", with: "")
        #expect(again == ics)
    }

    @Test func summerTimeIsWrittenInUTC() throws {
        let desk = try makeDesk(now: "2026-06-01T09:00")
        _ = desk.respond(to: "need a receptionist on 3 June")
        let ics = try calendar(desk)
        #expect(ics.contains("DTSTART:20260603T080000Z\r\nDTEND:20260603T160000Z"))  // 09:00-17:00 BST
    }

    @Test func textEscaping() {
        #expect(ICalendar.text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICalendar.utc(0) == "19700101T000000Z")
        #expect(ICalendar.fold(String(repeating: "é", count: 40)).components(separatedBy: "\r\n ").map(\.utf8.count) == [74, 8])
    }

    @Test(.enabled(if: Python.has("icalendar"))) func anICalendarParserAcceptsIt() throws {
        let ics = try calendar(try desk())
        let script = """
            import sys, json, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            out = []
            for c in cal.walk():
                if c.name in ('VEVENT', 'VTODO'):
                    start = c.decoded('DTSTART').isoformat() if 'DTSTART' in c else None
                    due = c.decoded('DUE').isoformat() if 'DUE' in c else None
                    out.append([c.name, str(c['UID']), str(c['STATUS']), start, due, str(c.get('DESCRIPTION', ''))])
            print(json.dumps(out))
            """
        let result = try Python.run(script, input: ics)
        #expect(result.status == 0, "\(result.output)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[Any]])
        #expect(items.count == 3)
        #expect(items[0][0] as? String == "VEVENT")
        #expect(items[0][1] as? String == "booking-1@vadesk")
        #expect(items[0][2] as? String == "CONFIRMED")
        #expect(items[0][3] as? String == "2026-12-01T09:00:00+00:00")
        #expect(
            (items[0][5] as? String)?.contains("Booking #1: receptionist, status booked.\nTask: welcome the Zürich visitors; answer the phones")
                == true)
        #expect(items[1][2] as? String == "CANCELLED")
        #expect(items[2][0] as? String == "VTODO")
        #expect(items[2][4] as? String == "2026-12-04T17:00:00+00:00")
    }
}
