import Understanding

/// Invoices: bill a month's completed work once, and show or export what was billed.
extension Desk {
    /// `invoice for November`.
    func invoice(_ slots: Slots, line: String) throws -> Reply {
        guard let month = slots.month ?? slots.date else {
            return Reply.refusal(
                line, intent: .invoice, "Which month should I invoice? For example \"invoice for November\" or \"invoice for last month\".",
                error: .noMonth)
        }
        let outcome = try issueInvoice(month: month, lineLimit: InvoiceText.shownLines)
        guard let invoice = outcome.invoice else {
            return Reply.refusal(line, intent: .invoice, outcome.message, error: .nothingToInvoice)
        }
        let shown = invoice.lines.prefix(InvoiceText.shownLines).map(\.bookingId)
        let bookings = try store.read { tx in try shown.compactMap { try tx.booking(id: $0) } }
        return Reply(input: line, intent: .invoice, text: InvoiceText.render(invoice, desk: self) + outcome.message, bookings: bookings)
    }

    /// Bills every completed booking and late-cancellation fee of the month not billed before, marking them
    /// invoiced in one transaction. Nil invoice, and the reason, when there is nothing new to bill.
    /// With a `lineLimit` the invoice holds only its first lines (its count and totals still cover every one):
    /// a reply that shows 50 items need not read 10,000.
    public func issueInvoice(month date: CivilDate, lineLimit: Int? = nil) throws -> (invoice: Invoice?, message: String) {
        let bounds = monthBounds(date)
        let now = self.now
        let name = monthName(bounds.first)
        let issued = try store.transaction { tx -> (Invoice?, [Booking], [Int64]) in
            let waiting = try tx.awaitingConfirmation(startingFrom: bounds.from, before: bounds.to, endedBy: now)
            let billable = try tx.unbilledCharges(startingFrom: bounds.from, before: bounds.to)
            let earlier = try tx.invoiceIds(month: Invoice.key(bounds.first)).map(\.id)
            guard !billable.isEmpty else { return (nil, waiting, earlier) }
            let lines = try tx.unbilled(startingFrom: bounds.from, before: bounds.to, limit: lineLimit)
                .compactMap { Invoice.line($0, catalogue: catalogue) }
            let net = billable.reduce(0) { $0 + $1.netMinor }, tax = billable.reduce(0) { $0 + $1.taxMinor }
            let number = try tx.insertInvoice(
                month: Invoice.key(bounds.first), issuedAt: now, currency: catalogue.currency,
                subtotal: net, tax: tax, total: net + tax)
            try tx.billInvoice(
                number, ids: billable.map(\.id), request: "invoice for \(name)",
                summary: "invoiced \(name) (invoice \(number))", madeAt: now)
            return (
                Invoice(
                    number: number, month: bounds.first, issuedAt: now, currency: catalogue.currency, lines: lines,
                    count: billable.count, netMinor: net, taxMinor: tax), waiting, earlier
            )
        }
        var notes: [String] = []
        if !issued.1.isEmpty {
            let ids = issued.1.map { "#\($0.id)" }.joined(separator: ", ")
            notes.append(
                "Not included, awaiting confirmation: \(ids). Mark \(issued.1.count == 1 ? "it" : "them") done (\"#\(issued.1[0].id) is done, took 3 hours\") and invoice again."
            )
        }
        if issued.0 == nil {
            let numbers = issued.2.map(String.init)
            let already =
                numbers.isEmpty
                ? ""
                : numbers.count == 1
                    ? " Work already billed is on invoice \(numbers[0])."
                    : " Work already billed is on invoices \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last!)."
            return (
                nil, "There is no completed work in \(name) left to invoice.\(already)" + (notes.isEmpty ? "" : " " + notes.joined(separator: " "))
            )
        }
        return (issued.0, notes.isEmpty ? "" : "\n" + notes.joined(separator: " "))
    }

