extension Scan {
    /// A whole month named on its own, and deadlines.
    ///
    /// Months (→ `Slots.month`, the month's first day): `this month`, `last month`, `next month`,
    /// `November 2026`, and a month name alone, which means the most recent such month that has
    /// started: said in November 2026, `November` is November 2026 and `December` is December 2025.
    /// A month is named to invoice or total work done, which lies in the past. A month followed by a
    /// day (`December 3`) or preceded by one (`3 December`) is a date and is left to `recogniseDates`.
    ///
    /// Deadlines: `by`, `before`, `no later than` or `due` in front of a date (`by Friday`) set
    /// `Slots.deadline`; the date itself is read as usual.
    mutating func recogniseMonthsAndDeadlines() {
        var i = 0
        while i < tokens.count {
            // Most words start neither a month nor a deadline; one flag says so.
            guard free(i), tokens[i].word >= 0, tables.startsMonthOrDeadline[Int(tokens[i].word)] else { i += 1; continue }
            let word = tokens[i].text
            if slots.month == nil, Scan.relativeMonthWords.contains(word), free(i + 1), i + 1 < tokens.count,
                tokens[i + 1].text == "month" || tokens[i + 1].text == "months"
            {
                let offset = word == "this" ? 0 : word == "next" ? 1 : -1
                slots.month = firstOfThisMonth.adding(months: offset)
                relativeMonth = i..<(i + 2)
                if let first = slots.month { monthWindow = (first, first.lastDayOfMonth.day, i..<(i + 2)) }
                claim(i, 2)
                i += 2
                continue
            }
            if slots.month == nil, let month = match(tables.lexicon.months, i), !dayBeside(i, length: month.length), !verbNotMonth(i),
                !monthHasPart(i), match(tables.lexicon.holidays, i) == nil,  // "august bank holiday" is a day
                !(i >= 2 && match(tables.lexicon.holidays, i - 2).map { $0.length == 3 } == true)
            {  // so is "ides of march"
                var length = month.length
                var first: CivilDate
                // "next March": the coming one not yet begun; "March after next", the one a year on.
                let saidNext = i > 0 && free(i - 1) && tokens[i - 1].text == "next"
                let afterNext = match(tables.lexicon.afterNext, i + length)
                if saidNext || afterNext != nil {
                    first = CivilDate(year: today.year, month: month.payload, day: 1)
                    if first <= today { first = first.adding(months: 12) }
                    if let afterNext {
                        first = first.adding(months: 12)
                        length += afterNext.length
                    }
                    let start = saidNext ? i - 1 : i
                    slots.month = first
                    monthWindow = (first, first.lastDayOfMonth.day, start..<(i + length))
                    claim(start, i + length - start)
                    i += length
                    continue
                }
                let written = integer(i + length).flatMap { tokens[i + length].text.utf8.count == 4 && (1900...9999).contains($0) ? $0 : nil }
                let relative = written == nil ? yearAfterName(at: i + length) : nil
                let year = written ?? relative?.year
                if let year {
                    first = CivilDate(year: year, month: month.payload, day: 1)
                    length += relative?.length ?? 1
                } else {
                    first = CivilDate(year: today.year, month: month.payload, day: 1)
                    if first > today { first = first.adding(months: -12) }
                }
                slots.month = first
                if let window = monthWindow(at: i, month: month.payload, year: year, length: length) { length = window }
                if year == nil, monthWindow == nil { bareMonth = (month.payload, i..<(i + length)) }
                claim(i, length)
                i += length
                continue
            }
            // "two days before Friday", "the day before yesterday" count back from the day; they set no deadline.
            if !slots.deadline, let length = deadlineWord(i), startsDate(i + length),
                !(i >= 1 && tables.lexicon.dayUnits.match(tokens, at: i - 1)?.length == 1)
            {
                slots.deadline = true
                taskBeforeDeadline(i)
                claimCountedThings()
                claim(i, length)
                i += length
                continue
            }
            i += 1
        }
    }

    /// "in February", "during March 2027", "from May to December", "October 2027": the days of those months,
    /// kept as `monthWindow` for a request about days (a list, a booking). Without a year a month is the
    /// next one not yet over (the month slot keeps the invoice's reading, the latest one begun). Returns
    /// the tokens used when a second month was read.
    private mutating func monthWindow(at i: Int, month: Int, year: Int?, length: Int) -> Int? {
        let before = i > 0 && free(i - 1) ? tokens[i - 1].text : ""
        guard year != nil || before == "in" || before == "during" || before == "from" || before == "between" else { return nil }
        var first = CivilDate(year: year ?? today.year, month: month, day: 1)
        if year == nil, first.lastDayOfMonth < today { first = first.adding(months: 12) }
        var last = first.lastDayOfMonth
        var used: Int?
        if before == "from" || before == "between", let join = match(tables.lexicon.rangeWords, i + length),
            let second = match(tables.lexicon.months, i + length + join.length)
        {
            let k = i + length + join.length + second.length
            let endYear = integer(k).flatMap { tokens[k].text.utf8.count == 4 && (1900...9999).contains($0) ? $0 : nil }
            var end = CivilDate(year: endYear ?? first.year, month: second.payload, day: 1)
            if end < first { end = end.adding(months: 12) }
            last = end.lastDayOfMonth
            used = k + (endYear == nil ? 0 : 1) - i
        }
        let days = last.dayNumber - first.dayNumber + 1
        guard days <= 366 else { return used }
        monthWindow = (first, days, (before.isEmpty ? i : i - 1)..<(i + (used ?? length)))
        return used
    }

    static let relativeMonthWords = ["this", "last", "next", "previous"]
    /// The first words of `deadlineWord`'s phrases.
    static let deadlineStarts = ["by", "before", "due", "no"]

