extension Scan {
    /// Dates counted from another date or from a month or week, and windows of several days:
    /// `2 days after next Friday`, `the first Tuesday of February`, `the last Friday of the month`,
    /// `next 3 days`, `the rest of the week`, `end of next week`, `early March`.
    /// A window is its first day and `Slots.dateSpanDays`, as for `next week`. Nil when none starts at `i`.
    mutating func windowOrCountedDate(at i: Int) -> Int? {
        let lexicon = tables.lexicon
        // "2 days after next Friday", "a week before the 20th", "3 weeks from tomorrow".
        if let n = count(i), n.value <= 3650, let unit = match(lexicon.dayUnits, i + n.length),
           let offset = match(lexicon.offsets, i + n.length + unit.length),
           let base = peekDate(at: i + n.length + unit.length + offset.length) {
            let days = n.value * unit.payload * offset.payload
            let length = n.length + unit.length + offset.length + base.length
            set(base.date.adding(days: days), note: "\(text(i, i + length).lowercased()) = \(base.date) \(days < 0 ? "-" : "+") \(abs(days)) days")
            return length
        }
        // "next 3 days", "the next few days", "over the next 2 weeks": from tomorrow.
        if let next = match(lexicon.nextDays, i),
           let n = match(lexicon.fewDays, i + next.length).map({ (value: $0.payload, length: $0.length) }) ?? count(i + next.length),
           (1...366).contains(n.value), let unit = match(lexicon.dayUnits, i + next.length + n.length) {
            let days = min(n.value * unit.payload, 366)
            let first = today.adding(days: 1)
            setWindow(first, days: days, note: "\(text(i, i + next.length + n.length + unit.length).lowercased())")
            return next.length + n.length + unit.length
        }
        // "the rest of the week", "rest of this month": today to the end of it.
        if let rest = match(lexicon.restOf, i), let unit = weekOrMonthWord(i + rest.length) {
            let last = unit.isWeek ? today.startOfWeek.adding(days: 6) : today.lastDayOfMonth
            setWindow(today, days: last.dayNumber - today.dayNumber + 1, note: "the rest of the \(unit.isWeek ? "week" : "month")")
            return rest.length + unit.length
        }
        // "beginning of next week" (Monday to Wednesday), "end of this week" (Friday to Sunday).
        if let part = match(lexicon.weekParts, i), let week = weekPhrase(i + part.length) {
            var first = week.monday.adding(days: part.payload.lowerBound - 1)
            let last = week.monday.adding(days: part.payload.upperBound - 1)
            if first < today, last >= today { first = today }
            if last >= today {
                setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: text(i, i + part.length + week.length).lowercased())
                return part.length + week.length
            }
        }
        if let counted = nthWeekdayOfMonth(at: i) { return counted }
        // "early March", "mid-March", "late March 2027"; "end of April" is its last day, as "end of the month" is.
        let monthPart = match(lexicon.monthParts, i).map { (days: $0.payload, length: $0.length, lastDay: false) }
            ?? match(lexicon.weekParts, i).flatMap { $0.payload.lowerBound > 1 ? (days: 31...31, length: $0.length, lastDay: true) : nil }
        if let part = monthPart {
            var k = i + part.length
            if isSymbol(k, "-") { k += 1 }
            if free(k), tokens[k].text == "of" { k += 1 }
            let partEnd = part.days.upperBound
            if let month = monthPhrase(k, pick: { CivilDate(year: $0.year, month: $0.month, day: min(partEnd, $0.lastDayOfMonth.day)) }) {
                let lastDay = month.first.lastDayOfMonth
                let first = CivilDate(year: month.first.year, month: month.first.month, day: min(part.days.lowerBound, lastDay.day))
                let last = CivilDate(year: month.first.year, month: month.first.month, day: min(part.days.upperBound, lastDay.day))
                let phrase = text(i, month.end).lowercased()
                if part.lastDay {
                    set(lastDay, note: "\(phrase) = its last day, \(lastDay)")
                } else {
                    setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: phrase)
                }
                return month.end - i
            }
        }
        return nil
    }

    /// "the first Tuesday of February", "the last Friday in March 2027", "the 2nd Monday of next month",
    /// "the last day of the month", "the third day of October".
    private mutating func nthWeekdayOfMonth(at i: Int) -> Int? {
        var k = i
        if free(k), tokens[k].text == "the" { k += 1 }
        var position: Int
        if let last = match(tables.lexicon.lastOne, k) {
            position = -1
            k += last.length
        } else if let word = match(tables.lexicon.dayWords, k), word.payload <= 5 {
            position = word.payload
            k += word.length
        } else if let n = integer(k), (1...5).contains(n), let ordinal = match(tables.lexicon.ordinals, k + 1) {
            position = n
            k += 1 + ordinal.length
        } else {
            return nil
        }
        // A weekday, or "day" for a day of the month.
        let weekday: Int?
        if let day = match(tables.lexicon.weekdays, k) {
            weekday = day.payload
            k += day.length
        } else if free(k), tokens[k].text == "day" {
            weekday = nil
            k += 1
        } else {
            return nil
        }
        guard free(k), tokens[k].text == "of" || tokens[k].text == "in" else { return nil }
        k += 1
        guard let month = monthPhrase(k, pick: { first in
            CivilDate.nth(position, weekday: weekday, of: first)
        }) else { return nil }
        let phrase = text(i, month.end).lowercased()
        guard let date = CivilDate.nth(position, weekday: weekday, of: month.first) else {
            slots.dateProblem = "\(CivilDate.monthNames[month.first.month - 1]) \(month.first.year) has no such day (\(phrase))"
            return month.end - i
        }
        set(date, note: "\(phrase) = \(date)")
        return month.end - i
    }

    /// A month at `k`: a name with or without a year, "the month", "this month", or the "next month" the
    /// month reader kept. Without a year it is the first such month whose picked day (the day meant, or the
    /// last of the days meant) is today or later: (first day of the month, index after the phrase).
    private mutating func monthPhrase(_ k: Int, pick: (CivilDate) -> CivilDate?) -> (first: CivilDate, end: Int)? {
        if let phrase = relativeMonth, phrase.lowerBound == k || (phrase.lowerBound == k + 1 && tokens[k].text == "the"),
           let month = slots.month {
            slots.month = nil
            return (month, phrase.upperBound)
        }
        var j = k
        if free(j), tokens[j].text == "the" || tokens[j].text == "this" || tokens[j].text == "current", free(j + 1),
           j + 1 < tokens.count, tokens[j + 1].text == "month" {
            // "the last Friday of the month" once this month's has passed: next month's.
            let this = CivilDate(year: today.year, month: today.month, day: 1)
            return ((pick(this) ?? this.lastDayOfMonth) < today ? this.adding(months: 1) : this, j + 2)
        }
        guard let name = match(tables.lexicon.months, j) else { return nil }
        j += name.length
        let (year, yearLength) = yearAfter(j)
        if let year { return (CivilDate(year: year, month: name.payload, day: 1), j + yearLength) }
        var first = CivilDate(year: today.year, month: name.payload, day: 1)
        if (pick(first) ?? first.lastDayOfMonth) < today { first = first.adding(months: 12) }
        return (first, j)
    }

    /// "this week", "next week", "the coming week", "the week": (its Monday, tokens used).
    private func weekPhrase(_ k: Int) -> (monday: CivilDate, length: Int)? {
        if let week = match(tables.lexicon.weeks, k) {
            return (today.startOfWeek.adding(days: week.payload == .next ? 7 : 0), week.length)
        }
        if let unit = weekOrMonthWord(k), unit.isWeek { return (today.startOfWeek, unit.length) }
        return nil
    }

    /// "the week", "this month", "week": whether it is a week, and its length.
    private func weekOrMonthWord(_ k: Int) -> (isWeek: Bool, length: Int)? {
        var j = k
        if free(j), tokens[j].text == "the" || tokens[j].text == "this" { j += 1 }
        guard free(j), j < tokens.count else { return nil }
        switch tokens[j].text {
        case "week": return (true, j + 1 - k)
        case "month": return (false, j + 1 - k)
        default: return nil
        }
    }

    private mutating func setWindow(_ first: CivilDate, days: Int, note: String) {
        let last = first.adding(days: days - 1)
        slots.date = first
        slots.dateNote = days == 1 ? "\(note) = \(first)" : "\(note) = \(first.short) to \(last.short), \(days) days"
        slots.dateSpanDays = days
    }

    /// Whether the month name at `i` belongs to a phrase the date reader reads whole: "the first Tuesday of
    /// March", "the last day in March", "early March", "end of April".
    func monthHasPart(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, tokens[k].kind == .symbol, tokens[k].text == "-" { k -= 1 }
        guard k >= 0 else { return false }
        if tokens[k].text == "of" || tokens[k].text == "in" {
            if k >= 1, tables.lexicon.weekdays.match(tokens, at: k - 1) != nil || tokens[k - 1].text == "day" { return true }
        }
        for start in max(0, k - 3)...k {
            if let part = tables.lexicon.monthParts.match(tokens, at: start) ?? tables.lexicon.weekParts.match(tokens, at: start),
               start + part.length == k + 1 || (start + part.length == k && tokens[k].text == "of") { return true }
        }
        return false
    }
}

extension CivilDate {
    /// The nth (1…5, or -1 for the last) given weekday of the month of `first`, or its nth day when
    /// `weekday` is nil; nil when the month has none ("the fifth Monday of February").
    static func nth(_ n: Int, weekday: Int?, of first: CivilDate) -> CivilDate? {
        let start = CivilDate(year: first.year, month: first.month, day: 1)
        let end = start.lastDayOfMonth
        guard let weekday else {
            if n == -1 { return end }
            return CivilDate(validYear: start.year, month: start.month, day: n)
        }
        if n == -1 { return end.adding(days: -((end.weekday - weekday + 7) % 7)) }
        let date = start.adding(days: (weekday - start.weekday + 7) % 7 + 7 * (n - 1))
        return date.month == start.month ? date : nil
    }
}
