extension Grammar {
    /// Reads one line against the desk's local time. Pure: the same line and clock give the same parse.
    public func parse(_ line: String, now: LocalDateTime) -> Parse {
        var scan = Scan(grammar: self, line: line, now: now)
        scan.recogniseReferences()
        scan.recogniseMoney()
        scan.recogniseDurations()
        scan.recogniseRanges()
        scan.recogniseRecurrence()
        scan.recogniseSpans()
        scan.recogniseMonthsAndDeadlines()
        scan.recogniseDates()
        scan.recogniseTimes()
        scan.recogniseRoles()
        scan.recogniseDescriptions()
        scan.recogniseTask()
        var parse = choose(scan)
        // A month is days for a request about days; invoices, spending and budgets count by the month.
        if let window = scan.monthWindow, parse.slots.date == nil, parse.slots.dateProblem == nil,
           !Grammar.monthIntents.contains(parse.intent) {
            parse.slots.date = window.first
            parse.slots.dateSpanDays = window.days
            let last = window.first.adding(days: window.days - 1)
            parse.slots.dateNote = "\(scan.text(window.words.lowerBound, window.words.upperBound).lowercased()) = "
                + "\(window.first.short) \(window.first.year) to \(last.short) \(last.year), \(window.days) days"
        }
        if scan.readRange && parse.intent == "list" { parse.slots.readAsSpan() }
        if scan.readRange && parse.intent == "modify" { parse.slots.readAsMove(to: scan.rangeTarget) }
        return parse
    }

    /// Intents that read a month as a month (`Slots.month`), not as its days.
    static let monthIntents: Set<String> = ["invoice", "spend", "budget"]

    /// Picks the matching rule of highest priority. At equal priority the rule whose triggers cover
    /// more of the line wins ("no thanks" is an answer, not thanks), then the first written.
    private func choose(_ scan: borrowing Scan) -> Parse {
        let tokens = scan.tokens
        let rules = tables.rules
        // Which tokens each rule's triggers cover, a bit per token; none means the rule was not
        // triggered. Tokens past the 64th share the last bit: such a line is never "alone" or "bare".
        var covered = [UInt64](repeating: 0, count: rules.count)
        for i in tokens.indices {
            tables.triggers.forEachMatch(tokens, at: i) { length, rule in
                for k in i..<(i + length) { covered[rule] |= 1 << UInt64(min(k, 63)) }
            }
        }
        // Tokens that are filler or punctuation, and those an entity other than a task claimed.
        var fillerMask: UInt64 = 0, entityMask: UInt64 = 0
        for k in tokens.indices where k < 64 {
            if tokens[k].kind == .symbol || scan.isFiller(k) { fillerMask |= 1 << UInt64(k) }
            if scan.used[k] && !scan.taskTokens.contains(k) { entityMask |= 1 << UInt64(k) }
        }
        let all: UInt64 = tokens.count >= 64 ? 0 : (1 << UInt64(tokens.count)) - 1
        // Words any rule knows as a trigger: "we can spend 80 quid on a packer Friday" says nothing unknown.
        let anyTrigger = covered.reduce(0, |)
        let present = scan.slots.entityMask
        var best: Int?
        for (index, rule) in rules.enumerated() {
            if rule.hasTriggers && covered[index] == 0 { continue }
            if present & rule.needsMask != rule.needsMask { continue }
            if present & rule.withoutMask != 0 { continue }
            if rule.anyMask != 0 && present & rule.anyMask == 0 { continue }
            if rule.alone && (tokens.count >= 64 || (covered[index] | fillerMask) & all != all) { continue }
            if rule.bare && (tokens.count >= 64 || (anyTrigger | fillerMask | entityMask) & all != all) { continue }
            if let b = best {
                if rules[b].priority > rule.priority { continue }
                if rules[b].priority == rule.priority && covered[b].nonzeroBitCount >= covered[index].nonzeroBitCount { continue }
            }
            best = index
        }
        guard let best else {
            return Parse(input: scan.line, intent: "unknown", rule: nil, triggered: false, slots: scan.slots)
        }
        return Parse(input: scan.line, intent: rules[best].intent, rule: rules[best].name,
                     triggered: rules[best].hasTriggers, slots: scan.slots)
    }
}
