/// The JSON a booking and its quotes are kept as in the store (quote columns and the undo journal).
/// It has exactly the shape `Codable` gives these types, so `JSONDecoder` reads it back; it is
/// written by hand because `JSONEncoder` was a tenth of the cost of every booking.
public enum StoredJSON {
    public static func encode(_ b: Booking) -> String {
        var fields: [(String, JSONValue)] = [
            ("id", .int(b.id)), ("role", .string(b.role)), ("start", .int(b.start)), ("end", .int(b.end)),
            ("status", .string(b.status.rawValue)),
        ]
        if let task = b.task { fields.append(("task", .string(task))) }
        fields += [("currency", .string(b.currency)), ("quoteMinor", .int(b.quoteMinor)),
                   ("billableMinutes", .int(Int64(b.billableMinutes))), ("createdAt", .int(b.createdAt)), ("request", .string(b.request))]
        if let quote = b.quote { fields.append(("quote", value(quote))) }
        if let charge = b.charge { fields.append(("charge", value(charge))) }
        if let worked = b.workedMinutes { fields.append(("workedMinutes", .int(Int64(worked)))) }
        if let deadline = b.isDeadline { fields.append(("isDeadline", .bool(deadline))) }
        if let invoice = b.invoiceId { fields.append(("invoiceId", .int(invoice))) }
        if let assistant = b.assistant {
            fields.append(("assistant", .object([("id", .int(assistant.id)), ("name", .string(assistant.name)), ("zone", .string(assistant.zone))])))
        }
        if let because = b.assignedBecause { fields.append(("assignedBecause", .string(because))) }
        return JSONValue.object(fields).serialized
    }

    public static func encode(_ q: Quote) -> String { value(q).serialized }

    static func value(_ q: Quote) -> JSONValue {
        .object([
            ("currency", .string(q.currency)), ("role", .string(q.role)), ("workedMinutes", .int(Int64(q.workedMinutes))),
            ("billableMinutes", .int(Int64(q.billableMinutes))), ("hourlyMinor", .int(q.hourlyMinor)),
            ("totalMinor", .int(q.totalMinor)),
            ("lines", .array(q.lines.map { line in
                var fields: [(String, JSONValue)] = [("kind", .string(line.kind.rawValue)), ("label", .string(line.label)),
                                                     ("amountMinor", .int(line.amountMinor))]
                if let minutes = line.minutes { fields.append(("minutes", .int(Int64(minutes)))) }
                if let percent = line.percent { fields.append(("percent", .int(Int64(percent)))) }
                return .object(fields)
            })),
        ])
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
                  let amount = item["amountMinor"]?.intValue else { return nil }
            lines.append(QuoteLine(kind: kind, label: label, amountMinor: amount, minutes: item["minutes"]?.intValue.map { Int($0) },
                                   percent: item["percent"]?.intValue.map { Int($0) }))
        }
        return Quote(currency: currency, role: role, workedMinutes: Int(worked), billableMinutes: Int(billable), hourlyMinor: hourly,
                     totalMinor: total, lines: lines)
    }
}
