import Understanding

/// The JSON contract of `vadesk --json` and `vadesk explain --json`. Fields may be added, never renamed or dropped.
public struct ReplyJSON {
    let time: DeskTime
    let catalogue: Catalogue

    public init(time: DeskTime, catalogue: Catalogue) {
        self.time = time
        self.catalogue = catalogue
    }

    /// A reply as one JSON object appended to `out`, written field by field with no value tree on the way.
    public func write(_ reply: Reply, to out: inout JSONOutput) {
        out.openObject()
        out.field("input", reply.input)
        out.field("intent", reply.intent.rawValue)
        out.field("ok", reply.ok)
        out.field("reply", reply.text)
        out.field("needs", reply.needs?.rawValue)
        out.key("bookings")
        out.openArray()
        for booking in reply.bookings { write(booking, to: &out) }
        out.closeArray()
        out.key("quote")
        if let quote = reply.quote { write(quote, to: &out) } else { out.null() }
        out.field("error", reply.error)
        out.key("unread")
        out.openArray()
        for word in reply.unread { out.value(word) }
        out.closeArray()
        out.key("week")
        if let week = reply.week { write(week, to: &out) } else { out.null() }
        out.key("spend")
        if let spend = reply.spend { write(spend, to: &out) } else { out.null() }
        out.closeObject()
    }

    /// A reply's JSON text.
    public func json(_ reply: Reply) -> String { JSONOutput.text { write(reply, to: &$0) } }

    /// "am I on budget?": the month's money as numbers; `budget_minor` and `left_minor` are null without a budget.
    public func write(_ spend: SpendFigures, to out: inout JSONOutput) {
        out.openObject()
        out.field("month", spend.month)
        out.field("currency", catalogue.currency)
        out.field("budget_minor", spend.budgetMinor)
        out.field("spent_minor", spend.spentMinor)
        out.field("booked_minor", spend.bookedMinor)
        out.field("committed_minor", spend.committedMinor)
        out.field("left_minor", spend.leftMinor)
        out.closeObject()
    }

    /// "show my week" and `vadesk week --json`: the days, their totals, and each block as drawn. The
    /// bookings themselves are the reply's `bookings`; `more` writes any fields after the week's own.
    public func write(_ week: WeekView, to out: inout JSONOutput, more: (inout JSONOutput) -> Void = { _ in }) {
        func clock(_ minute: Int) -> String { minute == 1440 ? "24:00" : Clock24.format(minute) }
        out.openObject()
        out.field("from", week.first.description)
        out.field("to", week.first.adding(days: 6).description)
        out.key("hours")
        out.openObject()
        out.field("from", clock(week.firstHour * 60))
        out.field("until", clock(week.endHour * 60))
        out.closeObject()
        out.field("currency", catalogue.currency)
        out.field("count", week.count)
        out.field("minutes", week.minutes)
        out.field("total_minor", week.totalMinor)
        out.key("days")
        out.openArray()
        for (index, day) in week.days.enumerated() {
            out.openObject()
            out.field("date", day.date.description)
            out.field("hours_in_day", day.hours)
            out.key("bookings")
            out.openArray()
            for id in day.ids { out.value(id) }
            out.closeArray()
            out.field("minutes", day.minutes)
            out.field("total_minor", day.totalMinor)
            out.key("blocks")
            out.openArray()
            for block in week.blocks where block.day == index {
                out.openObject()
                out.key("ids")
                out.openArray()
                for id in block.ids { out.value(id) }
                out.closeArray()
                out.field("role", block.role)
                out.field("from", clock(block.from))
                out.field("until", clock(block.until))
                out.field("continued", block.continued)
                out.field("lane", block.lane)
                out.field("lanes", block.lanes)
                out.closeObject()
            }
            out.closeArray()
            out.closeObject()
        }
        out.closeArray()
        out.key("due")
        out.openArray()
        for booking in week.due { out.value(booking.id) }
        out.closeArray()
        more(&out)
        out.closeObject()
    }

    public func write(_ b: Booking, to out: inout JSONOutput) {
        out.openObject()
        out.field("id", b.id)
        out.field("role", b.role)
        out.key("start")
        out.plainString { time.iso(b.start, into: &$0) }
        out.key("end")
        out.plainString { time.iso(b.end, into: &$0) }
        out.field("status", b.status.rawValue)
        out.field("task", b.task)
        out.key("quote")
        out.openObject()
        out.field("currency", b.currency)
        out.field("total_minor", b.quoteMinor)
        out.closeObject()
        out.field("worked_minutes", b.workedMinutes)
        out.key("charge")
        if let charge = b.charge {
            out.openObject()
            out.field("currency", charge.currency)
            out.field("total_minor", charge.totalMinor)
            out.closeObject()
        } else {
            out.null()
        }
        out.field("deadline", b.isDeadline == true)
        out.field("invoice", b.invoiceId)
        out.key("assistant")
        ReplyJSON.write(b.assistant, to: &out)
        out.field("assigned_because", b.assignedBecause)
        out.closeObject()
    }

