extension Scan {
    /// "last Thursday", "previous Monday": a day that has passed, read as that day rather than the coming
    /// Thursday. No booking can have it (the desk says it has passed and asks); a list of it shows that day.
    mutating func recognisePastWeekday() {
        for k in tokens.indices where free(k) && tables.lexicon.pastModifiers.match(tokens, at: k) != nil {
            guard let day = match(tables.lexicon.weekdays, k + 1) else { continue }
            // "the last Friday of the month", "the last Monday in May": a weekday of a month, which the date reader reads.
            let after = k + 1 + day.length
            if after < tokens.count, tokens[after].text == "of" || tokens[after].text == "in" { continue }
            let back = (today.weekday - day.payload + 7) % 7
            let date = today.adding(days: -(back == 0 ? 7 : back))
            // The day itself, gone: a list shows it, and the desk refuses to book it and says it has passed.
            slots.date = date
            slots.dateNote = "last \(CivilDate.weekdayNames[day.payload - 1]) = \(date.short), which has passed"
            claim(k, 1 + day.length)
            if k > 0, free(k - 1), tokens[k - 1].text == "on" || tokens[k - 1].text == "for" { claim(k - 1, 1) }
            return
        }
    }

    /// "25 November" said on 30 November reads as next year's, as a date without a year does; the day
    /// this year has passed, which `passedDate` keeps so the desk asks before booking a year ahead. Only when
    /// this year's day is the nearer of the two: "2 February" said in November is the coming one, not a slip.
    mutating func notePassedDate() {
        guard let date = slots.date, slots.occurrences.isEmpty, date.year == today.year + 1,
            let thisYear = CivilDate(validYear: today.year, month: date.month, day: date.day), thisYear < today,
            today.dayNumber - thisYear.dayNumber < date.dayNumber - today.dayNumber,
            !tokens.contains(where: { ($0.integer ?? 0) >= 1900 }),
            tokens.indices.contains(where: { tables.lexicon.months.match(tokens, at: $0) != nil })
        else { return }
        slots.passedDate = thisYear
    }
}