    /// "may I…", "march in": month names that are also everyday words count only after for, in, of or during, or before a year.
    private mutating func verbNotMonth(_ i: Int) -> Bool {
        guard ["may", "march", "mar"].contains(tokens[i].text) else { return false }
        // "May", "March?": the month named alone.
        if !tokens.indices.contains(where: { $0 != i && tokens[$0].kind != .symbol }) { return false }
        if i > 0, ["for", "in", "of", "during", "from", "between", "next"].contains(tokens[i - 1].text) { return false }
        if i + 2 < tokens.count, tokens[i + 1].text == "after", tokens[i + 2].text == "next" { return false }
        if let y = tokens.indices.contains(i + 1) ? tokens[i + 1].integer : nil, y >= 1900 { return false }
        return yearAfterName(at: i + 1) == nil
    }

    var firstOfThisMonth: CivilDate { CivilDate(year: today.year, month: today.month, day: 1) }

    /// Whether a day number sits next to the month word at `i`: "December 3", "3 December", "3rd of December".
    private mutating func dayBeside(_ i: Int, length: Int) -> Bool {
        // "Dec. 3": the abbreviation's full stop sits between.
        let after = i + length + (tokens.indices.contains(i + length) && [".", "the"].contains(tokens[i + length].text) ? 1 : 0)
        if let day = tokens.indices.contains(after) ? tokens[after].integer : nil, (1...31).contains(day) { return true }
        // Day words: "December twenty first", "the seventh of December".
        if after < tokens.count, tables.lexicon.dayWords.match(tokens, at: after) != nil { return true }
        for start in max(0, i - 3)..<i {
            if let word = tables.lexicon.dayWords.match(tokens, at: start),
                start + word.length == i || (start + word.length == i - 1 && tokens[i - 1].text == "of")
            {
                return true
            }
        }
        var k = i - 1
        if k >= 0, tokens[k].text == "of" { k -= 1 }
        guard k >= 0 else { return false }
        if let day = tokens[k].integer, (1...31).contains(day) { return true }
        return tables.lexicon.ordinals.match(tokens, at: k) != nil
            || (k >= 1 && tokens[k - 1].integer != nil)
    }

    /// "get someone to transcribe 20 pages by Friday": the words from "to" up to the deadline are the task.
    /// Their numbers are claimed so that "20 pages" is not read as a time; their words stay free, so the
    /// role ("transcribe") is still recognised.
    private mutating func taskBeforeDeadline(_ deadline: Int) {
        guard let to = (0..<deadline).last(where: { free($0) && tokens[$0].text == "to" }), to + 1 < deadline,
            tokens[to + 1].kind == .word, !isAnyTrigger(to + 1)
        else { return }
        slots.task = text(to + 1, deadline)
        used[to] = .task
        deadlineTaskTokens = to..<deadline
        for k in (to + 1)..<deadline where tokens[k].kind == .number && free(k) { used[k] = .task }
    }

    /// In "transcribe 20 pages by Friday", "20 pages" counts the work; it is not 20:00. A number followed by
    /// a word the desk does not otherwise know (not a unit, time word or role) is claimed so no time reads it.
    private mutating func claimCountedThings() {
        for k in tokens.indices.dropLast() where free(k) && countsAThing(k) { used[k] = .task }
    }

    /// A number at `k` followed by a free word the desk does not otherwise know: "20 pages", "300 boxes".
    mutating func countsAThing(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].integer != nil, free(k + 1), tokens[k + 1].kind == .word else { return false }
        // A thing's name ("20 parcels", "300 pages") counts it as surely as a word the desk does not know.
        if tables.lexicon.thingWords.match(tokens, at: k + 1, plural: true) != nil { return true }
        let word = tokens[k + 1].text
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return tables.vocabulary.id(word) < 0 && tables.vocabulary.id(singular) < 0
    }

    /// Whether a deadline word ("by", "before", "due", "no later than") ends just before `i`: "by the end of
    /// the month" is a day to finish by, where "the end of the month" alone is a window of days.
    mutating func followsDeadlineWord(_ i: Int) -> Bool {
        for start in max(0, i - 3)..<i where free(start) || slots.deadline {
            if deadlineWord(start) == i - start { return true }
        }
        return false
    }

    private mutating func deadlineWord(_ i: Int) -> Int? {
        switch tokens[i].text {
        // "the day before yesterday" is a day, not a deadline.
        case "before" where i > 0 && tokens[i - 1].text == "day": return nil
        case "by", "before", "due": return 1
        case "no" where tokens.indices.contains(i + 2) && tokens[i + 1].text == "later" && tokens[i + 2].text == "than": return 3
        default: return nil
        }
    }

    /// Whether a date phrase starts at `i`: a weekday, a relative day, this/next + weekday, a day number or month.
    private mutating func startsDate(_ i: Int) -> Bool {
        guard free(i), i < tokens.count else { return false }
        if match(tables.lexicon.weekdays, i) != nil || match(tables.lexicon.relativeDays, i) != nil || match(tables.lexicon.monthEnds, i) != nil {
            return true
        }
        if let modifier = match(tables.lexicon.modifiers, i), match(tables.lexicon.weekdays, i + modifier.length) != nil { return true }
        if match(tables.lexicon.months, i) != nil { return true }
        if tokens[i].text == "the", free(i + 1), let n = tokens[i + 1].integer, (1...31).contains(n) { return true }
        if let n = tokens[i].integer, (1...31).contains(n), match(tables.lexicon.months, i + 1) != nil { return true }
        if let p = tokens[i].pair, p.separator == 47 { return true }
        return false
    }
}
