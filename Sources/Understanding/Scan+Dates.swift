extension Scan {
    /// Finds the first date phrase in the line and resolves it against today.
    /// The policy is the README's: a bare weekday is the next one after today; `this X` is
    /// the X of the current Monday-to-Sunday week (the next one if it has passed); `next X`
    /// is the X of the following week; a date without a year is the next one on or after today.
    mutating func recogniseDates() {
        var i = 0
        while i < tokens.count, slots.date == nil {
            if free(i), let length = date(at: i) {
                claim(i, length)
                if i > 0, free(i - 1), tokens[i - 1].text == "on" || tokens[i - 1].text == "for" { used[i - 1] = true }
                return
            }
            i += 1
        }
    }

    /// Tries each date form at `i`; sets the date slots and returns the tokens used.
    private mutating func date(at i: Int) -> Int? {
        if let rel = match(lexicon.relativeDays, i) {
            let phrase = text(i, i + rel.length).lowercased()
            set(today.adding(days: rel.payload), note: "\(phrase) = today + \(rel.payload) day\(rel.payload == 1 ? "" : "s")")
            return rel.length
        }
        if let week = match(lexicon.weeks, i) {
            let monday = today.startOfWeek.adding(days: week.payload == .next ? 7 : 0)
            set(monday, note: "\(week.payload == .next ? "next" : "this") week = Mon \(monday) to Sun \(monday.adding(days: 6))")
            slots.dateSpanDays = 7
            return week.length
        }
        if let weekend = match(lexicon.weekends, i) {
            var saturday = today.startOfWeek.adding(days: 5 + (weekend.payload == .next ? 7 : 0))
            if saturday < today { saturday = today }
            set(saturday, note: "weekend = Sat \(saturday) and Sun \(saturday.startOfWeek.adding(days: 6))")
            slots.dateSpanDays = saturday.startOfWeek.adding(days: 6).dayNumber - saturday.dayNumber + 1
            return weekend.length
        }
        if let modifier = match(lexicon.modifiers, i), let day = match(lexicon.weekdays, i + modifier.length) {
            resolveWeekday(day.payload, modifier: modifier.payload)
            return modifier.length + day.length
        }
        if let day = match(lexicon.weekdays, i) {
            resolveWeekday(day.payload, modifier: nil)
            return day.length
        }
        if let inWord = match(lexicon.inWords, i), let n = count(i + inWord.length),
           let unit = match(lexicon.dayUnits, i + inWord.length + n.length), n.value <= 3650 {
            let days = n.value * unit.payload
            set(today.adding(days: days), note: "in \(n.value) \(unit.payload == 7 ? "week" : "day")\(n.value == 1 ? "" : "s") = today + \(days) days")
            return inWord.length + n.length + unit.length
        }
        if let end = match(lexicon.monthEnds, i) {
            set(today.lastDayOfMonth, note: "end of the month = \(today.lastDayOfMonth)")
            return end.length
        }
        return calendarDate(at: i)
    }

    /// `December 3`, `3rd Dec`, `3 December 2026`, `the 15th`, `3/12`, `2026-12-03`.
    private mutating func calendarDate(at i: Int) -> Int? {
        var k = i
        if tokens[k].text == "the", free(k + 1) { k += 1 }
        // Day first: "3rd of December", "3 Dec", "the 15th"
        if let day = integer(k), (1...31).contains(day) {
            var j = k + 1
            let ordinal = match(lexicon.ordinals, j)
            if let ordinal { j += ordinal.length }
            if tokens.indices.contains(j), tokens[j].text == "of", free(j) { j += 1 }
            if let month = match(lexicon.months, j) {
                j += month.length
                let (year, yearLength) = yearAfter(j)
                return setCalendar(day: day, month: month.payload, year: year, length: j + yearLength - i)
            }
            if ordinal != nil {
                return setDayOfMonth(day, length: k + 1 + ordinal!.length - i)
            }
            return nil
        }
        if k != i { return nil }
        // Month first: "December 3", "Dec 3rd 2026"
        if let month = match(lexicon.months, i), let day = integer(i + month.length), (1...31).contains(day) {
            var j = i + month.length + 1
            if let ordinal = match(lexicon.ordinals, j) { j += ordinal.length }
            let (year, yearLength) = yearAfter(j)
            return setCalendar(day: day, month: month.payload, year: year, length: j + yearLength - i)
        }
        // Digits: "3/12", "3/12/2026", "2026-12-03"
        if let p = tokens[i].pair, p.separator == 47 {
            let (day, month) = lexicon.dayFirst ? (p.left, p.right) : (p.right, p.left)
            var length = 1
            var year: Int?
            if isSymbol(i + 1, "/"), let y = integer(i + 2), tokens[i + 2].text.utf8.count == 4 { year = y; length = 3 }
            return setCalendar(day: day, month: month, year: year, length: length)
        }
        if let y = integer(i), tokens[i].text.utf8.count == 4, isSymbol(i + 1, "-"), let m = integer(i + 2),
           isSymbol(i + 3, "-"), let d = integer(i + 4) {
            return setCalendar(day: d, month: m, year: y, length: 5)
        }
        return nil
    }

    private func yearAfter(_ j: Int) -> (Int?, Int) {
        var k = j
        if tokens.indices.contains(k), tokens[k].text == ",", free(k) { k += 1 }
        if let y = integer(k), tokens[k].text.utf8.count == 4, (1900...9999).contains(y) { return (y, k + 1 - j) }
        return (nil, 0)
    }

    /// Sets a calendar date. A day that does not exist (31 February) still claims its words,
    /// and leaves a note instead of a date, so the desk can say so rather than guess.
    private mutating func setCalendar(day: Int, month: Int, year: Int?, length: Int) -> Int? {
        guard (1...12).contains(month) else { return nil }
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
        let name = CivilDate.weekdayNames[weekday - 1]
        // The soonest such day after today.
        var soonest = today.adding(days: (weekday - today.weekday + 7) % 7)
        if soonest == today { soonest = today.adding(days: 7) }
        switch modifier {
        case nil:
            set(soonest, note: "\(name) = the next \(name) after today")
        case .this:
            let inWeek = today.startOfWeek.adding(days: weekday - 1)
            if inWeek >= today {
                set(inWeek, note: "this \(name) = the \(name) of this week")
            } else {
                set(soonest, note: "this \(name) = \(soonest) (this week's has passed)")
            }
        case .next:
            let nextWeek = today.startOfWeek.adding(days: 7 + weekday - 1)
            set(nextWeek, note: "next \(name) = the \(name) of next week")
            if soonest != nextWeek { slots.alternativeDate = soonest }
        }
    }

    private mutating func set(_ date: CivilDate, note: String) {
        slots.date = date
        slots.dateNote = note
    }
}

extension CivilDate {
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

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
        "\(CivilDate.weekdayNames[weekday - 1].prefix(3)) \(day) \(CivilDate.monthNames[month - 1].prefix(3))"
    }
}
