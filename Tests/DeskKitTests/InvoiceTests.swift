import DeskKit
import Foundation
import Testing
import Understanding
import VadeskTestSupport

@Suite struct InvoiceTests {
    /// Three November jobs booked in October; by 1 December two are done and one was never confirmed.
    func november() throws -> Desk {
        let path = temporaryFolder() + "/desk.sqlite"
        let october = try makeDesk(path: path, now: "2026-10-20T09:00")
        // The evening IT job is outside the usual hours, so the desk asks and "yes" books it.
        for line in [
            "book an admin assistant on 10 November 2pm for 3 hours",
            "need IT support on 12 November 6pm for 2 hours to fix the \"main\", =SUM(A1) printer", "yes",
            "need a packer on 25 November"
        ] {
            #expect(october.respond(to: line).ok, "\(line)")
        }
        let desk = try makeDesk(path: path, now: "2026-12-01T09:00")
        #expect(desk.respond(to: "#1 is done").ok)
        #expect(desk.respond(to: "#2 is done, took 3 hours").ok)
        return desk
    }

    @Test func invoiceBillsTheTimeWorkedOnce() throws {
        let desk = try november()
        let reply = desk.respond(to: "invoice for November")
        #expect(reply.intent == .invoice)
        #expect(reply.ok)
        #expect(
            reply.text == """
                Invoice 1 for November 2026, 2 items:
                #1  Tue 10 Nov  admin assistant  3 h worked  £60.00 + VAT £12.00 = £72.00
                #2  Thu 12 Nov  IT support technician  3 h worked  £131.25 + VAT £26.25 = £157.50
                Subtotal £191.25, VAT £38.25, total £229.50. Everything on it is marked as billed and won't be billed again.
                Not included, awaiting confirmation: #3. Mark it done ("#3 is done, took 3 hours") and invoice again.
                """)
        #expect(reply.bookings.map(\.status) == [.invoiced, .invoiced])
        #expect(reply.bookings.map(\.invoiceId) == [1, 1])
        let again = desk.respond(to: "invoice for November")
        #expect(!again.ok)
        #expect(again.text.hasPrefix("There is no completed work in November 2026 left to invoice. Work already billed is on invoice 1."))
        // Work done later goes on its own invoice; the first is unchanged.
        _ = desk.respond(to: "#3 is done")
        let second = try #require(desk.issueInvoice(month: CivilDate(year: 2026, month: 11, day: 1)).invoice)
        #expect(second.number == 2)
        #expect(second.lines.map(\.bookingId) == [3])
        let all = try desk.invoices(month: CivilDate(year: 2026, month: 11, day: 1))
        #expect(all.map(\.number) == [1, 2])
        #expect(all[0].totalMinor == 22_950)
    }

    @Test func aLateCancellationFeeIsInvoiced() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        #expect(desk.respond(to: "cancel #1").needs == .confirmation)
        #expect(desk.respond(to: "yes").bookings.first?.status == .cancelled)
        let reply = desk.respond(to: "invoice for next month")
        #expect(reply.text.contains("#1  Tue 1 Dec  receptionist  late-cancellation fee  £88.00 + VAT £17.60 = £105.60"))
        #expect(reply.bookings.first?.status == .cancelled)
        #expect(reply.bookings.first?.invoiceId == 1)
    }

    @Test func csvIsRFC4180AndSafeInASpreadsheet() throws {
        let desk = try november()
        _ = desk.respond(to: "invoice for November")
        let csv = InvoiceText.csv(try desk.invoices(month: CivilDate(year: 2026, month: 11, day: 1)), desk: desk)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.count == 5)  // header, two lines, total, and the empty string after the last CRLF
        #expect(rows.last == "")
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(rows[0] == "invoice,booking,date,start,end,role,task,item,worked_minutes,billed_minutes,hourly_rate,net,tax,total,currency")
        #expect(rows[1] == "1,1,2026-11-10,14:00,17:00,admin assistant,,work,180,180,20.00,60.00,12.00,72.00,GBP")
        #expect(rows[3] == "1,,,,,,,total,,,,191.25,38.25,229.50,GBP")
        #expect(CSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSV.field("+1") == "'+1")
        #expect(CSV.field("-2") == "'-2")
        #expect(CSV.field("@cmd") == "'@cmd")
        #expect(CSV.field("say \"hi\", then go") == "\"say \"\"hi\"\", then go\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("plain") == "plain")
    }

    @Test(.enabled(if: Python.has("csv"))) func pythonsCSVReaderReadsItBack() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday to greet \"VIP\" guests; =HYPERLINK(x) and more")
        _ = desk.respond(to: "cancel #1")
        _ = desk.respond(to: "yes")
        _ = desk.respond(to: "invoice for next month")
        let csv = InvoiceText.csv(try desk.invoices(month: CivilDate(year: 2026, month: 12, day: 1)), desk: desk)
        let script = """
            import csv, io, json, sys
            data = sys.stdin.buffer.read().decode('utf-8')
            rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
            assert all(len(r) == len(rows[0]) for r in rows), 'ragged rows'
            print(json.dumps(rows))
            """
        let result = try Python.run(script, input: csv)
        #expect(result.status == 0, "\(result.output)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]]
        #expect(rows?.count == 3)
        #expect(rows?[1][6] == "greet \"VIP\" guests; =HYPERLINK(x) and more")
        #expect(rows?[1][7] == "cancellation")
        #expect(rows?[1][13] == "105.60")
    }
}
