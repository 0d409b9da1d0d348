import Foundation
import Testing
import VadeskTestSupport

/// `vadesk invoice`, `vadesk export` and the money fields of the JSON, through the built binary.
@Suite struct MoneyCommandTests {
    /// A database with November work booked in October, done on 1 December.
    func november() throws -> String {
        let db = temporaryFolder() + "/desk.sqlite"
        let booked = try Run(
            ["--db", db, "--now", "2026-10-20T09:00", "--tz", "Europe/London"],
            text: "book an admin assistant on 10 November 2pm for 3 hours\nneed a packer on 25 November\nneed a PA on 3 December\n")
        #expect(booked.status == 0)
        let done = try Run(["--db", db, "--now", "2026-12-01T09:00", "--tz", "Europe/London"], text: "#1 is done\n#2 is done, took 5 hours\n")
        #expect(done.lines.count == 2)
        return db
    }

    @Test func invoiceWritesCSVAndBillsOnce() throws {
        let db = try november()
        let args = ["invoice", "--db", db, "--now", "2026-12-01T10:00", "--tz", "Europe/London", "--month", "2026-11", "--csv"]
        let first = try Run(args)
        #expect(first.status == 0)
        #expect(
            first.stdout == "invoice,booking,date,start,end,role,task,item,worked_minutes,billed_minutes,hourly_rate,net,tax,total,currency\r\n"
                + "1,1,2026-11-10,14:00,17:00,admin assistant,,work,180,180,20.00,60.00,12.00,72.00,GBP\r\n"
                + "1,2,2026-11-25,08:00,16:00,packer,,work,300,300,18.00,90.00,18.00,108.00,GBP\r\n"
                + "1,,,,,,,total,,,,150.00,30.00,180.00,GBP\r\n")
        // Running it again bills nothing new and shows the same invoice.
        let again = try Run(args)
        #expect(again.stdout == first.stdout)
        let chat = try Run(["--db", db, "--now", "2026-12-01T10:00", "--tz", "Europe/London"], text: "invoice for November\n")
        #expect(chat.stdout.hasPrefix("There is no completed work in November 2026 left to invoice. Work already billed is on invoice 1."))
        let file = temporaryFolder() + "/nov.txt"
        let text = try Run(["invoice", "--db", db, "--now", "2026-12-01T10:00", "--tz", "Europe/London", "--month", "2026-11", "--output", file])
        #expect(text.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("Invoice 1 for November 2026, 2 items:\n"))
    }

    @Test func aBadMonthIsABadOption() throws {
        let run = try Run(["invoice", "--db", ":memory:", "--month", "November"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--month takes a month like 2026-11"))
    }

    @Test func exportWritesACalendarFile() throws {
        let db = try november()
        let file = temporaryFolder() + "/bookings.ics"
        let run = try Run(["export", "--db", db, "--now", "2026-12-01T10:00", "--tz", "Europe/London", "--ics", file])
        #expect(run.status == 0)
        let ics = try String(contentsOfFile: file, encoding: .utf8)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 4)
        #expect(ics.contains("UID:booking-3@vadesk\r\n"))
        #expect(ics.contains("DTSTART:20261203T090000Z\r\n"))
        // Exporting again gives the same file: stable UIDs and times, so calendars update rather than duplicate.
        let again = try Run(["export", "--db", db, "--now", "2026-12-01T10:00", "--tz", "Europe/London", "--ics", "-"])
        #expect(again.stdout == ics)
    }

    @Test func jsonCarriesTheBreakdownAndTheCharge() throws {
        let db = try november()
        let run = try Run(
            ["--json", "--db", db, "--now", "2026-12-01T10:00", "--tz", "Europe/London"],
            text: "how much is IT support tonight 7pm for 2 hours?\nshow my bookings\n")
        let quote = try #require(try object(run.lines[0])["quote"] as? [String: Any])
        #expect(quote["subtotal_minor"] as? Int == 10_500)
        #expect(quote["tax_minor"] as? Int == 2_100)
        #expect(quote["total_minor"] as? Int == 10_500)
        #expect(quote["total_with_tax_minor"] as? Int == 12_600)
        let lines = try #require(quote["lines"] as? [[String: Any]])
        #expect(lines.map { $0["kind"] as? String } == ["base", "evening", "rush", "tax"])
        #expect(lines.map { $0["amount_minor"] as? Int } == [7_000, 1_750, 1_750, 2_100])
        #expect(lines[1]["minutes"] as? Int == 120)
        #expect(lines[1]["percent"] as? Int == 125)
        let listed = try #require(try object(run.lines[1])["bookings"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? Int } == [3])
        #expect(listed[0]["charge"] is NSNull)
        #expect(listed[0]["worked_minutes"] is NSNull)
    }
}
