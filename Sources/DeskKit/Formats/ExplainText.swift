import Understanding

/// `vadesk explain` as text: what was understood and why.
public enum ExplainText {
    public static func render(_ parse: Parse, grammar: Grammar, now: LocalDateTime) -> String {
        var lines = ["input:   \(parse.input)", "now:     \(now) (\(now.date.short))"]
        if let name = parse.rule, let rule = grammar.rules.first(where: { $0.name == name }) {
            lines.append("intent:  \(parse.intent)")
            lines.append("rule:    \(name) (\(rule.file):\(rule.line), priority \(rule.priority))")
        } else {
            lines.append("intent:  unknown (no rule matched)")
        }
        let s = parse.slots
        func add(_ name: String, _ value: String?) {
            if let value { lines.append("\(name)\(String(repeating: " ", count: max(1, 9 - name.count)))\(value)") }
        }
        add("role:", s.role.map { "\($0) (from \"\(s.roleText ?? "")\")" })
        add("date:", s.date.map { "\($0) \($0.short)" + (s.dateSpanDays > 1 ? " for \(s.dateSpanDays) days" : "") })
        add("how:", s.dateNote == s.recurrenceNote ? nil : s.dateNote)
        add("or:", s.alternativeDate.map { "\($0) \($0.short) (the other reading)" })
        add("problem:", s.dateProblem)
        add("length problem:", s.durationProblem)
        add("repeats:", s.recurrenceNote)
        add("dates:", s.occurrences.isEmpty ? nil : s.occurrences.map(\.short).joined(separator: ", "))
        add("start:", s.start.map(Clock24.format))
        add("end:", s.end.map { $0 == 1440 ? "24:00" : Clock24.format($0) })
        add("length:", s.durationMinutes.map { "\($0) min" } ?? (s.allDay ? "all day" : nil))
        add(
            "booking:",
            s.bookingId.map { "#\($0)" } ?? (s.refersToPrevious ? "one described, not numbered" : nil)
                ?? s.group.map { $0 == 0 ? "all of the last shown" : "\($0) of the last shown" })
        add("count:", s.count.map(String.init))
        add(
            "money:",
            s.moneyMinor.map {
                "\($0) minor units" + (s.moneyCurrency.map { " " + $0 } ?? "") + (s.moneyIsCap ? ", the most this request may cost" : "")
            })
        add("task:", s.task)
        add("month:", s.month.map { "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)" })
        add("due:", s.deadline ? "the date is a deadline" : nil)
        add("repairs:", parse.repairs.isEmpty ? nil : parse.repairs.map { "\"\($0.typed)\" read as \"\($0.read)\"" }.joined(separator: ", "))
        let refs = parse.references
        var said: [String] = []
        if refs.pointsBack { said.append("points back at the last bookings") }
        if refs.repeatsLast { said.append("asks for the last booking again") }
        if let n = refs.countOfThem { said.append("\(n) of them") }
        if refs.namesStoredBooking { said.append("names a booking already made") }
        add("refers:", said.isEmpty ? nil : said.joined(separator: "; "))
        let change = change(parse, grammar: grammar, now: now)
        if let change {
            switch change.target {
            case .number(let id): add("changes:", "booking #\(id)")
            case .described: add("changes:", "the booking named by \"\(change.naming ?? "")\"")
            case .previous: add("changes:", "the bookings the last request touched")
            }
        }
        // A change's parts are read apart, so what is left unread is what neither part read.
        if let change {
            add("unread:", change.unread.isEmpty ? nil : change.unread.map { "\"\($0)\" (could change the request)" }.joined(separator: ", "))
        } else {
            let unread = parse.unread
            add(
                "unread:",
                unread.isEmpty ? nil : unread.map { "\"\($0.text)\"" + ($0.matters ? " (could change the request)" : "") }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// A change's reading into the booking it names and its new values; nil for a line that changes nothing.
    public static func change(_ parse: Parse, grammar: Grammar, now: LocalDateTime) -> ChangeReading? {
        parse.intent == .modify ? grammar.changeReading(parse.slots, line: parse.input, reading: parse, now: now) : nil
    }
}
