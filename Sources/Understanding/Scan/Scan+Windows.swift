extension Scan {
    /// Dates counted from another date or from a month or week, and windows of several days:
    /// `2 days after next Friday`, `the first Tuesday of February`, `the last Friday of the month`,
    /// `next 3 days`, `the rest of the week`, `end of next week`, `early March`.
    /// A window is its first day and `Slots.dateSpanDays`, as for `next week`. Nil when none starts at `i`.
    /// Each form is tried only where its first word (or a number, for the forms that can begin with one) is.
    mutating func windowOrCountedDate(at i: Int) -> Int? {
        // A number begins a count, an nth day or a quarter only before a word of one ("3 days", "2nd", "4 q").
        let followed = tokens[i].kind != .number || (i + 1 < tokens.count && wordStarts(tables.followsWindowNumber, i + 1))
        let counted = followed && couldStart(tables.startsCountedDate, i)
        // "2 days after next Friday", "a week before the 20th", "3 weeks from tomorrow".
        if counted, let n = count(i), n.value <= 3650, let unit = match(tables.lexicon.dayUnits, i + n.length),
            let offset = match(tables.lexicon.offsets, i + n.length + unit.length),
            let base = peekDate(at: i + n.length + unit.length + offset.length)
        {
            let days = n.value * unit.payload * offset.payload
            let length = n.length + unit.length + offset.length + base.length
            set(base.date.adding(days: days), note: "\(text(i, i + length).lowercased()) = \(base.date) \(days < 0 ? "-" : "+") \(abs(days)) days")
            return length
        }
        // "3 days ago", "2 weeks from now", "in 2 months", "the upcoming 2 quarters".
        if counted, let length = countedFromToday(at: i) { return length }
        // Before "last week": "the last week of September" is that month's.
        let nth = couldStart(tables.startsNthDay, i)
        if nth, followed, let length = nthWeekdayOfMonth(at: i) { return length }
        // "next 3 days", "the next few days" (from tomorrow), "next 2 weeks" (from Monday), "next 3 months".
        if let next = match(tables.lexicon.nextDays, i), let n = amount(i + next.length), let unit = unitOfTime(i + next.length + n.length) {
            let length = next.length + n.length + unit.length
            let note = text(i, i + length).lowercased()
            if let months = unit.months {
                let first = CivilDate.startOfPeriod(today, months: months).adding(months: months)
                let end = first.adding(months: months * n.value)
                setWindow(first, days: end.dayNumber - first.dayNumber, note: note)
            } else {
                let first = unit.days == 1 ? today.adding(days: 1) : today.startOfWeek.adding(days: 7)
                setWindow(first, days: n.value * unit.days, note: note)
            }
            return length
        }
        // "the last 2 days" (to yesterday), "the past 2 weeks" (to last Sunday), "last Tuesday", "last week".
        if let previous = match(tables.lexicon.previous, i), let length = beforeToday(at: i, after: i + previous.length) {
            return length
        }
        // "this quarter", "the third quarter", "Q4 2027", "the 4th quarter of 2027".
        if followed, couldStart(tables.startsQuarter, i), let quarter = quarterPhrase(at: i) {
            let end = quarter.first.adding(months: 3)
            setWindow(quarter.first, days: end.dayNumber - quarter.first.dayNumber, note: text(i, i + quarter.length).lowercased())
            return quarter.length
        }
        if wordStarts(tables.startsSeason, i), let season = seasonPhrase(at: i) {
            setWindow(season.first, days: season.last.dayNumber - season.first.dayNumber + 1, note: text(i, i + season.length).lowercased())
            return season.length
        }
        if nth, let decade = decade(at: i) {
            let first = CivilDate(year: decade.first, month: 1, day: 1), last = CivilDate(year: decade.first + 9, month: 12, day: 31)
            setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: text(i, i + decade.length).lowercased())
            return decade.length
        }
        // "2027" or "1990 - 1995" said alone: those years, as their days.
        if let years = yearsAlone(at: i) {
            let first = CivilDate(year: years.first, month: 1, day: 1), last = CivilDate(year: years.last, month: 12, day: 31)
            setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: text(i, i + years.length).lowercased())
            return years.length
        }
        // "this year", "next year", "in 2027", "during 2027".
        if wordStarts(tables.startsYearPhrase, i), let year = yearPhrase(at: i) {
            let first = CivilDate(year: year.year, month: 1, day: 1)
            setWindow(first, days: CivilDate.isLeap(year.year) ? 366 : 365, note: text(i, i + year.length).lowercased())
            return year.length
        }
        guard wordStarts(tables.startsPartOrRest, i) else { return nil }
        // "the rest of the week", "rest of this month": today to the end of it.
        if let rest = match(tables.lexicon.restOf, i), let unit = weekOrMonthWord(i + rest.length) {
            let last = unit.isWeek ? today.startOfWeek.adding(days: 6) : today.lastDayOfMonth
            setWindow(today, days: last.dayNumber - today.dayNumber + 1, note: "the rest of the \(unit.isWeek ? "week" : "month")")
            return rest.length + unit.length
        }
        // "beginning of next week" (Monday to Wednesday), "end of this week" (Friday to Sunday).
        // "beginning of around next week": a hedge between the part and its week changes nothing.
        if let part = match(tables.lexicon.weekParts, i) {
            let hedge = free(i + part.length) && i + part.length < tokens.count && tokens[i + part.length].text == "around" ? 1 : 0
            if let week = weekPhrase(i + part.length + hedge) {
                var first = week.monday.adding(days: part.payload.lowerBound - 1)
                let last = week.monday.adding(days: part.payload.upperBound - 1)
                // The days of this week already past are not offered; a week gone by ("end of last week") is listed whole.
                if first < today, last >= today { first = today }
                let length = part.length + hedge + week.length
                setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: text(i, i + length).lowercased())
                return length
            }
        }
        // "early March", "mid-March", "late March 2027"; "end of April" is its late days, as "end of the month" is,
        // and its last day after a deadline word ("by the end of April").
        let monthPart =
            match(tables.lexicon.monthParts, i).map { (days: $0.payload, length: $0.length, lastDay: false, end: false) }
            ?? match(tables.lexicon.weekParts, i).flatMap {
                $0.payload.lowerBound > 1 ? (days: Scan.monthEndDays, length: $0.length, lastDay: followsDeadlineWord(i), end: true) : nil
            }
        if let part = monthPart {
            var k = i + part.length
            if isSymbol(k, "-") { k += 1 }
            if free(k), tokens[k].text == "of" { k += 1 }
            let partEnd = part.days.upperBound
            // "the beginning of the year" (January to March), "late 2027" and "the end of the year" (September to
            // December, from today once in it, as for a month); "by the end of the year" is its last day.
            if part.days.lowerBound != 11, let year = partYear(k) {
                var first = year.year, lastDay = CivilDate(year: first, month: 12, day: 31)
                if year.relative, part.days.lowerBound == 1, CivilDate(year: first, month: 3, day: 31) < today {
                    first += 1; lastDay = lastDay.adding(months: 12)
                }
                let phrase = text(i, k + year.length).lowercased()
                if part.lastDay {
                    set(lastDay, note: "\(phrase) = its last day, \(lastDay)")
                } else {
                    var start = CivilDate(year: first, month: part.days.lowerBound == 1 ? 1 : 9, day: 1)
                    let end = part.days.lowerBound == 1 ? CivilDate(year: first, month: 3, day: 31) : lastDay
                    if part.end, start < today, end >= today { start = today }
                    setWindow(start, days: end.dayNumber - start.dayNumber + 1, note: phrase)
                }
                return k + year.length - i
            }
            if let month = monthPhrase(k, pick: { CivilDate(year: $0.year, month: $0.month, day: min(partEnd, $0.lastDayOfMonth.day)) }) {
                let lastDay = month.first.lastDayOfMonth
                var first = CivilDate(year: month.first.year, month: month.first.month, day: min(part.days.lowerBound, lastDay.day))
                let last = CivilDate(year: month.first.year, month: month.first.month, day: min(part.days.upperBound, lastDay.day))
                // As for parts of a week: the days already past are not offered, and a part gone by is listed whole.
                if first < today, last >= today { first = today }
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

    /// "3 days ago", "2 weeks from now", "a year hence", "in 2 months", "upcoming 2 weeks", "2 upcoming
    /// quarters": counted from today.
    private mutating func countedFromToday(at i: Int) -> Int? {
        var k = i
        var upcoming = false
        var inWord = false
        if let word = match(tables.lexicon.upcoming, k) {
            upcoming = true; k += word.length
        } else if let word = match(tables.lexicon.inWords, k) {
            inWord = true; k += word.length
        }
        guard let n = count(k), (1...3650).contains(n.value) else { return nil }
        k += n.length
        if !upcoming, !inWord, let word = match(tables.lexicon.upcoming, k) { upcoming = true; k += word.length }
        // "3 Fridays from now", "two Thursdays ago": the nth of that weekday after (or before) today.
        if !inWord, n.value <= 520, let day = match(tables.lexicon.pluralWeekdays, k) ?? match(tables.lexicon.weekdays, k),
            let direction = upcoming ? (length: 0, payload: 1) : match(tables.lexicon.fromNow, k + day.length)
        {
            let step = direction.payload
            var date = today.adding(days: step)
            while date.weekday != day.payload { date = date.adding(days: step) }
            date = date.adding(days: 7 * step * (n.value - 1))
            k += day.length + direction.length
            set(date, note: "\(text(i, k).lowercased()) = \(date)")
            return k - i
        }
        guard let unit = unitOfTime(k) else { return nil }
        k += unit.length
        var step = 1
        if !upcoming, !inWord {
            guard let direction = match(tables.lexicon.fromNow, k) else { return nil }
            step = direction.payload
            k += direction.length
        } else if inWord, unit.months == nil {
            return nil  // "in 3 days" is read with the other relative days
        }
        let date = unit.months.map { today.adding(months: $0 * n.value * step) } ?? today.adding(days: unit.days * n.value * step)
        set(date, note: "\(text(i, k).lowercased()) = \(date)")
        return k - i
    }

    /// "3", "three", "a few": how many.
    private mutating func amount(_ k: Int) -> (value: Int, length: Int)? {
        if let few = match(tables.lexicon.fewDays, k) { return (few.payload, few.length) }
        guard let n = count(k), (1...366).contains(n.value) else { return nil }
        return n
    }

    /// "days", "weeks", "a fortnight" (days per unit), or "months", "quarters", "years" (months per unit).
    private mutating func unitOfTime(_ k: Int) -> (days: Int, months: Int?, length: Int)? {
        if let unit = match(tables.lexicon.dayUnits, k) { return (unit.payload, nil, unit.length) }
        if let unit = match(tables.lexicon.monthsUnits, k) { return (0, unit.payload, unit.length) }
        return nil
    }

    /// After "last" or "past": a count of units before today, a weekday, or the week, month or year before.
    private mutating func beforeToday(at i: Int, after k: Int) -> Int? {
        if let n = amount(k), let unit = unitOfTime(k + n.length) {
            let length = k + n.length + unit.length - i
            let note = text(i, i + length).lowercased()
            if let months = unit.months {
                let end = CivilDate.startOfPeriod(today, months: months)
                let first = end.adding(months: -months * n.value)
                setWindow(first, days: end.dayNumber - first.dayNumber, note: note)
            } else {
                let end = unit.days == 1 ? today : today.startOfWeek
                setWindow(end.adding(days: -n.value * unit.days), days: n.value * unit.days, note: note)
            }
            return length
        }
        // "last Tuesday"; "the last Tuesday of March" is read as the nth of a month.
        if let day = match(tables.lexicon.weekdays, k),
            !(k + day.length < tokens.count && (tokens[k + day.length].text == "of" || tokens[k + day.length].text == "in"))
        {
            var date = today.adding(days: -1)
            while date.weekday != day.payload { date = date.adding(days: -1) }
            set(date, note: "\(text(i, k + day.length).lowercased()) = \(date), the one before today")
            return k + day.length - i
        }
        guard free(k), k < tokens.count else { return nil }
        // "last weekend", "this past weekend": the Saturday and Sunday before this week.
        if let weekend = match(tables.lexicon.weekends, k), weekend.payload == .this, tokens[k].text.hasPrefix("w"),
            !(k + weekend.length < tokens.count && (tokens[k + weekend.length].text == "of" || tokens[k + weekend.length].text == "in"))
        {
            let saturday = today.startOfWeek.adding(days: -2)
            set(saturday, note: "\(text(i, k + weekend.length).lowercased()) = Sat \(saturday) and Sun \(saturday.adding(days: 1))")
            slots.dateSpanDays = 2
            return k + weekend.length - i
        }
        switch tokens[k].text {
        // "last week's bookings": the possessive is the week too.
        case "week" where (match(tables.lexicon.weekends, k)?.length ?? 0) <= 1, "weeks" where tokens[k].contracted:
            let monday = today.startOfWeek.adding(days: -7)
            // "last week's Sunday", "last week on Friday": that day of it.
            let on = free(k + 1) && k + 1 < tokens.count && tokens[k + 1].text == "on" ? 1 : 0
            if let day = match(tables.lexicon.weekdays, k + 1 + on) {
                setDayOfLastWeek(day.payload)
                return k + 1 + on + day.length - i
            }
            setWindow(monday, days: 7, note: text(i, k + 1).lowercased())
            return k + 1 - i
        case "year", "yr":
            let first = CivilDate(year: today.year - 1, month: 1, day: 1)
            setWindow(first, days: CivilDate.isLeap(first.year) ? 366 : 365, note: text(i, k + 1).lowercased())
            return k + 1 - i
        default:
            return nil
        }
    }

    /// "this quarter", "next qtr", "last quarter", "the 3rd quarter", "the fourth quarter of 2027", "Q4 2027":
    /// (its first day, tokens used). A numbered quarter without a year is this year's.
    private mutating func quarterPhrase(at i: Int) -> (first: CivilDate, length: Int)? {
        var k = i
        if free(k), tokens[k].word == tables.theWord { k += 1 }
        guard free(k), k + 1 < tokens.count else { return nil }
        func isQuarter(_ j: Int) -> Bool { j < tokens.count && tables.lexicon.monthsUnits.match(tokens, at: j)?.payload == 3 }
        if isQuarter(k + 1) {
            let thisQuarter = CivilDate.startOfPeriod(today, months: 3)
            switch tokens[k].text {
            case "this", "current": return (thisQuarter, k + 2 - i)
            case "next", "coming": return (thisQuarter.adding(months: 3), k + 2 - i)
            case "last", "previous", "past": return (thisQuarter.adding(months: -3), k + 2 - i)
            default: break
            }
        }
        // "Q4", "Q4 2027", "2027Q4", "27q4": the letter q written onto the quarter's number, the year before or after.
        func quarterCode(_ j: Int) -> Int? {
            guard j + 1 < tokens.count, free(j), free(j + 1), tokens[j].text == "q", tokens[j + 1].start == tokens[j].end,
                let n = integer(j + 1), (1...4).contains(n)
            else { return nil }
            return n
        }
        if let n = quarterCode(k) {
            var year = today.year
            k += 2
            if let y = integer(k), tokens[k].text.utf8.count == 4, CivilDate.readableYears.contains(y) { year = y; k += 1 }
            return (CivilDate(year: year, month: 3 * (n - 1) + 1, day: 1), k - i)
        }
        if let y = integer(k), tokens[k].text.utf8.count == 4 || tokens[k].text.utf8.count == 2, k + 1 < tokens.count,
            tokens[k + 1].start == tokens[k].end, let n = quarterCode(k + 1)
        {
            let year = y < 100 ? 2000 + y : y
            guard CivilDate.readableYears.contains(year) else { return nil }
            return (CivilDate(year: year, month: 3 * (n - 1) + 1, day: 1), k + 3 - i)
        }
        var n: Int
        if let word = match(tables.lexicon.dayWords, k), word.payload <= 4 {
            n = word.payload
            k += word.length
        } else if let digit = integer(k), (1...4).contains(digit), let ordinal = match(tables.lexicon.ordinals, k + 1) {
            n = digit
            k += 1 + ordinal.length
        } else {
            return nil
        }
        guard isQuarter(k) else { return nil }
        k += 1
        var year = today.year
        let of = free(k) && k < tokens.count && tokens[k].text == "of" ? 1 : 0
        if let y = integer(k + of), tokens[k + of].text.utf8.count == 4, CivilDate.readableYears.contains(y) {
            year = y
            k += of + 1
        }
        return (CivilDate(year: year, month: 3 * (n - 1) + 1, day: 1), k - i)
    }

    /// A year written alone as the whole line ("2027"), or two joined as a range ("1990 - 1995"): a year is
    /// named as a time only when nothing else is said, since a four-digit number in a request may count things.
    private mutating func yearsAlone(at i: Int) -> (first: Int, last: Int, length: Int)? {
        func year(_ k: Int) -> Int? {
            guard k < tokens.count, tokens[k].text.utf8.count == 4, let y = integer(k), CivilDate.readableYears.contains(y) else { return nil }
            return y
        }
        guard i == 0, let first = year(i) else { return nil }
        if tokens.count == 1 { return (first, first, 1) }
        if let join = match(tables.lexicon.rangeWords, 1), let last = year(1 + join.length), last > first, last - first <= 100,
            tokens.count == 2 + join.length
        {
            return (first, last, 2 + join.length)
        }
        return nil
    }

    /// "this year", "current year", "next year", "in 2027", "during 2027": (the year, tokens used).
    private mutating func yearPhrase(at i: Int) -> (year: Int, length: Int)? {
        // Each form begins with a word ("this year", "in 2027"), and most tokens asked are numbers.
        guard free(i), i + 1 < tokens.count, free(i + 1), tokens[i].kind == .word else { return nil }
        let word = tokens[i].text
        if tokens[i + 1].text == "year" || tokens[i + 1].text == "yr" {
            switch word {
            case "this", "current": return (today.year, 2)
            case "next", "coming": return (today.year + 1, 2)
            default: return nil
            }
        }
        guard word == "in" || word == "during", tokens[i + 1].text.utf8.count == 4, let year = tokens[i + 1].integer,
            CivilDate.readableYears.contains(year)
        else { return nil }
        return (year, 2)
    }

    /// "the first Tuesday of February", "the last Friday in March 2027", "the 2nd Monday of next month",
    /// "the last day of the month", "the third day of October".
    private mutating func nthWeekdayOfMonth(at i: Int) -> Int? {
        var k = i
        if free(k), tokens[k].word == tables.theWord { k += 1 }
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
        // "the second last Friday of May", "the 5th last day of May": counted back from the end.
        if position > 1, let last = match(tables.lexicon.lastOne, k) {
            position = -position
            k += last.length
        }
        // A weekday, "day" for a day of the month, "weekend" for a Saturday and the Sunday after it, or
        // "week" for a Monday-to-Sunday week wholly in the month.
        let weekday: Int?
        var weekend = false, wholeWeek = false
        if let day = match(tables.lexicon.weekdays, k) {
            weekday = day.payload
            k += day.length
        } else if let word = match(tables.lexicon.weekends, k), word.payload == .this, tokens[k].text.hasPrefix("w") {
            weekday = 6
            weekend = true
            k += word.length
        } else if free(k), tokens[k].text == "week" {
            weekday = 1
            wholeWeek = true
            k += 1
        } else if free(k), tokens[k].text == "day" {
            weekday = nil
            k += 1
        } else {
            return nil
        }
        guard free(k), tokens[k].text == "of" || tokens[k].text == "in" else { return nil }
        k += 1
        guard
            let month = monthPhrase(
                k,
                pick: { first in
                    wholeWeek ? CivilDate.nthWholeWeek(position, of: first)?.adding(days: 6) : CivilDate.nth(position, weekday: weekday, of: first)
                })
        else { return nil }
        let phrase = text(i, month.end).lowercased()
        if wholeWeek {
            guard let monday = CivilDate.nthWholeWeek(position, of: month.first) else {
                slots.dateProblem = "\(CivilDate.monthNames[month.first.month - 1]) \(month.first.year) has no such week (\(phrase))"
                return month.end - i
            }
            setWindow(monday, days: 7, note: phrase)
            return month.end - i
        }
        guard let date = CivilDate.nth(position, weekday: weekday, of: month.first) else {
            slots.dateProblem = "\(CivilDate.monthNames[month.first.month - 1]) \(month.first.year) has no such day (\(phrase))"
            return month.end - i
        }
        if weekend {
            set(date, note: "\(phrase) = Sat \(date) and Sun \(date.adding(days: 1))")
            slots.dateSpanDays = 2
        } else {
            set(date, note: "\(phrase) = \(date)")
        }
        return month.end - i
    }

    /// A month at `k`: a name with or without a year, "the month", "this month", or the "next month" the
    /// month reader kept. Without a year it is the first such month whose picked day (the day meant, or the
    /// last of the days meant) is today or later: (first day of the month, index after the phrase).
    private mutating func monthPhrase(_ k: Int, pick: (CivilDate) -> CivilDate?) -> (first: CivilDate, end: Int)? {
        if let phrase = relativeMonth, phrase.lowerBound == k || (phrase.lowerBound == k + 1 && tokens[k].text == "the"),
            let month = slots.month
        {
            slots.month = nil
            return (month, phrase.upperBound)
        }
        var j = k
        if free(j), tokens[j].text == "the" || tokens[j].text == "this" || tokens[j].text == "current", free(j + 1),
            j + 1 < tokens.count, tokens[j + 1].text == "month"
        {
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

    /// "the year", "this year", "next year", "2027" after a part of it: (the year, whether it was said
    /// relative to today, tokens used).
    private mutating func partYear(_ k: Int) -> (year: Int, relative: Bool, length: Int)? {
        if let y = integer(k), tokens[k].text.utf8.count == 4, (1900...2200).contains(y) { return (y, false, 1) }
        var j = k
        var year = today.year
        if free(j), j < tokens.count {
            switch tokens[j].text {
            case "the", "this", "current": j += 1
            case "next": year += 1; j += 1
            default: break
            }
        }
        guard free(j), j < tokens.count, tokens[j].text == "year" else { return nil }
        return (year, j == k || tokens[k].text != "next", j + 1 - k)
    }

    /// "this week", "next week", "the coming week", "the week": (its Monday, tokens used).
    private mutating func weekPhrase(_ k: Int) -> (monday: CivilDate, length: Int)? {
        if let week = match(tables.lexicon.weeks, k) {
            return (today.startOfWeek.adding(days: week.payload == .next ? 7 : 0), week.length)
        }
        if let unit = weekOrMonthWord(k), unit.isWeek { return (today.startOfWeek, unit.length) }
        if let length = lastWeek(at: k) { return (today.startOfWeek.adding(days: -7), length) }
        return nil
    }

    /// "last week", "the previous week": the week before this one, its tokens.
    mutating func lastWeek(at k: Int) -> Int? {
        guard let previous = match(tables.lexicon.previous, k), free(k + previous.length), k + previous.length < tokens.count,
            tokens[k + previous.length].text == "week"
        else { return nil }
        return previous.length + 1
    }

    /// A weekday (1 = Monday) of last week, as the date read.
    mutating func setDayOfLastWeek(_ weekday: Int) {
        let date = today.startOfWeek.adding(days: weekday - 8)
        set(date, note: "\(CivilDate.weekdayNames[weekday - 1]) of last week = \(date)")
    }

    /// "the week", "this month", "week": whether it is a week, and its length.
    private mutating func weekOrMonthWord(_ k: Int) -> (isWeek: Bool, length: Int)? {
        var j = k
        if free(j), tokens[j].text == "the" || tokens[j].text == "this" { j += 1 }
        guard free(j), j < tokens.count else { return nil }
        switch tokens[j].text {
        case "week": return (true, j + 1 - k)
        case "month": return (false, j + 1 - k)
        default: return nil
        }
    }

    /// The days of a month that its end means ("the end of April"): the same late days as "late April".
    static let monthEndDays = 21...31

    mutating func setWindow(_ first: CivilDate, days: Int, note: String) {
        let last = first.adding(days: days - 1)
        slots.date = first
        slots.dateNote = days == 1 ? "\(note) = \(first)" : "\(note) = \(first.short) to \(last.short), \(days) days"
        slots.dateSpanDays = days
    }

    /// Whether the month name at `i` belongs to a phrase the date reader reads whole: "the first Tuesday of
    /// March", "the last day in March", "early March", "end of April".
    mutating func monthHasPart(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, tokens[k].kind == .symbol, tokens[k].text == "-" { k -= 1 }
        guard k >= 0 else { return false }
        if tokens[k].text == "of" || tokens[k].text == "in" {
            if k >= 1, tables.lexicon.weekdays.match(tokens, at: k - 1) != nil || tokens[k - 1].text == "day" { return true }
            // "the last weekend of October", "the first week-end in May".
            if k >= 1,
                ["weekend", "wkend"].contains(tokens[k - 1].text)
                    || (tokens[k - 1].text == "end" && k >= 2 && (tokens[k - 2].text == "week" || tokens[k - 2].text == "-"))
            {
                return true
            }
            // "the first week of October", "the 2nd week in May", "the last week of June".
            if k >= 2, tokens[k - 1].text == "week",
                tables.lexicon.dayWords.match(tokens, at: k - 2) != nil
                    || tables.lexicon.lastOne.match(tokens, at: k - 2) != nil || tables.lexicon.ordinals.match(tokens, at: k - 2) != nil
            {
                return true
            }
        }
        for start in max(0, k - 3)...k {
            if let part = tables.lexicon.monthParts.match(tokens, at: start) ?? tables.lexicon.weekParts.match(tokens, at: start),
                start + part.length == k + 1 || (start + part.length == k && tokens[k].text == "of")
            {
                return true
            }
        }
        return false
    }
}

extension CivilDate {
    /// The first day of the month, quarter (3) or year (12) that `date` is in.
    static func startOfPeriod(_ date: CivilDate, months: Int) -> CivilDate {
        let month = months >= 12 ? 1 : months == 3 ? (date.month - 1) / 3 * 3 + 1 : date.month
        return CivilDate(year: date.year, month: month, day: 1)
    }

    /// The Monday of the nth (1…5, or -n for the nth from the end) Monday-to-Sunday week lying wholly in the
    /// month of `first`.
    static func nthWholeWeek(_ n: Int, of first: CivilDate) -> CivilDate? {
        if n < 0 {
            guard let monday = nth(-1, weekday: 7, of: first)?.adding(days: -6 + 7 * (n + 1)), monday.month == first.month else { return nil }
            return monday
        }
        guard let monday = nth(n, weekday: 1, of: first), monday.adding(days: 6).month == monday.month else { return nil }
        return monday
    }

    /// The nth (1…5, or -n for the nth from the end) given weekday of the month of `first`, or its nth day when
    /// `weekday` is nil; nil when the month has none ("the fifth Monday of February").
    static func nth(_ n: Int, weekday: Int?, of first: CivilDate) -> CivilDate? {
        let start = CivilDate(year: first.year, month: first.month, day: 1)
        let end = start.lastDayOfMonth
        let date: CivilDate
        switch (weekday, n < 0) {
        case (nil, true): date = end.adding(days: n + 1)
        case (nil, false): return CivilDate(validYear: start.year, month: start.month, day: n)
        case (let weekday?, true): date = end.adding(days: -((end.weekday - weekday + 7) % 7) + 7 * (n + 1))
        case (let weekday?, false): date = start.adding(days: (weekday - start.weekday + 7) % 7 + 7 * (n - 1))
        }
        return date.month == start.month ? date : nil
    }
}
