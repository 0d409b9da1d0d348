import DeskKit
import Testing
import Understanding
import VadeskTestSupport

/// Who did the work shows wherever a booking leaves the desk: the calendar export and the invoice CSV.
@Suite struct RosterRecordsTests {
    /// Tom works from New York; the desk is in London, so his 04:00-12:00 is the desk's 09:00-17:00.
    func team(_ desk: Desk) throws {
        let roster = Roster(desk: desk)
        try roster.add(
            try roster.assistant(name: "Tom Reyes", roles: "receptionist,admin_assistant", zone: "America/New_York", hours: "Mon-Fri 04:00-12:00"))
    }

    @Test func theCalendarEventNamesTheAssistantAtTheRightTime() throws {
        let desk = try makeDesk()
        try team(desk)
        #expect(desk.respond(to: "need a receptionist Tuesday 10am to 2pm").bookings.first?.assistant?.name == "Tom Reyes")
        let ics = ICalendar.document(try desk.calendarEntries(), desk: desk, stamp: desk.now).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("DESCRIPTION:Booking #1: receptionist\\, status booked.\\nAssistant: Tom Reyes (America/New_York)\\nQuoted £88.00."))
        // The times stay the booking's, in UTC, whatever the assistant's zone: 10:00-14:00 GMT.
        #expect(ics.contains("DTSTART:20261201T100000Z\r\nDTEND:20261201T140000Z"))
    }

    @Test func theInvoiceCSVHasAColumnNamingWhoDidTheWork() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        let october = try makeDesk(path: path, now: "2026-10-20T09:00")
        try team(october)
        #expect(october.respond(to: "book an admin assistant on 10 November 10am for 3 hours").bookings.first?.assistant?.name == "Tom Reyes")
        let desk = try makeDesk(path: path, now: "2026-12-01T09:00")
        #expect(desk.respond(to: "#1 is done").ok)
        #expect(desk.respond(to: "invoice for November").ok)
        let csv = InvoiceText.csv(try desk.invoices(month: CivilDate(year: 2026, month: 11, day: 1)), desk: desk)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0].hasSuffix(",total,currency,assistant"))
        #expect(rows[1] == "1,1,2026-11-10,10:00,13:00,admin assistant,,work,180,180,20.00,60.00,12.00,72.00,GBP,Tom Reyes")
        // The totals row leaves the column empty.
        #expect(rows[2] == "1,,,,,,,total,,,,60.00,12.00,72.00,GBP,")
    }
}
