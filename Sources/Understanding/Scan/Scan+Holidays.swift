extension Scan {
    /// Which of a holiday's dates a phrase asks for.
    private enum HolidayWhen {
        /// The next one on or after today ("christmas", "this easter").
        case coming
        /// The next one after today ("next christmas" said on Christmas Day is next year's).
        case next
        /// The last one before today ("last easter").
        case last
        /// The one dated in that year ("easter 2030", "christmas of next year", "thanksgiving in 3 years").
        case year(Int)
    }

    /// "the bank holiday", "next bank holiday", "bank holiday Monday": the region's next day off (after today
    /// for "next"), on that weekday when one follows; its substitute day where it has moved.
    private mutating func nextPublicHoliday(at i: Int, words k: Int, after when: HolidayWhen) -> Int? {
        guard let said = match(tables.lexicon.publicHolidayWords, k) else { return nil }
        if case .last = when { return nil }
        var end = k + said.length
        let weekday = match(tables.lexicon.weekdays, end)
        if let weekday { end += weekday.length }
        let rules = tables.holidays
        var first = today
        if case .next = when { first = today.adding(days: 1) }
        // "the bank holiday in May": the coming May's. The month reader came first and took "in May" for a
        // month of days; said of the holiday, it is the holiday's.
        var month: Int?
        if end < tokens.count, let inWord = tables.lexicon.inWords.match(tokens, at: end), end + inWord.length < tokens.count,
            let named = tables.lexicon.months.match(tokens, at: end + inWord.length)
        {
            month = named.payload
            end += inWord.length + named.length
            monthWindow = nil
            bareMonth = nil
            first = max(CivilDate.firstOfComing(month: named.payload, from: first), first)
        }
        for year in first.year...(first.year + 1) {
            for day in rules.publicHolidays(region: holidayRegion, year: year)
            where day.date >= first && (weekday == nil || day.date.weekday == weekday!.payload)
                && (month == nil || day.date.month == month!)
            {
                set(day.date, note: "\(text(i, end).lowercased()) = \(day.date), \(day.name)")
                return end - i
            }
        }
        slots.dateProblem = "no \(text(k, end).lowercased()) comes in the next year"
        return end - i
    }

    /// A holiday's name with the words around it: `next christmas`, `last easter`, `thanksgiving 2030`,
    /// `boxing day of next year`, `easter in 2 years`, `mother's day 3 years ago`. The name means the
    /// holiday of the desk's region where it has one ("mother's day" in England is Mothering Sunday), else
    /// the holiday written first in the rules, of whatever region; the date is the holiday's own day, not a
    /// substitute day off.
    mutating func holidayDate(at i: Int) -> Int? {
        // Most date words begin no holiday phrase; one flag says so.
        guard tokens[i].word >= 0, tables.startsHolidayPhrase[Int(tokens[i].word)] else { return nil }
        var k = i
        var when = HolidayWhen.coming
        if let modifier = match(tables.lexicon.modifiers, k),
            match(tables.lexicon.holidays, k + modifier.length) != nil || match(tables.lexicon.publicHolidayWords, k + modifier.length) != nil
        {
            if modifier.payload == .next { when = .next }
            k += modifier.length
        } else if let previous = match(tables.lexicon.previous, k) {
            when = .last
            k += previous.length
        }
        if let length = nextPublicHoliday(at: i, words: k, after: when) { return length }
        guard let name = match(tables.lexicon.holidays, k) else { return nil }
        let rules = tables.holidays
        k += name.length
        if case .coming = when, let (year, length) = yearAfterName(at: k) {
            when = .year(year)
            k += length
        }
        let phrase = text(i, k).lowercased()
        var found: (holiday: Int, date: CivilDate)?
        for candidate in rules.ranked(tables.lexicon.holidayMeanings[name.payload], region: holidayRegion) {
            if let date = holidayDate(candidate, when) { found = (candidate, date); break }
        }
        let candidates = tables.lexicon.holidayMeanings[name.payload]
        if found == nil, candidates.allSatisfy(rules.isUndated) {
            slots.dateProblem = "the date of \(rules.label(of: candidates[0])) follows a moon or calendar I don't compute"
            return k - i
        }
        guard let (holiday, date) = found else {
            slots.dateProblem =
                "\(phrase) is outside the years I date holidays for, \(HolidayRules.years.lowerBound) to \(HolidayRules.years.upperBound)"
            return k - i
        }
        let label = rules.label(of: holiday)
        // "memorial day weekend": the weekend the holiday is part of, with the Friday or Monday it adds.
        if let weekend = match(tables.lexicon.weekends, k), weekend.payload == .this, tokens[k].text.hasPrefix("w") {
            let back = [1: 2, 5: 0, 6: 0, 7: 1][date.weekday]
            if let back {
                let first = date.adding(days: -back)
                let days = date.weekday == 1 || date.weekday == 5 ? 3 : 2
                set(first, note: "\(text(i, k + weekend.length).lowercased()) = \(first) to \(first.adding(days: days - 1)) (\(label))")
                slots.dateSpanDays = days
                return k + weekend.length - i
            }
        }
        set(date, note: "\(phrase) = \(date)\(phrase == label.lowercased() ? "" : " (\(label))")")
        let span = rules.span(of: holiday, from: date)
        if span > 1 { slots.dateSpanDays = span }
        return k - i
    }

    private mutating func holidayDate(_ holiday: Int, _ when: HolidayWhen) -> CivilDate? {
        let rules = tables.holidays
        switch when {
        case .year(let year):
            return rules.dates(of: holiday, in: year).first
        case .coming, .next:
            for year in today.year...(today.year + 8) {
                if let date = rules.dates(of: holiday, in: year).first(where: { if case .next = when { $0 > today } else { $0 >= today } }) {
                    return date
                }
            }
            return nil
        case .last:
            for year in stride(from: today.year, through: today.year - 8, by: -1) {
                if let date = rules.dates(of: holiday, in: year).last(where: { $0 < today }) { return date }
            }
            return nil
        }
    }

    /// The year said after a holiday's or a month's name: `2030`, `of 2030`, `in 2030`, `next year`, `of last
    /// year`, `in 3 years`, `in a year`, `in 9 months`, `2 years ago`, `six months from now`.
    mutating func yearAfterName(at start: Int) -> (year: Int, length: Int)? {
        var k = start
        let of = match(tables.lexicon.yearOf, k)
        if let of { k += of.length }
        if let year = integer(k), tokens[k].text.utf8.count == 4 { return (year, k + 1 - start) }
        if let words = yearInWords(at: k) { return (words.year, k + words.length - start) }
        // "next year", "of this year", "last year".
        if let modifier = match(tables.lexicon.modifiers, k), let unit = match(tables.lexicon.yearUnits, k + modifier.length) {
            return (today.year + (modifier.payload == .next ? 1 : 0), k + modifier.length + unit.length - start)
        }
        if let previous = match(tables.lexicon.previous, k), let unit = match(tables.lexicon.yearUnits, k + previous.length) {
            return (today.year - 1, k + previous.length + unit.length - start)
        }
        // "in 3 years", "in a year", "3 years from now", "2 years ago": the holiday of the year that date falls in.
        let saidIn = of != nil && tokens[start].text == "in"
        guard of == nil || saidIn, let n = count(k), n.value <= 200 else { return nil }
        var end = k + n.length
        let months: Bool
        if let unit = match(tables.lexicon.yearUnits, end) {
            months = false; end += unit.length
        } else if let unit = match(tables.lexicon.monthUnits, end) {
            months = true; end += unit.length
        } else {
            return nil
        }
        var sign = 1
        if let ago = match(tables.lexicon.ago, end) {
            sign = -1; end += ago.length
        } else if let hence = match(tables.lexicon.hence, end) {
            end += hence.length
        } else if !saidIn {
            return nil
        }
        if saidIn && sign < 0 { return nil }
        let shifted = today.adding(months: sign * n.value * (months ? 1 : 12))
        return (shifted.year, end - start)
    }
}