    /// The person a booking is (or would be) given to, or null.
    static func write(_ assistant: BookedAssistant?, to out: inout JSONOutput) {
        guard let assistant else { return out.null() }
        out.openObject()
        out.field("id", assistant.id)
        out.field("name", assistant.name)
        out.field("tz", assistant.zone)
        out.closeObject()
    }

    /// explain's `assignment`: who a booking line would go to now, and why.
    public static func write(_ preview: AssignmentPreview, to out: inout JSONOutput) {
        out.key("assignment")
        out.openObject()
        out.key("assistant")
        write(preview.assistant, to: &out)
        out.field("assigned_because", preview.because)
        out.field("reason", preview.text)
        out.closeObject()
    }

    /// A booking's JSON text.
    public func json(_ b: Booking) -> String { JSONOutput.text { write(b, to: &$0) } }

    public func write(_ q: Quote, to out: inout JSONOutput) {
        out.openObject()
        out.field("currency", q.currency)
        out.field("total_minor", q.totalMinor)
        out.field("billable_minutes", q.billableMinutes)
        out.field("role", q.role)
        out.field("hourly_minor", q.hourlyMinor)
        out.key("lines")
        out.openArray()
        for line in q.lines {
            out.openObject()
            out.field("label", line.label)
            out.field("amount_minor", line.amountMinor)
            out.field("kind", line.kind.rawValue)
            out.field("minutes", line.minutes)
            out.field("percent", line.percent)
            out.closeObject()
        }
        out.closeArray()
        out.field("worked_minutes", q.workedMinutes)
        out.field("subtotal_minor", q.subtotalMinor)
        out.field("tax_minor", q.taxMinor)
        out.field("total_with_tax_minor", q.totalWithTaxMinor)
        out.closeObject()
    }

    /// `vadesk explain --json`: what the parser understood, with null for slots not present.
    /// `change` is a change's reading into the booking it names and its new values, null for other lines.
    /// `more` writes fields of the caller's after the parse's own (explain's `assignment`).
    public static func explain(
        _ parse: Parse, change: ChangeReading? = nil, to out: inout JSONOutput,
        more: ((inout JSONOutput) -> Void)? = nil
    ) {
        let s = parse.slots
        out.openObject()
        out.field("input", parse.input)
        out.field("intent", parse.intent.rawValue)
        out.field("rule", parse.rule)
        out.key("slots")
        out.openObject()
        out.field("role", s.role)
        out.field("date", s.date?.description)
        out.field("start", s.start.map(Clock24.format))
        out.field("end", s.end.map { $0 == 1440 ? "24:00" : Clock24.format($0) })
        out.field("duration_minutes", s.durationMinutes)
        out.field("booking_id", s.bookingId)
        out.field("count", s.count)
        out.field("all_day", s.allDay)
        out.field("days", s.dateSpanDays)
        out.field("money_minor", s.moneyMinor)
        out.field("currency", s.moneyCurrency)
        out.field("task", s.task)
        out.field("role_text", s.roleText)
        out.field("month", s.month.map { String($0.description.prefix(7)) })
        out.field("deadline", s.deadline)
        out.key("occurrences")
        out.openArray()
        for date in s.occurrences { out.value(date.description) }
        out.closeArray()
        out.field("refers_to_previous", s.refersToPrevious)
        // "them all" (0), "both" (2): a group of the bookings last shown; the money is one request's limit.
        out.field("group", s.group)
        out.field("money_is_limit", s.moneyIsCap)
        out.closeObject()
        out.field("recurrence", s.recurrenceNote)
        out.field("date_resolution", s.dateNote)
        out.field("alternative_date", s.alternativeDate?.description)
        out.field("date_problem", s.dateProblem)
        out.field("duration_problem", s.durationProblem)
        // The runs of words nothing read; "matters" when one could change the request.
        out.key("unread")
        out.openArray()
        for run in parse.unread {
            out.openObject()
            out.field("text", run.text)
            out.field("start", run.start)
            out.field("end", run.end)
            out.field("matters", run.matters)
            out.closeObject()
        }
        out.closeArray()
        out.key("repairs")
        out.openArray()
        for repair in parse.repairs {
            out.openObject()
            out.field("typed", repair.typed)
            out.field("read", repair.read)
            out.closeObject()
        }
        out.closeArray()
        // Each token and what read it.
        out.key("words")
        out.openArray()
        for k in parse.tokens.indices {
            out.openObject()
            out.field("text", parse.tokens[k].text)
            out.field("read_as", parse.reading[k].name)
            out.closeObject()
        }
        out.closeArray()
        // What the words say of bookings already made: "that", "and Thursday too", "two of them", "my PA".
        let references = parse.references
        out.key("references")
        out.openObject()
        out.field("points_back", references.pointsBack)
        out.field("repeats_last", references.repeatsLast)
        out.field("count_of_them", references.countOfThem)
        out.field("names_stored_booking", references.namesStoredBooking)
        out.closeObject()
        out.key("change")
        if let change {
            out.openObject()
            out.field("target", change.target.name)
            out.field("names", change.naming)
            // What neither part read, when a word of it could change the request.
            out.key("unread")
            out.openArray()
            for words in change.unread { out.value(words) }
            out.closeArray()
            out.closeObject()
        } else {
            out.null()
        }
        more?(&out)
        out.closeObject()
    }

