extension Scan {
    /// Repeating requests: `every Monday`, `every weekday`, `every other Friday`, `each day next week`,
    /// `Mondays and Thursdays in December`, `every Tuesday until Christmas`, `every Friday for the next 4 weeks`.
    /// Fills `occurrences` with the dates, at most `limit` of them (language.words), and sets `date` to the
    /// first. Repeats start after today, like a bare weekday; with no end they run for `weeks` weeks.
    mutating func recogniseRecurrence() {
        for i in tokens.indices where free(i) && tokens[i].word >= 0 && tables.startsRepeat[Int(tokens[i].word)] {
            // "Tuesday mornings": the weekday before a part of the day in the plural starts the repetition.
            let weekdayBefore =
                i > 0 && free(i - 1) && tokens[i - 1].word >= 0 && tables.startsWeekdayList[Int(tokens[i - 1].word)] && pluralDaypart(i)
                && match(tables.lexicon.weekdays, i - 1)?.length == 1
            if recurrence(at: weekdayBefore ? i - 1 : i) { return }
        }
    }

    /// "mornings", "afternoons", "evenings": a part of the day said in the plural, one word.
    private mutating func pluralDaypart(_ k: Int) -> Bool {
        k < tokens.count && free(k) && tokens[k].text.utf8.last == 115 && match(tables.lexicon.dayparts, k)?.length == 1
    }

    /// Which days repeat, read at the start of a repetition.
    private struct Pattern {
        /// Bit n set for ISO weekday n (1 = Monday).
        var weekdays = 0
        /// 1 for every week, 2 for every other week.
        var step = 1
        var name = ""
    }

    private mutating func recurrence(at i: Int) -> Bool {
        if dayRange(at: i) { return true }
        guard let (pattern, length) = repeatPattern(at: i) else { return false }
        claim(i, length)
        if i > 0, free(i - 1), tokens[i - 1].text == "on" { claim(i - 1, 1) }
        var first = today.adding(days: 1)
        var last: CivilDate?
        var bounds = ""
        var started = false
        var spanLength: (days: Int, months: Int)?
        func keep(_ bound: Bound) {
            if let start = bound.first {
                first = max(first, start)
                started = true
            }
            if let end = bound.last { last = last.map { min($0, end) } ?? end }
            if let length = bound.span { spanLength = length }
            bounds += " " + bound.note
        }
        // A bound said before the repetition: "from 14 December every Monday", "for the next 2 weeks every Monday".
        if let before = boundEnding(at: i) {
            keep(before.bound)
            claim(before.from, i - before.from)
        }
        var k = i + length
        // Up to two bounds follow, in any order: a month, a week, a start, an end, a span.
        for _ in 0..<2 {
            if free(k), tokens[k].text == "," { k += 1 }
            // "every morning next week": the part of the day is the time reader's, the week is ours.
            if let part = match(tables.lexicon.dayparts, k) { k += part.length }
            // "every Monday 9-1 in December": hours between the repetition and its bound are the time reader's.
            var past = k
            while past < min(k + 5, tokens.count), free(past),
                tokens[past].kind == .number || match(tables.lexicon.rangeWords, past) != nil || match(tables.lexicon.meridiems, past) != nil
            {
                past += 1
            }
            if past > k, bound(at: past) != nil { k = past }
            guard let bound = self.bound(at: k) else { break }
            keep(bound)
            claim(k, bound.length)
            k += bound.length
        }
        // A span counts from the start when one is said ("for 4 weeks from 16 December"), else from today.
        if let spanLength {
            let origin = started ? first : today
            var end = spanLength.months > 0 ? origin.adding(months: spanLength.months) : origin.adding(days: spanLength.days)
            if started {
                end = end.adding(days: -1)
                bounds = bounds.replacing("for the next ", with: "for ")
            }
            last = last.map { min($0, end) } ?? end
        }
        let end = last ?? first.adding(days: tables.lexicon.repeatWeeks * 7 * pattern.step - 1)
        var dates: [CivilDate] = []
        dates.reserveCapacity(tables.lexicon.repeatLimit)
        var total = 0
        var firstWeek: Int?
        // Counting stops ten years on, so "every day until 9999" costs no more than a long request.
        // Days are walked as day numbers; a date is made only for the days kept.
        let firstNumber = first.dayNumber
        let lastNumber = min(end.dayNumber, firstNumber + 3660)
        var n = firstNumber
        while n <= lastNumber {
            let weekday = ((n + 3) % 7 + 7) % 7 + 1  // 1970-01-01, day 0, was a Thursday
            if pattern.weekdays & (1 << weekday) != 0 {
                let week = (n - weekday + 1) / 7
                if firstWeek == nil { firstWeek = week }
                if (week - firstWeek!) % pattern.step == 0 {
                    total += 1
                    if dates.count < tables.lexicon.repeatLimit { dates.append(CivilDate(dayNumber: n)) }
                }
            }
            n += 1
        }
        let defaultWeeks = tables.lexicon.repeatWeeks * pattern.step
        guard !dates.isEmpty else {
            let span = bounds.isEmpty ? " (for \(defaultWeeks) weeks; say until when for longer)" : bounds
            slots.dateProblem = "no day matches \(pattern.name)\(span)"
            return true
        }
        keepSeries(dates, of: total, name: pattern.name, bounds: bounds, defaultWeeks: defaultWeeks)
        return true
    }

