import DeskKit
import Understanding

/// The reply JSON as it was written before replies were written straight to bytes: through a
/// `JSONValue` tree. Kept as the reference the direct writer must match byte for byte.
struct ReplyJSONTree {
    let time: DeskTime
    let catalogue: Catalogue

    func encode(_ reply: Reply) -> JSONValue {
        .object([
            ("input", .string(reply.input)),
            ("intent", .string(reply.intent.rawValue)),
            ("ok", .bool(reply.ok)),
            ("reply", .string(reply.text)),
            ("needs", .string(reply.needs?.rawValue)),
            ("bookings", .array(reply.bookings.map(encode))),
            ("quote", reply.quote.map(encode) ?? .null),
            ("error", .string(reply.error)),
            ("unread", .array(reply.unread.map { .string($0) })),
            ("week", reply.week.map(encode) ?? .null),
            ("spend", reply.spend.map(encode) ?? .null)
        ])
    }

    /// "am I on budget?": the month's money as numbers; `budget_minor` and `left_minor` are null without a budget.
    func encode(_ spend: SpendFigures) -> JSONValue {
        .object([
            ("month", .string(spend.month)),
            ("currency", .string(catalogue.currency)),
            ("budget_minor", spend.budgetMinor.map(JSONValue.int) ?? .null),
            ("spent_minor", .int(spend.spentMinor)),
            ("booked_minor", .int(spend.bookedMinor)),
            ("committed_minor", .int(spend.committedMinor)),
            ("left_minor", spend.leftMinor.map(JSONValue.int) ?? .null)
        ])
    }

    /// "show my week" and `vadesk week --json`: the days, their totals, and each block as drawn. The
    /// bookings themselves are the reply's `bookings`.
    func encode(_ week: WeekView) -> JSONValue {
        func clock(_ minute: Int) -> JSONValue { .string(minute == 1440 ? "24:00" : Clock24.format(minute)) }
        return .object([
            ("from", .string(week.first.description)),
            ("to", .string(week.first.adding(days: 6).description)),
            ("hours", .object([("from", clock(week.firstHour * 60)), ("until", clock(week.endHour * 60))])),
            ("currency", .string(catalogue.currency)),
            ("count", .int(Int64(week.count))),
            ("minutes", .int(Int64(week.minutes))),
            ("total_minor", .int(week.totalMinor)),
            (
                "days",
                .array(
                    week.days.enumerated().map { index, day in
                        .object([
                            ("date", .string(day.date.description)),
                            ("hours_in_day", .int(Int64(day.hours))),
                            ("bookings", .array(day.ids.map { .int($0) })),
                            ("minutes", .int(Int64(day.minutes))),
                            ("total_minor", .int(day.totalMinor)),
                            (
                                "blocks",
                                .array(
                                    week.blocks.filter { $0.day == index }.map { block in
                                        .object([
                                            ("ids", .array(block.ids.map { .int($0) })),
                                            ("role", .string(block.role)),
                                            ("from", clock(block.from)),
                                            ("until", clock(block.until)),
                                            ("continued", .bool(block.continued)),
                                            ("lane", .int(Int64(block.lane))),
                                            ("lanes", .int(Int64(block.lanes)))
                                        ])
                                    })
                            )
                        ])
                    })
            ),
            ("due", .array(week.due.map { .int($0.id) }))
        ])
    }

    func encode(_ b: Booking) -> JSONValue {
        .object([
            ("id", .int(b.id)),
            ("role", .string(b.role)),
            ("start", .string(time.iso(b.start))),
            ("end", .string(time.iso(b.end))),
            ("status", .string(b.status.rawValue)),
            ("task", .string(b.task)),
            ("quote", .object([("currency", .string(b.currency)), ("total_minor", .int(b.quoteMinor))])),
            ("worked_minutes", .int(b.workedMinutes)),
            ("charge", b.charge.map { .object([("currency", .string($0.currency)), ("total_minor", .int($0.totalMinor))]) } ?? .null),
            ("deadline", .bool(b.isDeadline == true)),
            ("invoice", .int(b.invoiceId.map(Int.init))),
            ("assistant", b.assistant.map { .object([("id", .int($0.id)), ("name", .string($0.name)), ("tz", .string($0.zone))]) } ?? .null),
            ("assigned_because", .string(b.assignedBecause))
        ])
    }

