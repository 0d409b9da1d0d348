extension Grammar {
    /// Reads one line against the desk's local time. Pure: the same line and clock give the same parse.
    public func parse(_ line: String, now: LocalDateTime) -> Parse {
        var parse = parse(line, now: now, scoping: true)
        parse.references = references(parse.tokens, parse.reading)
        return parse
    }

    /// With `scoping`, negations and corrections inside the line are read (`Grammar+Scope`); the parts
    /// that reading takes apart are read without it.
    func parse(_ line: String, now: LocalDateTime, scoping: Bool) -> Parse {
        var scan = Scan(grammar: self, line: line, now: now)
        scan.claimant = .reference; scan.recogniseReferences()
        scan.claimant = .money; scan.recogniseMoney()
        scan.claimant = .duration; scan.recogniseDurations()
        scan.claimant = .range; scan.recogniseRanges()
        scan.claimant = .repetition; scan.recogniseRecurrence()
        scan.claimant = .span; scan.recogniseSpans()
        scan.claimant = .month; scan.recogniseMonthsAndDeadlines()
        scan.claimant = .date; scan.recognisePastWeekday(); scan.recogniseDates(); scan.claimDatePrepositions(); scan.notePassedDate()
        scan.claimant = .time; scan.recogniseTimes(); scan.recogniseZones()
        scan.claimant = .role; scan.recogniseRoles()
        scan.claimant = .description; scan.recogniseDescriptions()
        scan.claimant = .duration; scan.recogniseDeltas()
        scan.claimant = .task; scan.recogniseTask()
        // Made once, here: a Parse is large, and each hand-over of a finished one is a copy.
        let choice = choose(&scan)
        var parse = Parse(
            input: scan.line, intent: choice.intent, rule: choice.rule, triggered: choice.triggered,
            slots: take(&scan.slots, leaving: Slots()), tokens: scan.tokens, reading: take(&scan.used, leaving: []),
            unreadThatMatters: choice.unreadThatMatters, repairs: scan.repairs)
        // A month is days for a request about days; invoices, spending and budgets count by the month.
        // A month named alone in a question that looks ahead ("what have I booked for January?") is the
        // coming one, as days, and so is a month said alone ("April"); a budget is set ahead, so its month not yet begun is this year's, and so is a month
        // a spending question names with a word that looks ahead ("am I on budget for December?").
        if scan.monthWindow == nil, let bare = scan.bareMonth, parse.slots.date == nil {
            var first = CivilDate(year: scan.today.year, month: bare.month, day: 1)
            if parse.intent == .budget
                || (parse.intent == .spend && scan.tokens.indices.contains { tables.lexicon.aheadWords.match(scan.tokens, at: $0) != nil })
            {
                parse.slots.month = first
            } else if parse.intent == .list
                || (parse.intent == .unknown
                    && scan.tokens.indices.allSatisfy {
                        bare.words.contains($0) || scan.tokens[$0].kind == .symbol || scan.isFiller($0)
                    })
            {
                if first.lastDayOfMonth < scan.today { first = first.adding(months: 12) }
                scan.monthWindow = (first, first.lastDayOfMonth.day, bare.words)
            }
        }
        if let window = scan.monthWindow, parse.slots.date == nil, parse.slots.dateProblem == nil,
            !Grammar.monthIntents.contains(parse.intent)
        {
            parse.slots.date = window.first
            parse.slots.dateSpanDays = window.days
            let last = window.first.adding(days: window.days - 1)
            parse.slots.dateNote =
                "\(scan.text(window.words.lowerBound, window.words.upperBound).lowercased()) = "
                + "\(window.first.short) \(window.first.year) to \(last.short) \(last.year), \(window.days) days"
        }
        if parse.intent == .unknown { readNow(&parse, now: now) }
        if parse.intent == .list { readStatus(&parse) }
        if scan.readRange && parse.intent == .list { parse.slots.readAsSpan() }
        if scan.readRange && parse.intent == .modify { parse.slots.readAsMove(to: scan.rangeTarget) }
        if parse.intent == .modify { readChangeWords(&parse) }
        if scoping && scan.scopeSaid { scope(&parse, now: now) }
        return parse
    }

    /// "move the receptionist from Thursday": in a change, "from" before a day says which booking is meant,
    /// the one on that day, as "on" would; it starts no series there. "instead" says only that the new
    /// value replaces the old, which every change does.
    func readChangeWords(_ parse: inout Parse) {
        let tokens = parse.tokens
        for k in tokens.indices where parse.reading[k] == .unread && tokens[k].text == "instead" { parse.markRead(k, as: .filler) }
        for k in tokens.indices.dropLast() where parse.reading[k] == .unread && tokens[k].text == "from" {
            let next = k + 1 < tokens.count - 1 && tokens[k + 1].text == "the" && parse.reading[k + 1] != .date ? k + 2 : k + 1
            guard parse.reading[next] == .date else { continue }
            for j in k..<next { parse.markRead(j, as: .date) }
        }
    }

    /// "show my cancelled bookings": a word of `status` nothing else read says which bookings a list shows.
    private func readStatus(_ parse: inout Parse) {
        for k in parse.tokens.indices where parse.reading[k] == .unread {
            guard let found = tables.lexicon.statuses.match(parse.tokens, at: k, used: parse.reading) else { continue }
            parse.slots.status = found.payload
            for j in k..<(k + found.length) { parse.markRead(j, as: .description) }
            return
        }
    }

    /// "now", "right now", "at the moment": the clock's own time, for a line that asks nothing else (so
    /// `explain` shows it). A request keeps the words as filler and asks when, as before.
    private func readNow(_ parse: inout Parse, now: LocalDateTime) {
        guard parse.slots.start == nil, parse.slots.date == nil || parse.slots.date == now.date else { return }
        for k in parse.tokens.indices {
            guard let found = tables.lexicon.nowWords.match(parse.tokens, at: k) else { continue }
            parse.slots.date = now.date
            parse.slots.start = now.minute
            for j in k..<(k + found.length) where parse.reading[j] == .unread || parse.reading[j] == .filler { parse.markRead(j, as: .time) }
            return
        }
    }

    /// Intents that read a month as a month (`Slots.month`), not as its days.
    static let monthIntents: Set<Intent> = [.invoice, .spend, .budget]

    /// Picks the matching rule of highest priority. At equal priority the rule whose triggers cover
    /// more of the line wins ("no thanks" is an answer, not thanks), then the first written.
    private func choose(_ scan: inout Scan) -> Choice {
        // Which tokens each rule's triggers cover, a bit per token; none means the rule was not
        // triggered. Tokens past the 64th share the last bit: such a line is never "alone" or "bare".
        // On the stack: a parse is made for every line, and this array lives only as long as the choice.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tables.rules.count) { covered in
            covered.initialize(repeating: 0)
            return choose(&scan, covered: covered)
        }
    }

    private func choose(_ scan: inout Scan, covered: UnsafeMutableBufferPointer<UInt64>) -> Choice {
        let tokens = scan.tokens
        let rules = tables.rules
        for i in tokens.indices {
            tables.triggers.forEachMatch(tokens, at: i) { length, rule in
                for k in i..<(i + length) { covered[rule] |= 1 << UInt64(min(k, 63)) }
            }
        }
        // Tokens that are filler or punctuation, and those an entity other than a task claimed.
        var fillerMask: UInt64 = 0, entityMask: UInt64 = 0
        for k in tokens.indices where k < 64 {
            if tokens[k].kind == .symbol || scan.isFiller(k) { fillerMask |= 1 << UInt64(k) }
            if scan.used[k].rawValue != 0 && !scan.taskTokens.contains(k) { entityMask |= 1 << UInt64(k) }
        }
        let all: UInt64 = tokens.count >= 64 ? 0 : (1 << UInt64(tokens.count)) - 1
        // Words any rule knows as a trigger: "we can spend 80 quid on a packer Friday" says nothing unknown.
        let anyTrigger = covered.reduce(0, |)
        let present = scan.slots.entityMask
        var best: Int?
        // By index, reading fields in place: a rule is never copied (each copy retains its strings and lists).
        for index in rules.indices {
            if rules[index].hasTriggers && covered[index] == 0 { continue }
            let needsMask = rules[index].needsMask, anyMask = rules[index].anyMask
            if present & needsMask != needsMask { continue }
            if present & rules[index].withoutMask != 0 { continue }
            if anyMask != 0 && present & anyMask == 0 { continue }
            if rules[index].alone && (tokens.count >= 64 || (covered[index] | fillerMask) & all != all) { continue }
            if rules[index].bare && (tokens.count >= 64 || (anyTrigger | fillerMask | entityMask) & all != all) { continue }
            if let b = best {
                if rules[b].priority > rules[index].priority { continue }
                if rules[b].priority == rules[index].priority && covered[b].nonzeroBitCount >= covered[index].nonzeroBitCount { continue }
            }
            best = index
        }
        guard let best else { return Choice(intent: .unknown, rule: nil, triggered: false, unreadThatMatters: account(&scan, triggers: 0)) }
        // The words of any rule with the winner's intent are read: "could you book" and "need" are one request.
        var triggers: UInt64 = 0
        let intent = rules[best].intent
        for index in rules.indices where covered[index] != 0 && rules[index].intent == intent { triggers |= covered[index] }
        let matters = account(&scan, triggers: triggers)
        return Choice(intent: intent, rule: rules[best].name, triggered: rules[best].hasTriggers, unreadThatMatters: matters)
    }

    /// The rule `choose` picked, and the unread words that could change what the line means.
    private struct Choice {
        let intent: Intent
        let rule: String?
        let triggered: Bool
        let unreadThatMatters: UInt64
    }

    /// Marks every token no recogniser claimed as trigger, punctuation, filler or unread, and returns the
    /// unread ones that could change what the line means, a bit per token (the 64th and later share the last).
    private func account(_ scan: inout Scan, triggers: UInt64) -> UInt64 {
        var matters: UInt64 = 0
        for k in scan.tokens.indices where scan.used[k].rawValue == 0 {
            let bit: UInt64 = 1 << UInt64(min(k, 63))
            if scan.tokens[k].word >= 0 && tables.startsScope[Int(scan.tokens[k].word)] { scan.scopeSaid = true }
            if triggers & bit != 0 { scan.used[k] = .trigger; continue }
            if scan.tokens[k].kind == .symbol { scan.used[k] = .punctuation; continue }
            if scan.isFiller(k) { scan.used[k] = .filler; continue }
            if scan.deadlineTaskTokens.contains(k) { scan.used[k] = .task; continue }
            let word = Int(scan.tokens[k].word)
            // "two of them": how many of the bookings a change is about, which the desk reads from the line.
            if scan.tokens[k].kind == .number || (word >= 0 && tables.startsCount[word]), let n = scan.countOfThem(at: k) {
                for j in k..<(k + n) { scan.used[j] = .count }
                continue
            }
            // "I need to cancel": words that only lead into the request.
            if word >= 0, tables.startsAside[word], let aside = tables.lexicon.asides.match(scan.tokens, at: k) {
                for j in k..<(k + aside.length) where scan.used[j].rawValue == 0 { scan.used[j] = .filler }
                continue
            }
            if tables.couldChangeMeaning(scan.tokens, k) || scan.startsAnotherRequest(k) { matters |= bit }
        }
        return matters
    }
}

/// The value, with `empty` left in its place: the scan's slots and readings are handed to the parse it
/// ends in, where a copy would retain every string and list they hold and the scan's end release them again.
@inline(__always) private func take<T>(_ value: inout T, leaving empty: T) -> T {
    var taken = empty
    swap(&taken, &value)
    return taken
}
