extension Scan {
    /// Finds the first date phrase in the line and resolves it against today.
    /// The policy is the README's: a bare weekday is the next one after today; `this X` is
    /// the X of the current Monday-to-Sunday week (the next one if it has passed); `next X`
    /// is the X of the following week; a date without a year is the next one on or after today.
    mutating func recogniseDates() {
        var i = 0
        while i < tokens.count, slots.date == nil, slots.dateProblem == nil {
            let word = tokens[i].word
            if couldStartDate(i), let length = (word >= 0 && tables.startsWeekdayList[Int(word)] ? weekdayList(at: i) : nil) ?? date(at: i) {
                claim(i, length)
                // "this afternoon", "tonight": the day, and a part of it for the time reader.
                for k in i..<(i + length) {
                    if let part = tables.lexicon.dayparts.match(tokens, at: k) {
                        partOfDate = part.payload
                        if part.payload.upperBound <= 12 * 60 { morningNamed = true }
                        break
                    }
                }
                if i > 0, free(i - 1), tokens[i - 1].text == "on" || tokens[i - 1].text == "for" { used[i - 1] = claimant }
                return
            }
            i += 1
        }
    }

    /// "this week" (0 weeks on), "next week" (1), "the week after next" (2), read at `i` where `week` matched:
    /// how many weeks after this one, the words' name and their tokens.
    private mutating func weekAhead(_ week: (length: Int, payload: Lexicon.Modifier), at i: Int) -> (weeks: Int, name: String, length: Int) {
        guard week.payload == .next else { return (0, "this week", week.length) }
        let end = i + week.length
        if tokens[end - 1].text == "after", end < tokens.count, free(end), match(tables.lexicon.afterNext, end - 1)?.length == 2 {
            return (2, "the week after next", week.length + 1)
        }
        return (1, "next week", week.length)
    }

    /// A number, or a word that begins some date phrase.
    mutating func couldStartDate(_ i: Int) -> Bool {
        // "we'd" is not "Wed", but "mother's day" is a day, and so is a possessive ("Friday's IT support",
        // "tomorrow's PA"): an "'s" written onto a word of five letters or more.
        guard free(i),
            !tokens[i].contracted || (tokens[i].word >= 0 && tables.startsHoliday[Int(tokens[i].word)])
                || (tokens[i].text.utf8.count >= 5 && tokens[i].text.utf8.last == 115)
        else { return false }
        let word = tokens[i].word
        return tokens[i].kind == .number || (word >= 0 && tables.startsDate[Int(word)])
    }

    /// Reads a date phrase at `i` without keeping it: (date, tokens used), for the ends of a repetition.
    mutating func peekDate(at i: Int) -> (date: CivilDate, length: Int)? {
        guard couldStartDate(i) else { return nil }
        let saved = slots
        defer { slots = saved }
        guard let length = date(at: i), let date = slots.date else { return nil }
        return (date, length)
    }