    func encode(_ q: Quote) -> JSONValue {
        .object([
            ("currency", .string(q.currency)),
            ("total_minor", .int(q.totalMinor)),
            ("billable_minutes", .int(Int64(q.billableMinutes))),
            ("role", .string(q.role)),
            ("hourly_minor", .int(q.hourlyMinor)),
            (
                "lines",
                .array(
                    q.lines.map {
                        .object([
                            ("label", .string($0.label)), ("amount_minor", .int($0.amountMinor)), ("kind", .string($0.kind.rawValue)),
                            ("minutes", .int($0.minutes)), ("percent", .int($0.percent))
                        ])
                    })
            ),
            ("worked_minutes", .int(Int64(q.workedMinutes))),
            ("subtotal_minor", .int(q.subtotalMinor)),
            ("tax_minor", .int(q.taxMinor)),
            ("total_with_tax_minor", .int(q.totalWithTaxMinor))
        ])
    }

    /// `vadesk explain --json`: what the parser understood, with null for slots not present.
    static func explain(_ parse: Parse, change: ChangeReading? = nil) -> JSONValue {
        let s = parse.slots
        var slots: [(String, JSONValue)] = [
            ("role", .string(s.role)),
            ("date", .string(s.date?.description)),
            ("start", .string(s.start.map(Clock24.format))),
            ("end", .string(s.end.map { $0 == 1440 ? "24:00" : Clock24.format($0) })),
            ("duration_minutes", .int(s.durationMinutes)),
            ("booking_id", .int(s.bookingId)),
            ("count", .int(s.count)),
            ("all_day", .bool(s.allDay)),
            ("days", .int(s.dateSpanDays)),
            ("money_minor", s.moneyMinor.map(JSONValue.int) ?? .null),
            ("currency", .string(s.moneyCurrency)),
            ("task", .string(s.task)),
            ("role_text", .string(s.roleText)),
            ("month", .string(s.month.map { String($0.description.prefix(7)) })),
            ("deadline", .bool(s.deadline)),
            ("occurrences", .array(s.occurrences.map { .string($0.description) })),
            ("refers_to_previous", .bool(s.refersToPrevious))
        ]
        // "them all" (0), "both" (2): a group of the bookings last shown; the money is one request's limit.
        slots.append(("group", .int(s.group)))
        slots.append(("money_is_limit", .bool(s.moneyIsCap)))
        return .object([
            ("input", .string(parse.input)),
            ("intent", .string(parse.intent.rawValue)),
            ("rule", .string(parse.rule)),
            ("slots", .object(slots)),
            ("recurrence", .string(s.recurrenceNote)),
            ("date_resolution", .string(s.dateNote)),
            ("alternative_date", .string(s.alternativeDate?.description)),
            ("date_problem", .string(s.dateProblem)),
            ("duration_problem", .string(s.durationProblem)),
            // The runs of words nothing read; "matters" when one could change the request.
            (
                "unread",
                .array(
                    parse.unread.map { run in
                        .object([("text", .string(run.text)), ("start", .int(run.start)), ("end", .int(run.end)), ("matters", .bool(run.matters))])
                    })
            ),
            ("repairs", .array(parse.repairs.map { .object([("typed", .string($0.typed)), ("read", .string($0.read))]) })),
            // Each token and what read it.
            (
                "words",
                .array(
                    parse.tokens.indices.map { k in
                        .object([("text", .string(parse.tokens[k].text)), ("read_as", .string(parse.reading[k].name))])
                    })
            ),
            (
                "references",
                .object([
                    ("points_back", .bool(parse.references.pointsBack)),
                    ("repeats_last", .bool(parse.references.repeatsLast)),
                    ("count_of_them", .int(parse.references.countOfThem)),
                    ("names_stored_booking", .bool(parse.references.namesStoredBooking))
                ])
            ),
            (
                "change",
                change.map {
                    .object([("target", .string($0.target.name)), ("names", .string($0.naming)), ("unread", .array($0.unread.map { .string($0) }))])
                } ?? .null
            )
        ])
    }
}
