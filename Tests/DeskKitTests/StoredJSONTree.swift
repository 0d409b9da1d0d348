import DeskKit

/// The stored JSON as it was written before it went straight to bytes: through a `JSONValue` tree.
/// Kept as the reference the direct writer must match byte for byte, as stores hold what it wrote.
enum StoredJSONTree {
    static func encode(_ b: Booking) -> String {
        var fields: [(String, JSONValue)] = [
            ("id", .int(b.id)), ("role", .string(b.role)), ("start", .int(b.start)), ("end", .int(b.end)),
            ("status", .string(b.status.rawValue))
        ]
        if let task = b.task { fields.append(("task", .string(task))) }
        fields += [
            ("currency", .string(b.currency)), ("quoteMinor", .int(b.quoteMinor)),
            ("billableMinutes", .int(Int64(b.billableMinutes))), ("createdAt", .int(b.createdAt)), ("request", .string(b.request))
        ]
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

    static func encode(_ q: Quote) -> String { value(q).serialized }

    static func value(_ q: Quote) -> JSONValue {
        .object([
            ("currency", .string(q.currency)), ("role", .string(q.role)), ("workedMinutes", .int(Int64(q.workedMinutes))),
            ("billableMinutes", .int(Int64(q.billableMinutes))), ("hourlyMinor", .int(q.hourlyMinor)),
            ("totalMinor", .int(q.totalMinor)),
            (
                "lines",
                .array(
                    q.lines.map { line in
                        var fields: [(String, JSONValue)] = [
                            ("kind", .string(line.kind.rawValue)), ("label", .string(line.label)),
                            ("amountMinor", .int(line.amountMinor))
                        ]
                        if let minutes = line.minutes { fields.append(("minutes", .int(Int64(minutes)))) }
                        if let percent = line.percent { fields.append(("percent", .int(Int64(percent)))) }
                        return .object(fields)
                    })
            )
        ])
    }
}