    /// A parse's `explain --json` text.
    public static func explainJSON(_ parse: Parse) -> String { JSONOutput.text { explain(parse, to: &$0) } }

    /// `vadesk rates --json`: the whole catalogue, enough for any tool to recompute a quote.
    /// The whole pricing model; the holiday dates listed are those of `years` (computed from the region's rules).
    public func rates(years: ClosedRange<Int>) -> JSONValue {
        .object([
            ("currency", .string(catalogue.currency)),
            ("minor_digits", .int(Int64(catalogue.money.digits))),
            ("increment_minutes", .int(Int64(catalogue.incrementMinutes))),
            (
                "rounding",
                .string(
                    "billable minutes = max(minimum, duration rounded up to the increment); each line is rounded half up to a whole minor unit once: base = hourly_minor × billable / 60; surcharge = hourly_minor × minutes × (percent - 100) / 6000; rush = (base + surcharges) × rush percent / 100; tax = subtotal × tax percent / 100; total_minor = sum of the lines"
                )
            ),
            (
                "roles",
                .array(
                    catalogue.roles.map { role in
                        .object([
                            ("id", .string(role.id)),
                            ("label", .string(role.label)),
                            ("hourly_minor", .int(role.hourlyMinor)),
                            ("minimum_minutes", .int(Int64(role.minimumMinutes))),
                            ("shift_start", .string(Clock24.format(role.shiftStart))),
                            ("shift_end", .string(Clock24.format(role.shiftEnd))),
                            ("synonyms", .array(role.synonyms.map(JSONValue.string)))
                        ])
                    })
            ),
            ("rules", rules(catalogue.rules, years: years))
        ])
    }

    /// The pricing rules every role shares: surcharges with the minutes they cover, holidays, fees and tax.
    func rules(_ r: PricingRules, years: ClosedRange<Int>) -> JSONValue {
        .object([
            (
                "evening",
                .object([
                    ("from", .string(Clock24.format(r.eveningFrom))), ("until", .string(Clock24.format(r.eveningUntil))),
                    ("percent", .int(r.eveningPercent))
                ])
            ),
            ("weekend", .object([("days", .array([.string("saturday"), .string("sunday")])), ("percent", .int(r.weekendPercent))])),
            (
                "holiday",
                .object([
                    ("percent", .int(r.holidayPercent)), ("region", .string(r.holidayRegion)),
                    (
                        "dates",
                        .array(
                            years.flatMap { r.holidays.holidays(in: $0) }.map {
                                .object([("date", .string($0.date.description)), ("name", .string($0.name))])
                            })
                    ),
                    ("region_id", .string(r.holidays.regionId)),
                    ("years", .array(years.map { .int(Int64($0)) })),
                    ("regions", .array(r.holidays.rules?.regions.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) } ?? []))
                ])
            ),
            (
                "surcharge_rule",
                .string(
                    "each minute is charged by its wall-clock date and time in the desk's zone; where several multipliers apply the highest is used; minutes added by rounding or the minimum follow the booked time"
                )
            ),
            ("rush", .object([("within_hours", .int(r.rushHours)), ("percent", .int(r.rushPercent))])),
            ("late_cancellation", .object([("within_hours", .int(r.lateCancelHours)), ("percent", .int(r.lateCancelPercent))])),
            ("tax", .object([("name", .string(r.taxName)), ("percent", .int(r.taxPercent))]))
        ])
    }
}