    /// A bound ending just before `end` ("from 14 December", "starting Monday", "for the next 2 weeks",
    /// "until Christmas"): the bound and where its phrase starts. A comma may sit between.
    private mutating func boundEnding(at end: Int) -> (bound: Bound, from: Int)? {
        let last = isSymbol(end - 1, ",") && free(end - 1) ? end - 1 : end
        for j in max(0, last - 6)..<last where tokens[j].word >= 0 && tables.startsBound[Int(tokens[j].word)] && free(j) {
            guard let bound = bound(at: j), j + bound.length == last else { continue }
            return (bound, j)
        }
        return nil
    }

    /// `from Monday to Wednesday`, `between 7 and 9 December`… written as two dates: every day from the
    /// first to the second. A weekday that would come before the first day is the one after it.
    private mutating func dayRange(at i: Int) -> Bool {
        guard let from = match(tables.lexicon.startingWords, i) ?? match(tables.lexicon.fromWords, i),
            var first = peekDate(at: i + from.length)
        else { return false }
        let k = i + from.length + first.length
        guard let joiner = match(tables.lexicon.untilWords, k) ?? match(tables.lexicon.rangeWords, k),
            var last = peekDate(at: k + joiner.length)
        else { return false }
        if let earlier = throughToday(first.date, last.date) { first.date = earlier }
        rangeTarget = last.date
        if last.date < first.date, first.date.dayNumber - last.date.dayNumber < 7 { last.date = last.date.adding(days: 7) }
        let days = last.date.dayNumber - first.date.dayNumber + 1
        guard days >= 2, days <= tables.lexicon.repeatLimit else { return false }
        let dates = (0..<days).map { first.date.adding(days: $0) }
        claim(i, k + joiner.length + last.length - i)
        readRange = true
        keepRange(dates)
        return true
    }

    /// "Fri 25 Dec", with the year when it is not this one ("Sun 3 Jan 2027").
    mutating func dayText(_ date: CivilDate) -> String {
        date.year == today.year ? date.short : date.short + " " + String(date.year)
    }

    /// `every Monday`, `every other Friday`, `every weekday`, `each day`, `daily`, `Mondays and Thursdays`.
    private mutating func repeatPattern(at i: Int) -> (Pattern, Int)? {
        var pattern = Pattern()
        var k = i
        let every = match(tables.lexicon.every, k)
        if let every { k += every.length }
        if every != nil, let other = match(tables.lexicon.everyOther, k) {
            k += other.length
            pattern.step = 2
        }
        let prefix = every == nil ? "every " : text(i, k).lowercased() + " "
        if every != nil, let work = match(tables.lexicon.workingDays, k) {
            pattern.weekdays = 0b0011_1110
            pattern.name = prefix + "weekday"
            return (pattern, k + work.length - i)
        }
        if every != nil, let unit = match(tables.lexicon.dayUnits, k), unit.payload == 1 {
            pattern.weekdays = 0b1111_1110
            pattern.name = prefix + "day"
            return (pattern, k + unit.length - i)
        }
        if every == nil, let daily = match(tables.lexicon.daily, k) {
            pattern.weekdays = 0b1111_1110
            pattern.name = "every day"
            return (pattern, k + daily.length - i)
        }
        // Weekdays: after "every", or in the plural ("Mondays"); more may follow with "and" or a comma.
        let table = every == nil ? tables.lexicon.pluralWeekdays : tables.lexicon.weekdays
        // "Wednesday's one" is one Wednesday, not every one.
        guard let day = match(table, k), every != nil || !tokens[k].contracted else {
            // "every morning": every day, and the part of the day is left for the time reader.
            if every != nil, match(tables.lexicon.dayparts, k) != nil {
                pattern.weekdays = 0b1111_1110
                pattern.name = prefix + "day"
                return (pattern, k - i)
            }
            // "Tuesday mornings": every Tuesday, in the morning.
            if every == nil, let single = match(tables.lexicon.weekdays, k), !tokens[k].contracted, pluralDaypart(k + single.length) {
                pattern.weekdays = 1 << single.payload
                pattern.name = prefix + CivilDate.weekdayNames[single.payload - 1]
                return (pattern, k + single.length - i)
            }
            // "mornings next week", "afternoons in December": every day of the bound that follows.
            if every == nil, pluralDaypart(k), let part = match(tables.lexicon.dayparts, k), bound(at: k + part.length) != nil {
                pattern.weekdays = 0b1111_1110
                pattern.name = prefix + "day"
                return (pattern, 0)
            }
            return nil
        }
        // "3 Fridays from now", "two Sundays ago" count to one day, read with the dates.
        if every == nil, match(tables.lexicon.fromNow, k + day.length) != nil, k > 0, count(k - 1) != nil || tokens[k - 1].kind == .number {
            return nil
        }
        var names = [CivilDate.weekdayNames[day.payload - 1]]
        pattern.weekdays = 1 << day.payload
        k += day.length
        while free(k), tokens[k].text == "and" || tokens[k].text == "," || tokens[k].text == "&" {
            var j = k + 1
            if let again = match(tables.lexicon.every, j) { j += again.length }
            guard let next = match(tables.lexicon.weekdays, j) else { break }
            pattern.weekdays |= 1 << next.payload
            names.append(CivilDate.weekdayNames[next.payload - 1])
            k = j + next.length
        }
        pattern.name = prefix + (names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!)
        return (pattern, k - i)
    }