    /// The invoices already issued for a month, rebuilt from the bookings they billed.
    public func invoices(month date: CivilDate) throws -> [Invoice] {
        let first = CivilDate(year: date.year, month: date.month, day: 1)
        return try store.read { tx in
            try tx.invoiceIds(month: Invoice.key(first)).map { entry in
                let lines = try tx.bookings(invoice: entry.id).compactMap { Invoice.line($0, catalogue: catalogue) }
                return Invoice(number: entry.id, month: first, issuedAt: entry.issuedAt, currency: catalogue.currency, lines: lines)
            }
        }
    }
}

/// An invoice as text and as CSV.
public enum InvoiceText {
    public static func render(_ invoice: Invoice, desk: Desk) -> String {
        let tax = desk.catalogue.rules
        var lines = ["Invoice \(invoice.number) for \(desk.monthName(invoice.month)), \(invoice.count) item\(invoice.count == 1 ? "" : "s"):"]
        // A long invoice shows its first items in the reply; the CSV export has every one.
        for l in invoice.lines.prefix(shownLines) {
            let day = desk.time.local(l.start).date.short
            let what = l.kind == .cancellation ? "late-cancellation fee" : "\(DurationText.format(l.workedMinutes)) worked"
            let who = l.assistant.map { " (\($0))" } ?? ""
            lines.append(
                "#\(l.bookingId)  \(day)  \(l.roleLabel)\(who)  \(what)  \(desk.money(l.netMinor)) + \(tax.taxName) \(desk.money(l.taxMinor)) = \(desk.money(l.totalMinor))"
            )
        }
        if invoice.count > shownLines {
            lines.append("… and \(invoice.count - shownLines) more items: `vadesk invoice --month \(invoice.monthKey) --csv` lists them all.")
        }
        lines.append(
            "Subtotal \(desk.money(invoice.netMinor)), \(tax.taxName) \(desk.money(invoice.taxMinor)), total \(desk.money(invoice.totalMinor)). Everything on it is marked as billed and won't be billed again."
        )
        return lines.joined(separator: "\n")
    }

    /// The most invoice items a reply lists.
    public static let shownLines = 50

    public static let csvHeader = [
        "invoice", "booking", "date", "start", "end", "role", "task", "item", "worked_minutes",
        "billed_minutes", "hourly_rate", "net", "tax", "total", "currency"
    ]

    /// One row per line and a totals row; amounts in major units with a point ("55.00"), times in the desk's zone.
    /// Work done by the roster's assistants adds a last column naming who did it; without a roster the columns are as they always were.
    public static func csv(_ invoices: [Invoice], desk: Desk) -> String {
        let named = invoices.contains { $0.lines.contains { $0.assistant != nil } }
        var rows = [csvHeader + (named ? ["assistant"] : [])]
        let digits = desk.catalogue.money.digits
        let plain = MoneyFormat(symbol: "", digits: digits)
        func amount(_ minor: Int64) -> String { plain.format(minor).replacingOccurrences(of: ",", with: "") }
        for invoice in invoices {
            for l in invoice.lines {
                let start = desk.time.local(l.start), end = desk.time.local(l.end)
                rows.append(
                    [
                        String(invoice.number), String(l.bookingId), start.date.description, Clock24.format(start.minute),
                        end.date == start.date ? Clock24.format(end.minute) : "\(end.date) \(Clock24.format(end.minute))",
                        l.roleLabel, l.task ?? "", l.kind.rawValue, String(l.workedMinutes), String(l.billableMinutes),
                        amount(l.hourlyMinor), amount(l.netMinor), amount(l.taxMinor), amount(l.totalMinor), invoice.currency
                    ]
                        + (named ? [l.assistant ?? ""] : []))
            }
            rows.append(
                [
                    String(invoice.number), "", "", "", "", "", "", "total", "", "", "",
                    amount(invoice.netMinor), amount(invoice.taxMinor), amount(invoice.totalMinor), invoice.currency
                ] + (named ? [""] : []))
        }
        return CSV.document(rows)
    }
}
