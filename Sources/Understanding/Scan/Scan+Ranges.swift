extension Scan {
    /// Ranges of days written as one phrase: `7-9 December`, `between 7 and 9 December`, `Dec 7 to 9`,
    /// `Monday to Wednesday next week`. Each day of the range is an occurrence, as for "each day next week";
    /// a question about bookings reads the same range as one span (`Slots.readAsSpan`).
    /// "and" joins the ends only after "between": "Monday and Wednesday" is two days, not three.
    mutating func recogniseRanges() {
        // Every range has a joiner a few words after its start ("between the 7th and"); most lines have none
        // anywhere, and most numbers have none after them. A bit per token that could join.
        guard tokens.count > 1 else { return }
        var joiners: UInt64 = 0
        for k in 1..<min(tokens.count, 64) where tokens[k].word >= 0 && tables.startsRange[Int(tokens[k].word)] {
            joiners |= 1 << UInt64(k)
        }
        guard joiners != 0 else { return }
        for i in 0..<min(tokens.count, 63) where joiners >> UInt64(i + 1) & 0b11_1111 != 0 {
            guard
                tokens[i].kind == .number
                    || (tokens[i].word >= 0 && (tables.startsDate[Int(tokens[i].word)] || tables.startsRepeat[Int(tokens[i].word)]))
            else { continue }
            rangeTarget = nil
            guard free(i), !tokens[i].contracted, let range = dayRange(at: i) else { continue }
            // "every Monday until Tuesday" is a repetition with an end, not a range.
            if (max(0, i - 2)..<i).contains(where: { match(tables.lexicon.every, $0) != nil }) { continue }
            do {
                claim(i, range.length)
                readRange = true
                rangeTarget = rangeTarget ?? range.last
                keepRange((0...(range.last.dayNumber - range.first.dayNumber)).map { range.first.adding(days: $0) })
                return
            }
        }
    }

    /// `for 3 days`, `for a week`, `for two weeks`, `for 3 working days`, with the day they start on said
    /// before ("Monday for 3 days", "from Monday for a week") or after ("for a week starting Tuesday").
    /// Days and weeks count calendar days, weekends included; working days skip Saturdays and Sundays.
    /// Without a day the phrase is still claimed and the date is left empty, so the desk asks which day.
    mutating func recogniseSpans() {
        for i in tokens.indices where free(i) && tokens[i].word == tables.spelled.for {
            guard let read = daySpan(at: i + 1) else { continue }
            var end = i + 1 + read.length
            var start: (date: CivilDate, from: Int)?
            if let starting = match(tables.lexicon.startingWords, end), let after = peekDate(at: end + starting.length) {
                start = (after.date, end)
                end += starting.length + after.length
            } else if let before = dateEnding(at: i) {
                start = (before.date, before.from)
            }
            let span = DaySpan(count: read.count, unit: read.unit, working: read.working, limit: tables.lexicon.repeatLimit)
            guard let start else {
                claim(i, end - i)
                slots.span = span
                slots.recurrenceNote = span.phrase + ": which day does it start?"
                return
            }
            claim(start.from, max(end, i) - start.from)
            claim(i, end - i)
            slots.date = start.date
            slots.dateNote = "\(span.phrase) from \(dayText(start.date))"
            slots.span = span
            slots.spreadOverSpan()
            return
        }
    }

    /// `3 days`, `a week`, `two weeks`, `3 working days` at `k`.
    private mutating func daySpan(at k: Int) -> (count: Int, unit: Int, working: Bool, length: Int)? {
        guard let n = count(k), (1...366).contains(n.value) else { return nil }
        if let work = match(tables.lexicon.workingDays, k + n.length), tokens[k + n.length].text != "weekday" {
            return (n.value, 1, true, n.length + work.length)
        }
        if let unit = match(tables.lexicon.dayUnits, k + n.length) { return (n.value, unit.payload, false, n.length + unit.length) }
        return nil
    }

    /// A date phrase that ends just before `end`, with a "from"/"starting" before it: (date, where it starts).
    private mutating func dateEnding(at end: Int) -> (date: CivilDate, from: Int)? {
        for j in 0..<end where couldStartDate(j) {
            guard let found = peekDate(at: j), j + found.length == end else { continue }
            if j > 0, free(j - 1), match(tables.lexicon.startingWords, j - 1)?.length == 1 { return (found.date, j - 1) }
            if j > 0, free(j - 1), tokens[j - 1].text == "on" { return (found.date, j - 1) }
            return (found.date, j)
        }
        return nil
    }

    /// Reads a range of days at `i`: (first day, last day, tokens used).
    private mutating func dayRange(at i: Int) -> (first: CivilDate, last: CivilDate, length: Int)? {
        var k = i
        var between = false
        if let from = match(tables.lexicon.fromWords, k) {
            between = tokens[k].text == "between"
            k += from.length
        }
        guard free(k) else { return nil }
        let range =
            numberRange(at: k, between: between) ?? calendarRange(at: k, between: between)
            ?? weekdayRange(at: k, between: between)
        guard let range, range.last.dayNumber - range.first.dayNumber + 1 <= tables.lexicon.repeatLimit else { return nil }
        return (range.first, range.last, k - i + range.length)
    }

    /// The word joining the two ends: "to", "-", "till", "through"; "and" only after "between".
    private mutating func joiner(at k: Int, between: Bool) -> Int? {
        guard let word = match(tables.lexicon.rangeWords, k) else { return nil }
        if tokens[k].text == "and" && !between { return nil }
        return word.length
    }

    /// `7-9 December`, `7th to 9th Dec 2026`, `the 7th to the 9th of December`, `December 7-9`.
    private mutating func numberRange(at i: Int, between: Bool) -> (first: CivilDate, last: CivilDate, length: Int)? {
        var k = i
        var month: Int?
        if let m = match(tables.lexicon.months, k) { month = m.payload; k += m.length }
        guard let (firstDay, afterFirst) = dayNumber(at: k), let join = joiner(at: afterFirst, between: between),
            let (lastDay, afterLast) = dayNumber(at: afterFirst + join), lastDay > firstDay
        else { return nil }
        k = afterLast
        if month == nil {
            if free(k), tokens[k].text == "of" { k += 1 }
            guard let m = match(tables.lexicon.months, k) else { return nil }
            month = m.payload
            k += m.length
        }
        let (year, yearLength) = yearAfter(k)
        guard let month else { return nil }
        var y = year ?? today.year
        if year == nil, let last = CivilDate(validYear: y, month: month, day: lastDay), last < today { y += 1 }
        guard let first = CivilDate(validYear: y, month: month, day: firstDay),
            let last = CivilDate(validYear: y, month: month, day: lastDay)
        else { return nil }
        return (first, last, k + yearLength - i)
    }

    /// Two calendar dates: `30 Nov - 2 Dec`, `Dec 30 to Jan 2`, `7 December to 9 December`.
    private mutating func calendarRange(at i: Int, between: Bool) -> (first: CivilDate, last: CivilDate, length: Int)? {
        // A joiner within the next few words, before any date is read: most numbers are times.
        guard mayStartCalendarDate(i),
            ((i + 1)..<min(i + 6, tokens.count)).contains(where: { joiner(at: $0, between: between) != nil }),
            let first = peekDate(at: i), let join = joiner(at: i + first.length, between: between),
            free(i + first.length + join),
            tokens[i + first.length + join].kind == .number || match(tables.lexicon.months, i + first.length + join) != nil,
            let last = peekDate(at: i + first.length + join)
        else { return nil }
        let start = throughToday(first.date, last.date) ?? first.date
        guard last.date > start else { return nil }
        return (start, last.date, first.length + join + last.length)
    }

    /// "28 November - 2 December" said on the 30th: the first date has passed, so it was read as next
    /// year's, but the range it starts ends this year. It is the range running through today, whose
    /// past days the desk leaves out. Nil when the dates read as they are.
    mutating func throughToday(_ first: CivilDate, _ last: CivilDate) -> CivilDate? {
        guard last < first, first.year > today.year,
            let earlier = CivilDate(validYear: first.year - 1, month: first.month, day: first.day), earlier <= last
        else { return nil }
        return earlier
    }

    /// Cheap signs of a calendar date at `i`: "3 Dec", "3rd", "3/12", "2026-12-03", "Dec 3", "the 3rd".
    private mutating func mayStartCalendarDate(_ i: Int) -> Bool {
        let next = i + 1 < tokens.count ? i + 1 : i
        switch tokens[i].kind {
        case .number:
            if let pair = tokens[i].pair { return pair.separator == 47 }
            return tokens[i].text.utf8.count == 4 || match(tables.lexicon.months, next) != nil
                || match(tables.lexicon.ordinals, next) != nil || tokens[next].text == "of"
        case .word:
            return (tokens[i].text == "the" || match(tables.lexicon.months, i) != nil) && tokens[next].kind == .number
        case .symbol:
            return false
        }
    }

    /// A day of the month in digits, with "the" before and an ordinal after if written: (day, index after).
    private mutating func dayNumber(at i: Int) -> (Int, Int)? {
        var k = i
        if free(k), tokens[k].text == "the" { k += 1 }
        guard let day = integer(k), tokens[k].text.utf8.count <= 2, (1...31).contains(day) else { return nil }
        k += 1
        if let ordinal = match(tables.lexicon.ordinals, k) { k += ordinal.length }
        return (day, k)
    }

    /// `Monday to Wednesday`, `Mon-Fri next week`: both ends in the week named, or from the next first day.
    private mutating func weekdayRange(at i: Int, between: Bool) -> (first: CivilDate, last: CivilDate, length: Int)? {
        guard let firstDay = match(tables.lexicon.weekdays, i), let join = joiner(at: i + firstDay.length, between: between),
            let lastDay = match(tables.lexicon.weekdays, i + firstDay.length + join), lastDay.payload != firstDay.payload
        else { return nil }
        var k = i + firstDay.length + join + lastDay.length
        var first: CivilDate
        if let week = match(tables.lexicon.weeks, k) {
            first = today.startOfWeek.adding(days: (week.payload == .next ? 7 : 0) + firstDay.payload - 1)
            k += week.length
        } else {
            first = today.adding(days: (firstDay.payload - today.weekday + 7) % 7)
            if first == today { first = today.adding(days: 7) }
        }
        let last = first.adding(days: (lastDay.payload - firstDay.payload + 7) % 7)
        var own = today.adding(days: (lastDay.payload - today.weekday + 7) % 7)
        if own == today { own = today.adding(days: 7) }
        rangeTarget = first.startOfWeek == last.startOfWeek && k > i + firstDay.length + join + lastDay.length ? last : own
        return (first, last, k - i)
    }

    /// Keeps the dates of a series and the note that reads it back: "NAME: 3 dates, Mon 7 Dec to Wed 9 Dec",
    /// saying so when the cap cut it short.
    mutating func keepSeries(_ dates: [CivilDate], of total: Int, name: String, bounds: String = "", defaultWeeks: Int = 0) {
        guard let first = dates.first, let last = dates.last else { return }
        let note = DateNote.series(
            SeriesNote(
                name: name, bounds: bounds, defaultWeeks: defaultWeeks, count: dates.count, total: total,
                limit: tables.lexicon.repeatLimit, first: first, last: last, thisYear: today.year))
        slots.occurrences = dates
        slots.recurrenceReading = note
        slots.date = first
        slots.dateReading = note
    }

    /// Every day of a range, each an occurrence: "every day from Mon 7 Dec to Wed 9 Dec: 3 dates".
    mutating func keepRange(_ dates: [CivilDate]) {
        guard let first = dates.first, let last = dates.last else { return }
        let note = "every day from \(dayText(first)) to \(dayText(last)): \(dates.count) dates"
        slots.occurrences = dates
        slots.recurrenceNote = note
        slots.date = first
        slots.dateNote = note
    }
}