    /// One limit of a repetition at `k`: `in December`, `next week`, `until Christmas`, `from 7 December`,
    /// `for the next 4 weeks`. Reading it changes nothing; the caller claims it.
    /// A span (`for the next 4 weeks`) gives no dates itself but its length, as the caller counts it from the start.
    private typealias Bound = (first: CivilDate?, last: CivilDate?, span: (days: Int, months: Int)?, length: Int, note: String)

    private mutating func bound(at k: Int) -> Bound? {
        guard free(k) else { return nil }
        if let inWord = match(tables.lexicon.inWords, k), let month = match(tables.lexicon.months, k + inWord.length) {
            let start = CivilDate.firstOfComing(month: month.payload, from: today)
            return (start, start.lastDayOfMonth, nil, inWord.length + month.length, "in \(CivilDate.monthNames[month.payload - 1]) \(start.year)")
        }
        // "every Tuesday this month", "each Friday next month"
        if k + 1 < tokens.count, free(k + 1), tokens[k + 1].text == "month", tokens[k].text == "this" || tokens[k].text == "next" {
            let first = firstOfThisMonth.adding(months: tokens[k].text == "next" ? 1 : 0)
            return (first, first.lastDayOfMonth, nil, 2, "\(tokens[k].text) month (\(CivilDate.monthNames[first.month - 1]) \(first.year))")
        }
        if let week = match(tables.lexicon.weeks, k) {
            let monday = today.startOfWeek.adding(days: week.payload == .next ? 7 : 0)
            return (monday, monday.adding(days: 6), nil, week.length, week.payload == .next ? "next week" : "this week")
        }
        if let until = match(tables.lexicon.untilWords, k), let end = peekDate(at: k + until.length) {
            return (nil, end.date, nil, until.length + end.length, "until \(dayText(end.date))")
        }
        if let from = match(tables.lexicon.startingWords, k) {
            // "from January", "starting in March": from the first of the coming one (today, if in it now).
            let inWord = match(tables.lexicon.inWords, k + from.length)?.length ?? 0
            if let month = match(tables.lexicon.months, k + from.length + inWord) {
                let start = max(CivilDate.firstOfComing(month: month.payload, from: today), today)
                return (start, nil, nil, from.length + inWord + month.length, "from \(dayText(start))")
            }
            if let start = peekDate(at: k + from.length) {
                return (start.date, nil, nil, from.length + start.length, "from \(dayText(start.date))")
            }
        }
        if let span = match(tables.lexicon.forTheNext, k), let n = count(k + span.length), (1...366).contains(n.value) {
            let at = k + span.length + n.length
            if let unit = match(tables.lexicon.dayUnits, at) {
                return (
                    nil, nil, (n.value * unit.payload, 0), span.length + n.length + unit.length,
                    "for the next \(n.value) \(unit.payload == 1 ? "day" : unit.payload == 7 ? "week" : "fortnight")\(n.value == 1 ? "" : "s")"
                )
            }
            if let unit = match(tables.lexicon.monthUnits, at) {
                return (
                    nil, nil, (0, n.value), span.length + n.length + unit.length,
                    "for the next \(n.value) month\(n.value == 1 ? "" : "s")"
                )
            }
        }
        return nil
    }
}
