/// The JSON a booking and its quotes are kept as in the store (quote columns and the undo journal).
/// It has exactly the shape `Codable` gives these types, so `JSONDecoder` reads it back; it is
/// written by hand, straight into bytes, because `JSONEncoder` was a tenth of the cost of every booking.
public enum StoredJSON {
    public static func encode(_ b: Booking) -> String {
        JSONOutput.text { out in
            out.openObject()
            out.field("id", b.id)
            out.field("role", b.role)
            out.field("start", b.start)
            out.field("end", b.end)
            out.field("status", b.status.rawValue)
            if let task = b.task { out.field("task", task) }
            out.field("currency", b.currency)
            out.field("quoteMinor", b.quoteMinor)
            out.field("billableMinutes", b.billableMinutes)
            out.field("createdAt", b.createdAt)
            out.field("request", b.request)
            if let quote = b.quote {
                out.key("quote")
                write(quote, to: &out)
            }
            if let charge = b.charge {
                out.key("charge")
                write(charge, to: &out)
            }
            if let worked = b.workedMinutes { out.field("workedMinutes", worked) }
            if let deadline = b.isDeadline { out.field("isDeadline", deadline) }
            if let invoice = b.invoiceId { out.field("invoiceId", invoice) }
            if let assistant = b.assistant {
                out.key("assistant")
                out.openObject()
                out.field("id", assistant.id)
                out.field("name", assistant.name)
                out.field("zone", assistant.zone)
                out.closeObject()
            }
            if let because = b.assignedBecause { out.field("assignedBecause", because) }
            out.closeObject()
        }
    }

    public static func encode(_ q: Quote) -> String { JSONOutput.text { write(q, to: &$0) } }

    static func write(_ q: Quote, to out: inout JSONOutput) {
        out.openObject()
        out.field("currency", q.currency)
        out.field("role", q.role)
        out.field("workedMinutes", q.workedMinutes)
        out.field("billableMinutes", q.billableMinutes)
        out.field("hourlyMinor", q.hourlyMinor)
        out.field("totalMinor", q.totalMinor)
        out.key("lines")
        out.openArray()
        for line in q.lines {
            out.openObject()
            out.field("kind", line.kind.rawValue)
            out.field("label", line.label)
            out.field("amountMinor", line.amountMinor)
            if let minutes = line.minutes { out.field("minutes", minutes) }
            if let percent = line.percent { out.field("percent", percent) }
            out.closeObject()
        }
        out.closeArray()
        out.closeObject()
    }

    /// Reads a stored quote back, or nil when the text is not one.
    public static func quote(_ text: String) -> Quote? {
        guard let v = JSONReader.parse(text), let currency = v["currency"]?.stringValue, let role = v["role"]?.stringValue,
            let worked = v["workedMinutes"]?.intValue, let billable = v["billableMinutes"]?.intValue,
            let hourly = v["hourlyMinor"]?.intValue, let total = v["totalMinor"]?.intValue, let items = v["lines"]?.arrayValue
        else { return nil }
        var lines: [QuoteLine] = []
        for item in items {
            guard let kind = item["kind"]?.stringValue.flatMap(QuoteLine.Kind.init(rawValue:)), let label = item["label"]?.stringValue,
                let amount = item["amountMinor"]?.intValue
            else { return nil }
            lines.append(
                QuoteLine(
                    kind: kind, label: label, amountMinor: amount, minutes: item["minutes"]?.intValue.map { Int($0) },
                    percent: item["percent"]?.intValue.map { Int($0) }))
        }
        return Quote(
            currency: currency, role: role, workedMinutes: Int(worked), billableMinutes: Int(billable), hourlyMinor: hourly,
            totalMinor: total, lines: lines)
    }
}