/// "for 3 days", "for a week", "for 3 working days": how many days a request runs for from its first day.
/// Days and weeks count calendar days; working days skip Saturdays and Sundays.
public struct DaySpan: Sendable, Equatable {
    public var count: Int
    /// Days per unit: 1, 7 for a week, 14 for a fortnight.
    public var unit: Int
    public var working: Bool
    /// The most dates one request makes (language.words `limit`).
    public var limit: Int

    public var phrase: String {
        let unitName = working ? "working day" : unit == 7 ? "week" : unit == 14 ? "fortnight" : "day"
        return "for \(count == 1 ? "a" : String(count)) \(unitName)\(count == 1 ? "" : "s")"
    }

    /// The days from `first`, at most `limit` of them, and how many the span holds in all.
    func dates(from first: CivilDate) -> (dates: [CivilDate], total: Int) {
        let wanted = working ? count : count * unit
        var dates: [CivilDate] = []
        var day = first, total = 0
        while total < wanted {
            if !working || day.weekday <= 5 {
                total += 1
                if dates.count < limit { dates.append(day) }
            }
            day = day.adding(days: 1)
        }
        return (dates, total)
    }
}

extension Slots {
    /// Once the first day is known, a span ("for 3 days") becomes its dates, read back like a repetition.
    /// The desk calls this when a question about the day is answered.
    public mutating func spreadOverSpan() {
        guard let span, let first = date, occurrences.isEmpty else { return }
        let (dates, total) = span.dates(from: first)
        guard let last = dates.last, dates.count > 1 else { return }
        func day(_ d: CivilDate) -> String { d.year == first.year ? d.short : d.short + " " + String(d.year) }
        var note = "\(span.phrase) from \(day(first)): \(dates.count) dates, \(day(first)) to \(day(last))"
        if total > dates.count { note += " (the first \(dates.count) of \(total); one request covers at most \(span.limit))" }
        occurrences = dates
        recurrenceNote = note
        dateNote = note
        dateSpanDays = 1
        alternativeDate = nil
    }

    /// "move #3 from Tuesday to Thursday": a change names the day it moves from and the day it moves to.
    mutating func readAsMove(to target: CivilDate?) {
        guard let last = target ?? occurrences.last, occurrences.count > 1 else { return }
        date = last
        dateSpanDays = 1
        dateNote = "to \(last.short), the day it moves to"
        alternativeDate = nil
        occurrences = []
        recurrenceNote = nil
    }

    /// A question about bookings ("what have I booked between 7 and 9 December") means the days of a
    /// range as one span, not a series to book.
    mutating func readAsSpan() {
        guard let first = occurrences.first, let last = occurrences.last, occurrences.count > 1,
            last.dayNumber - first.dayNumber + 1 == occurrences.count
        else { return }
        date = first
        dateSpanDays = occurrences.count
        dateNote = "\(first.short) to \(last.short): \(occurrences.count) days"
        occurrences = []
        recurrenceNote = nil
    }
}