    /// Tries each date form at `i`; sets the date slots and returns the tokens used.
    mutating func date(at i: Int) -> Int? {
        // First, as some holidays begin with a weekday ("Monday of the Holy Spirit") or "next".
        if let length = holidayDate(at: i) { return length }
        if couldStart(tables.startsWindow, i), let length = windowOrCountedDate(at: i) { return length }
        // "a week from Monday", "a week on Tuesday", "a fortnight on Friday": that day, a week or two later.
        if let later = match(tables.lexicon.laterBy, i), let base = peekDate(at: i + later.length) {
            let date = base.date.adding(days: later.payload)
            set(date, note: "\(text(i, i + later.length + base.length).lowercased()) = \(base.date) + \(later.payload) days")
            return later.length + base.length
        }
        if let rel = match(tables.lexicon.relativeDays, i) {
            // One plain word ("tomorrow") is its token's text already, shared with the vocabulary: no new string.
            let phrase = rel.length == 1 && !tokens[i].contracted ? tokens[i].text : text(i, i + rel.length).lowercased()
            set(today.adding(days: rel.payload), reading: .offset(phrase: phrase, days: rel.payload))
            return rel.length
        }
        if match(tables.lexicon.weekends, i) == nil, let matched = match(tables.lexicon.weeks, i) {
            let week = weekAhead(matched, at: i)
            var k = i + week.length
            // "the week of 6 October": the Monday-to-Sunday week that day is in.
            if week.weeks == 0, free(k), k < tokens.count, tokens[k].text == "of", let day = peekDate(at: k + 1) {
                let length = k + 1 + day.length - i
                let monday = day.date.startOfWeek
                set(monday, note: "\(text(i, i + length).lowercased()) = Mon \(monday) to Sun \(monday.adding(days: 6))")
                slots.dateSpanDays = 7
                return length
            }
            let monday = today.startOfWeek.adding(days: 7 * week.weeks)
            let name = week.name
            // "next week Tuesday", "next week on Tuesday": that day of the week named.
            if free(k), tokens[k].text == "on" { k += 1 }
            if let day = match(tables.lexicon.weekdays, k) {
                let date = monday.adding(days: day.payload - 1)
                set(date, note: "\(CivilDate.weekdayNames[day.payload - 1]) of \(name) = \(date)")
                return k + day.length - i
            }
            set(monday, note: "\(name) = Mon \(monday) to Sun \(monday.adding(days: 6))")
            slots.dateSpanDays = 7
            return week.length
        }
        if let weekend = match(tables.lexicon.weekends, i) {
            var saturday = today.startOfWeek.adding(days: 5 + (weekend.payload == .next ? 7 : 0))
            if saturday < today { saturday = today }
            set(saturday, note: "weekend = Sat \(saturday) and Sun \(saturday.startOfWeek.adding(days: 6))")
            slots.dateSpanDays = saturday.startOfWeek.adding(days: 6).dayNumber - saturday.dayNumber + 1
            return weekend.length
        }
        if let modifier = match(tables.lexicon.modifiers, i), let day = match(tables.lexicon.weekdays, i + modifier.length) {
            resolveWeekday(day.payload, modifier: modifier.payload)
            return modifier.length + day.length + dateAfterWeekday(i + modifier.length + day.length, weekday: day.payload)
        }
        if let day = match(tables.lexicon.weekdays, i) {
            // "Tuesday next week", "Wednesday of next week", "Monday of this week", "Sunday from last week".
            let of =
                free(i + day.length) && i + day.length < tokens.count
                    && ["of", "in", "from"].contains(tokens[i + day.length].text) ? 1 : 0
            if let matched = match(tables.lexicon.weeks, i + day.length + of) {
                let week = weekAhead(matched, at: i + day.length + of)
                let date = today.startOfWeek.adding(days: 7 * week.weeks + day.payload - 1)
                set(date, note: "\(CivilDate.weekdayNames[day.payload - 1]) of \(week.name) = \(date)")
                return day.length + of + week.length
            }
            if let length = lastWeek(at: i + day.length + of) {
                setDayOfLastWeek(day.payload)
                return day.length + of + length
            }
            // "Friday after next": a week after the coming Friday.
            if let after = match(tables.lexicon.afterNext, i + day.length) {
                resolveWeekday(day.payload, modifier: nil)
                if let soonest = slots.date {
                    let date = soonest.adding(days: 7)
                    set(date, note: "\(CivilDate.weekdayNames[day.payload - 1]) after next = \(date)")
                }
                return day.length + after.length
            }
            resolveWeekday(day.payload, modifier: nil)
            return day.length + dateAfterWeekday(i + day.length, weekday: day.payload)
        }
        if let inWord = match(tables.lexicon.inWords, i), let n = count(i + inWord.length),
            let unit = match(tables.lexicon.dayUnits, i + inWord.length + n.length), n.value <= 3650
        {
            let days = n.value * unit.payload
            let unitName = unit.payload == 7 ? "week" : unit.payload == 14 ? "fortnight" : "day"
            set(today.adding(days: days), note: "in \(n.value) \(unitName)\(n.value == 1 ? "" : "s") = today + \(days) days")
            return inWord.length + n.length + unit.length
        }
        if let end = match(tables.lexicon.monthEnds, i) {
            let last = today.lastDayOfMonth
            if followsDeadlineWord(i) {
                set(last, note: "end of the month = \(last)")
            } else {
                // The month's late days, as "late March" reads them; those already past are not offered.
                let first = max(today, CivilDate(year: last.year, month: last.month, day: Scan.monthEndDays.lowerBound))
                setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: "end of the month")
            }
            return end.length
        }
        if let end = match(tables.lexicon.yearEnds, i) {
            let last = CivilDate(year: today.year, month: 12, day: 31)
            if followsDeadlineWord(i) {
                set(last, note: "end of the year = \(last)")
            } else {
                let first = max(today, CivilDate(year: today.year, month: 9, day: 1))
                setWindow(first, days: last.dayNumber - first.dayNumber + 1, note: "end of the year")
            }
            return end.length
        }
        return calendarDate(at: i)
    }

    /// "Tuesday and Thursday", "Monday, Wednesday and Friday next week", "next Tuesday and Thursday":
    /// single weekdays in a list are each of those days. With a week named (before or
    /// after, or "next"/"this" in front) they are that week's; without, the first is the coming one and
    /// the others follow it, as in a range ("Friday and Monday" is Friday then the Monday after).
    private mutating func weekdayList(at i: Int) -> Int? {
        var k = i
        var week: Lexicon.Modifier?
        let weekFirst = match(tables.lexicon.weeks, k)
        if let named = weekFirst {
            week = named.payload
            k += named.length
            if free(k), tokens[k].text == "on" { k += 1 }
        } else if let modifier = match(tables.lexicon.modifiers, k) {
            week = modifier.payload
            k += modifier.length
        }
        guard let first = match(tables.lexicon.weekdays, k) else { return nil }
        var days = [first.payload]
        k += first.length
        // Joined by "and", ",", "&" or ", and", or by nothing at all ("mon wed and fri").
        while free(k) {
            var j = k
            while j - k < 2, j < tokens.count, free(j), tokens[j].text == "and" || tokens[j].text == "," || tokens[j].text == "&" { j += 1 }
            guard let next = match(tables.lexicon.weekdays, j) else { break }
            days.append(next.payload)
            k = j + next.length
        }
        guard days.count > 1 else { return nil }
        if weekFirst == nil, let named = match(tables.lexicon.weeks, k) {
            week = named.payload
            k += named.length
        }
        var dates: [CivilDate] = []
        if let week {
            let monday = today.startOfWeek.adding(days: week == .next ? 7 : 0)
            for day in days {
                var date = monday.adding(days: day - 1)
                // "this Tuesday and Thursday" said on a Wednesday: the Tuesday that has passed is next week's.
                if week == .this, date < today { date = date.adding(days: 7) }
                if !dates.contains(date) { dates.append(date) }
            }
        } else {
            var start = today.adding(days: (days[0] - today.weekday + 7) % 7)
            if start == today { start = today.adding(days: 7) }
            for day in days {
                let date = start.adding(days: (day - days[0] + 7) % 7)
                if !dates.contains(date) { dates.append(date) }
            }
        }
        dates.sort()
        let names = days.map { CivilDate.weekdayNames[$0 - 1] }
        var name = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        if let week { name += week == .next ? " of next week" : " of this week" }
        if dates.count == 1 {
            set(dates[0], note: "\(name) = \(dates[0])")
        } else {
            keepSeries(dates, of: dates.count, name: name)
        }
        return k - i
    }

    /// "Tuesday the 15th", "Thursday 3 December": the calendar date settles the day; a weekday
    /// that does not fall on it is a problem to ask about, not a guess.
    private mutating func dateAfterWeekday(_ k: Int, weekday: Int) -> Int {
        let saved = slots
        // "Fri, Sep 20": a comma may sit between.
        let comma = isSymbol(k, ",") && free(k) && k + 1 < tokens.count ? 1 : 0
        guard free(k + comma), tokens[k + comma].kind == .number || tokens[k + comma].text == "the" || match(tables.lexicon.months, k + comma) != nil,
            let dateLength = calendarDate(at: k + comma)
        else {
            slots = saved
            return 0
        }
        let length = comma + dateLength
        // "Friday the 13th" with no month: the next month in which the 13th is a Friday.
        if let date = slots.date, date.weekday != weekday,
            !(k..<(k + length)).contains(where: { tables.lexicon.months.match(tokens, at: $0) != nil })
        {
            var month = CivilDate(year: date.year, month: date.month, day: 1)
            for _ in 0..<14 {
                month = month.adding(months: 1)
                if let next = CivilDate(validYear: month.year, month: month.month, day: date.day), next.weekday == weekday {
                    set(
                        next,
                        note: "\(CivilDate.weekdayNames[weekday - 1]) the \(date.day)\(CivilDate.ordinalSuffix(date.day)) = \(next), the next one")
                    break
                }
            }
        }
        if let date = slots.date, date.weekday != weekday {
            slots.dateProblem = "\(date.short) is a \(CivilDate.weekdayNames[date.weekday - 1]), not a \(CivilDate.weekdayNames[weekday - 1])"
            slots.date = nil
            slots.dateNote = nil
        }
        slots.alternativeDate = nil
        return length
    }

    /// `December 3`, `3rd Dec`, `3 December 2026`, `the 15th`, `3/12`, `2026-12-03`.
    private mutating func calendarDate(at i: Int) -> Int? {
        var k = i
        // "31 10 2027", "10 31 2027": day, month and a four-digit year as three numbers.
        if let first = integer(i), tokens[i].text.utf8.count <= 2, let second = integer(i + 1), tokens[i + 1].text.utf8.count <= 2,
            i + 2 < tokens.count, tokens[i + 2].text.utf8.count == 4, let year = integer(i + 2), year >= 1900,
            first >= 1, second >= 1, first <= 12 || second <= 12
        {
            var dayFirst = tables.lexicon.dayFirst
            if first <= 12, second > 12 { dayFirst = false } else if first > 12, second <= 12 { dayFirst = true }
            return setCalendar(day: dayFirst ? first : second, month: dayFirst ? second : first, year: year, length: 3)
        }
        // "2 / 15", spaced: the same as "2/15".
        if let left = integer(i), tokens[i].text.utf8.count <= 2, isSymbol(i + 1, "/"), free(i + 1),
            let right = integer(i + 2), tokens[i + 2].text.utf8.count <= 2, !isSymbol(i + 3, "/")
        {
            var dayFirst = tables.lexicon.dayFirst
            if left <= 12, right > 12 { dayFirst = false } else if left > 12, right <= 12 { dayFirst = true }
            return setCalendar(day: dayFirst ? left : right, month: dayFirst ? right : left, year: nil, length: 3)
        }
        // "31-Oct-74", "31/Oct/2027", "10-31-74": day, month and a year, joined by - or /.
        if let first = integer(i), tokens[i].text.utf8.count <= 2, isSymbol(i + 1, "-") || isSymbol(i + 1, "/"),
            i + 4 < tokens.count, tokens[i + 3].text == tokens[i + 1].text, free(i + 4), let year = writtenYear(i + 4)
        {
            if let month = match(tables.lexicon.months, i + 2), month.length == 1 {
                return setCalendar(day: first, month: month.payload, year: year, length: 5)
            }
            if let second = integer(i + 2), tokens[i + 2].text.utf8.count <= 2 {
                var dayFirst = tables.lexicon.dayFirst
                if first <= 12, second > 12 { dayFirst = false } else if first > 12, second <= 12 { dayFirst = true }
                return setCalendar(day: dayFirst ? first : second, month: dayFirst ? second : first, year: year, length: 5)
            }
        }
        if let length = monthOfYear(at: i) ?? monthDayWithHyphen(at: i) ?? dayMonthWithHyphen(at: i) { return length }
        if tokens[k].text == "the", free(k + 1) { k += 1 }
        // Day first: "3rd of December", "3 Dec", "the 15th"
        // "the seventh", "the twenty first of December"; not "the first one", which names a booking.
        var dayLength = 1
        var day = integer(k)
        if day == nil, let word = match(tables.lexicon.dayWords, k),
            k != i || match(tables.lexicon.months, k + word.length) != nil
                || (k + word.length < tokens.count && tokens[k + word.length].text == "of"),
            endsDayWord(k + word.length)
        {
            day = word.payload
            dayLength = word.length
        }
        if let day, (1...31).contains(day) {
            var j = k + dayLength
            let ordinal = match(tables.lexicon.ordinals, j)
            if let ordinal { j += ordinal.length }
            if ordinal != nil || dayLength > 1, free(j), j < tokens.count, tokens[j].text == "day" { j += 1 }
            if tokens.indices.contains(j), tokens[j].text == "of", free(j) { j += 1 }
            if let month = match(tables.lexicon.months, j) {
                j += month.length
                let (year, yearLength) = yearAfter(j)
                return setCalendar(day: day, month: month.payload, year: year, length: j + yearLength - i)
            }
            // "the 3rd of next month", "the 15th next month", "next month on the 15th": the month phrase
            // was read as a month; here it places the day, which that month must have.
            if let month = slots.month, let phrase = relativeMonth,
                ordinal != nil || dayLength > 1 || tokens[k].kind == .word || tokens[j - 1].text == "of",
                phrase.lowerBound == j || (phrase.lowerBound == j + 1 && tokens[j].text == "the") || phrase.upperBound == i
                    || (phrase.upperBound == i - 1 && (tokens[i - 1].text == "on" || tokens[i - 1].text == ","))
            {
                slots.month = nil
                if phrase.lowerBound > j { j = phrase.upperBound } else if phrase.lowerBound != j, tokens[j - 1].text == "of" { j -= 1 }
                return setCalendar(day: day, month: month.month, year: month.year, length: j - i)
            }
            // "cancel the 2nd booking" may be #2 or the booking on the 2nd: left unread, so the desk asks.
            if ordinal != nil, match(tables.lexicon.bookingWords, k + dayLength + ordinal!.length) != nil { return nil }
            if ordinal != nil || dayLength > 1 || tokens[k].kind == .word {
                return setDayOfMonth(day, length: k + dayLength + (ordinal?.length ?? 0) - i)
            }
            // "the 24": a day of the month, when nothing after the number says it counts something else.
            if k > i, tokens[k].text.utf8.count <= 2, k + 1 == tokens.count || (tokens[k + 1].kind == .symbol && tokens[k + 1].text != ":") {
                return setDayOfMonth(day, length: k + 1 - i)
            }
            return nil
        }
        if k != i { return nil }
        // Month first: "December 3", "Dec 3rd 2026"
        if let month = match(tables.lexicon.months, i),
            case let skip = isSymbol(i + month.length, ".") || (free(i + month.length) && tokens[i + month.length].text == "the") ? 1 : 0,
            let (day, dayLength) = integer(i + month.length + skip).map({ ($0, 1) })
                ?? match(tables.lexicon.dayWords, i + month.length + skip).map({ ($0.payload, $0.length) }),
            (1...31).contains(day)
        {
            var j = i + month.length + skip + dayLength
            if let ordinal = match(tables.lexicon.ordinals, j) { j += ordinal.length }
            let (year, yearLength) = yearAfter(j)
            return setCalendar(day: day, month: month.payload, year: year, length: j + yearLength - i)
        }
        // Digits: "3/12", "3/12/2026", "2026-12-03"
        // "12.12.2026" too; "12.12" alone is a time.
        if let p = tokens[i].pair, p.separator == 47 || (p.separator == 46 && isSymbol(i + 1, ".") && (integer(i + 2) ?? 0) >= 1900) {
            // The documented order, unless only the other is a date: "2/15" is 15 February, "19/12" is 19 December.
            var dayFirst = tables.lexicon.dayFirst
            if dayFirst, p.left <= 12, p.right > 12, p.right <= 31 { dayFirst = false }
            if !dayFirst, p.right <= 12, p.left > 12, p.left <= 31 { dayFirst = true }
            let (day, month) = dayFirst ? (p.left, p.right) : (p.right, p.left)
            var length = 1
            var year: Int?
            if isSymbol(i + 1, "/") || isSymbol(i + 1, "."), let y = writtenYear(i + 2) { year = y; length = 3 }
            return setCalendar(day: day, month: month, year: year, length: length)
        }
        if let y = integer(i), tokens[i].text.utf8.count == 4, isSymbol(i + 1, "-"), let m = integer(i + 2),
            isSymbol(i + 3, "-"), let d = integer(i + 4)
        {
            return setCalendar(day: d, month: m, year: y, length: 5)
        }
        return nil
    }

    /// "2-15", "9-25": a month and a day joined by a hyphen, where the pair cannot be hours. "9-17" is 09:00 to
    /// 17:00, but a 24-hour end after an hour below the working day ("2-15" would be 02:00 to 15:00, or a
    /// 24-hour 15 beside a 12-hour 2), or a day past 24, is no range of hours.
    private mutating func monthDayWithHyphen(at i: Int) -> Int? {
        guard let month = integer(i), tokens[i].text.utf8.count <= 2, (1...12).contains(month), isSymbol(i + 1, "-"), free(i + 1),
            let day = integer(i + 2), tokens[i + 2].text.utf8.count == 2, (13...31).contains(day),
            day > 24 || month < tables.lexicon.earliestBareHour
        else { return nil }
        if i > 0, match(tables.lexicon.fromWords, i - 1) != nil || atWordBefore(i) { return nil }
        let k = i + 3
        if k < tokens.count, tokens[k].kind != .symbol, tables.lexicon.atWords.match(tokens, at: k) == nil { return nil }
        return setCalendar(day: day, month: month, year: nil, length: 3)
    }

    /// "18-3", "27 - 11": a day and a month joined by a hyphen, the mirror of `monthDayWithHyphen`: a day
    /// past 24, or a 24-hour day beside a month that would be a 12-hour hour below the working day ("18-3"
    /// would be 18:00 to 15:00), is no range of hours. "14-9" stays 14:00 to 21:00.
    private mutating func dayMonthWithHyphen(at i: Int) -> Int? {
        guard let day = integer(i), tokens[i].text.utf8.count == 2, (13...31).contains(day), isSymbol(i + 1, "-"), free(i + 1),
            let month = integer(i + 2), tokens[i + 2].text.utf8.count <= 2, (1...12).contains(month),
            day > 24 || month < tables.lexicon.earliestBareHour
        else { return nil }
        if i > 0, match(tables.lexicon.fromWords, i - 1) != nil || atWordBefore(i) { return nil }
        let k = i + 3
        if k < tokens.count, tokens[k].kind != .symbol, !isFiller(k), tables.lexicon.atWords.match(tokens, at: k) == nil { return nil }
        return setCalendar(day: day, month: month, year: nil, length: 3)
    }

    /// "2/2027", "2027/02", "2027-02": a month of a year in digits, as its days.
    private mutating func monthOfYear(at i: Int) -> Int? {
        var year = 0, month = 0, length = 1
        if let p = tokens[i].pair, p.separator == 47 {
            if p.rightDigits == 4, (1...12).contains(p.left) {
                (year, month) = (p.right, p.left)
            } else if p.rightDigits <= 2, p.left >= 1000, (1...12).contains(p.right) {
                (year, month) = (p.left, p.right)
            }
            if isSymbol(i + 1, "/") { return nil }
        } else if let y = integer(i), tokens[i].text.utf8.count == 4, isSymbol(i + 1, "-"), free(i + 2), i + 2 < tokens.count,
            tokens[i + 2].text.utf8.count == 2, let m = integer(i + 2), (1...12).contains(m), !isSymbol(i + 3, "-")
        {
            (year, month, length) = (y, m, 3)
        }
        guard month > 0, CivilDate.readableYears.contains(year) else { return nil }
        let first = CivilDate(year: year, month: month, day: 1)
        setWindow(first, days: first.lastDayOfMonth.day, note: text(i, i + length))
        return length
    }

    /// What may follow "the seventh" for it to be a day: the end, punctuation, "of", a month, a number or
    /// filler. "The first time" and "the second floor" are not days.
    private mutating func endsDayWord(_ j: Int) -> Bool {
        guard j < tokens.count else { return true }
        return tokens[j].kind != .word || tokens[j].text == "of" || match(tables.lexicon.months, j) != nil || isFiller(j)
    }

    mutating func yearAfter(_ j: Int) -> (Int?, Int) {
        var k = j
        if tokens.indices.contains(k), tokens[k].text == ",", free(k) { k += 1 }
        if let y = integer(k), tokens[k].text.utf8.count == 4, (1000...9999).contains(y) { return (y, k + 1 - j) }
        return (nil, 0)
    }

    /// The year of a date written in digits: four digits, or two ("10/31/74"), which are 1970 to 2069.
    mutating func writtenYear(_ k: Int) -> Int? {
        guard let y = integer(k) else { return nil }
        switch tokens[k].text.utf8.count {
        case 4: return y
        case 2: return y >= 70 ? 1900 + y : 2000 + y
        default: return nil
        }
    }

    /// Sets a calendar date. A day that does not exist (31 February) still claims its words,
    /// and leaves a note instead of a date, so the desk can say so rather than guess.
    private mutating func setCalendar(day: Int, month: Int, year: Int?, length: Int) -> Int? {
        guard (1...12).contains(month) else { return nil }
        if let year, !CivilDate.readableYears.contains(year) {
            slots.dateProblem =
                "the year \(year) is outside the years the desk reads (\(CivilDate.readableYears.lowerBound)-\(CivilDate.readableYears.upperBound))"
            return length
        }
        let y = year ?? today.year
        guard var date = CivilDate(validYear: y, month: month, day: day) else {
            slots.dateProblem = "there is no \(day) \(CivilDate.monthNames[month - 1])\(year.map { " \($0)" } ?? "")"
            return length
        }
        var note = "\(date)"
        if year == nil, date < today, let next = CivilDate(validYear: y + 1, month: month, day: day) {
            date = next
            note = "\(date) (the next one; that date has passed this year)"
        }
        set(date, note: note)
        return length
    }

    /// `the 15th`: this month's if it is today or later, else next month's.
    private mutating func setDayOfMonth(_ day: Int, length: Int) -> Int? {
        var month = CivilDate(year: today.year, month: today.month, day: 1)
        for _ in 0..<12 {
            if let date = CivilDate(validYear: month.year, month: month.month, day: day), date >= today {
                set(date, note: "the \(day)\(CivilDate.ordinalSuffix(day)) = \(date)")
                return length
            }
            month = month.adding(months: 1)
        }
        return nil
    }

    private mutating func resolveWeekday(_ weekday: Int, modifier: Lexicon.Modifier?) {
        // The soonest such day after today.
        var soonest = today.adding(days: (weekday - today.weekday + 7) % 7)
        if soonest == today { soonest = today.adding(days: 7) }
        switch modifier {
        case nil:
            set(soonest, reading: .weekday(weekday, .soonest))
        case .this:
            let inWeek = today.startOfWeek.adding(days: weekday - 1)
            if inWeek >= today {
                set(inWeek, reading: .weekday(weekday, .thisWeek))
            } else {
                set(soonest, reading: .weekday(weekday, .thisWeekPassed(soonest)))
            }
        case .next:
            let nextWeek = today.startOfWeek.adding(days: 7 + weekday - 1)
            set(nextWeek, reading: .weekday(weekday, .nextWeek))
            if soonest != nextWeek { slots.alternativeDate = soonest }
        }
    }

    mutating func set(_ date: CivilDate, reading: DateNote) {
        slots.date = date
        slots.dateReading = reading
    }

    mutating func set(_ date: CivilDate, note: String) {
        slots.date = date
        slots.dateNote = note
    }
}

extension CivilDate {
    /// Years a written date may name; one far outside is refused rather than booked.
    public static let readableYears = 1900...2200

    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"
    ]

    static func ordinalSuffix(_ n: Int) -> String {
        if (11...13).contains(n % 100) { return "th" }
        switch n % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// "Tue 1 Dec", as replies show a day.
    public var short: String {
        ASCIIText.short(weekday: CivilDate.weekdayNames[weekday - 1], day: day, month: CivilDate.monthNames[month - 1])
    }
}

extension Scan {
    /// "over the weekend", "during the week of the 14th": the word before a date read says when, as "on" does.
    mutating func claimDatePrepositions() {
        guard slots.date != nil || !slots.occurrences.isEmpty else { return }
        for k in tokens.indices where free(k) && tokens[k].word >= 0 {
            guard let prep = match(tables.lexicon.datePrepositions, k) else { continue }
            var next = k + prep.length
            if next < tokens.count, free(next), tokens[next].text == "the" { next += 1 }
            guard next < tokens.count, used[next] == .date || used[next] == .span || used[next] == .range || used[next] == .month else { continue }
            claim(k, next - k)
        }
    }
}
