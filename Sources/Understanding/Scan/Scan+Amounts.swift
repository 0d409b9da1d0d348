extension Scan {
    /// `#3`, `booking 3`, `booking number 3`.
    mutating func recogniseReferences() {
        claimNumberedThings()
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .symbol || (tokens[i].word >= 0 && tables.startsReference[Int(tokens[i].word)]) else { i += 1; continue }
            // "#3" ("#" cannot be written in the lexicon, where it starts a comment)
            if slots.bookingId == nil, isSymbol(i, "#"), free(i), let id = integer(i + 1), id > 0 {
                slots.bookingId = id
                claim(i, 2)
                moreReferences(after: i + 2)
                // "booking #3", "job #3"
                if i > 0, free(i - 1), match(tables.lexicon.bookingWords, i - 1)?.length == 1 { claim(i - 1, 1) }
                i += 2
                continue
            }
            if slots.bookingId == nil, let word = match(tables.lexicon.bookingWords, i), let id = integer(i + word.length),
                id > 0, !isUnit(i + word.length + 1)
            {
                slots.bookingId = id
                claim(i, word.length + 1)
                i += word.length + 1
                continue
            }
            i += 1
        }
    }

    /// "need a receptionist to handle job 17": in a task or purpose ("to", "for" before it), a bare number after a
    /// thing's name (language.words, `thing`) belongs to the task; only "#17" or "booking 17" names a booking.
    private mutating func claimNumberedThings() {
        var opened = false
        let to = tables.spelled.to, for_ = tables.spelled.for
        for k in tokens.indices {
            if tokens[k].word == to || tokens[k].word == for_ { opened = true; continue }
            guard opened, k + 1 < tokens.count, tokens[k + 1].integer != nil, free(k), free(k + 1),
                match(tables.lexicon.thingWords, k)?.length == 1
            else { continue }
            used[k] = .task
            used[k + 1] = .task
        }
    }

    /// "#1, #2 and #3": the numbers joined to the first by ",", "and" or "&".
    private mutating func moreReferences(after first: Int) {
        var k = first
        while k < tokens.count {
            var j = k
            while j < tokens.count, free(j), tables.lexicon.joiners.match(tokens, at: j) != nil { j += 1 }
            guard j > k, isSymbol(j, "#"), free(j), let id = integer(j + 1), id > 0 else { return }
            slots.moreBookingIds.append(id)
            claim(k, j + 2 - k)
            k = j + 2
        }
    }

    /// `£500`, `$80`, `12.50 pounds`: kept as minor units.
    mutating func recogniseMoney() {
        var i = 0
        while i < tokens.count {
            guard couldStart(tables.startsMoney, i) else { i += 1; continue }
            if let symbol = match(tables.lexicon.currencies, i), let amount = groupedAmount(i + symbol.length) {
                setMoney(amount.minor, symbol.payload)
                claim(i, symbol.length + amount.length)
                claimCap(before: i)
            } else if let minor = minorUnits(i), let word = match(tables.lexicon.currencies, i + 1) {
                setMoney(minor, word.payload)
                claim(i, 1 + word.length)
                claimCap(before: i)
            } else if tokens[i].kind == .number, followsBudgetLead(i), let amount = groupedAmount(i),
                i + amount.length >= tokens.count || !startsClockOrUnit(i + amount.length)
            {
                setMoney(amount.minor, nil)
                claim(i, amount.length)
                claimCap(before: i)
            }
            i += 1
        }
    }

    /// "budget £50", "but keep it under £100": words just before the amount that make it a request's most.
    /// They are read only with a role in the line; alone ("budget £800") they set the monthly budget.
    private mutating func claimCap(before money: Int) {
        // The longest phrase first: "but keep it under", not "under" alone.
        for start in max(money - 5, 0)..<money where free(start) {
            guard let cap = match(tables.lexicon.capWords, start), start + cap.length == money else { continue }
            guard
                tokens.indices.contains(where: { k in
                    tokens[k].word >= 0 && tables.isRoleWord[Int(tokens[k].word)] && tables.roles.match(tokens, at: k) != nil
                })
            else { return }
            slots.moneyIsCap = true
            claim(start, cap.length)
            return
        }
    }

    /// Whether a budget phrase ends just before token i ("budget to 800"), so a bare number there is money.
    private mutating func followsBudgetLead(_ i: Int) -> Bool {
        for start in max(i - 4, 0)..<i where free(start) {
            if let lead = match(tables.lexicon.budgetLeads, start), start + lead.length == i { return true }
        }
        return false
    }

    /// "800 hours", "15:00", "3pm": what follows a number that makes it a length or a clock time.
    private mutating func startsClockOrUnit(_ i: Int) -> Bool {
        isUnit(i) || isSymbol(i, ":") || tokens[i].text == "am" || tokens[i].text == "pm"
    }

    private mutating func setMoney(_ minor: Int64, _ currency: String?) {
        guard slots.moneyMinor == nil else { return }
        slots.moneyMinor = minor
        slots.moneyCurrency = currency
    }

    /// "80" → 8000, "12.5" → 1250, "12.50" → 1250; nil for anything else, or too large to be real.
    mutating func minorUnits(_ i: Int) -> Int64? {
        guard free(i) else { return nil }
        if let whole = tokens[i].integer { return whole <= 100_000_000 ? Int64(whole) * 100 : nil }
        guard let p = tokens[i].pair, p.separator == 46, p.rightDigits <= 2, p.left <= 100_000_000 else { return nil }
        return Int64(p.left) * 100 + Int64(p.rightDigits == 1 ? p.right * 10 : p.right)
    }

    /// After a currency sign: "1,500", "1,500.50" (thousands groups written without spaces) and "5k".
    private mutating func groupedAmount(_ i: Int) -> (minor: Int64, length: Int)? {
        guard var minor = minorUnits(i) else { return nil }
        var length = 1
        while isSymbol(i + length, ","), touching(i + length - 1, i + length), touching(i + length, i + length + 1),
            free(i + length + 1), tokens[i + length + 1].text.utf8.prefix(while: { $0 != 46 }).count == 3,
            let group = minorUnits(i + length + 1), minor <= 100_000_000
        {
            minor = minor * 1000 + group
            length += 2
        }
        if i + length < tokens.count, tokens[i + length].text == "k", touching(i + length - 1, i + length), minor <= 100_000_000 {
            minor *= 1000
            length += 1
        }
        return (minor, length)
    }

    /// No space between tokens a and b.
    private mutating func touching(_ a: Int, _ b: Int) -> Bool { b < tokens.count && tokens[a].end == tokens[b].start }

    mutating func isUnit(_ i: Int) -> Bool { free(i) && (match(tables.lexicon.units, i) != nil) }

    /// `for 3 hours`, `2.5h`, `90 minutes`, `1 hour 30`, `half a day`, `all day`, `a couple of hours`.
    mutating func recogniseDurations() {
        var i = 0
        while i < tokens.count {
            guard free(i), couldStart(tables.startsDuration, i) else { i += 1; continue }
            if let amount = match(tables.lexicon.amounts, i) {
                setDuration(amount.payload, at: i, length: amount.length)
                i += amount.length
                continue
            }
            // "a day from now", "in a day": a day counted from today, read with the dates, not a whole day's length.
            if let all = match(tables.lexicon.allDay, i), match(tables.lexicon.fromNow, i + all.length) == nil, !inWordBefore(i) {
                slots.allDay = true
                claim(i, all.length)
                claimFor(before: i)
                i += all.length
                continue
            }
            // "in 15", "in 20?": minutes from now, as said with nothing after, never 15:00 ("in 2" could be hours).
            if let n = tokens[i].integer, (5...59).contains(n), tokens[i].text.utf8.count <= 2,
                i + 1 == tokens.count || tokens[i + 1].kind == .symbol || isFiller(i + 1), inWordBefore(i)
            {
                setDuration(n, at: i, length: 1)
                i += 1
                continue
            }
            // "20 minutes past 3pm", "9h-17h": a clock time, not a length.
            if tokens[i].kind == .number || tokens[i].kind == .word, let clock = clockPhraseLength(i) { i += clock; continue }
            if let choice = lengthChoice(i) {
                // "3-4 hours": two lengths; the desk asks which rather than take either.
                claim(i, choice)
                claimFor(before: i)
                if slots.durationProblem == nil { slots.durationProblem = "\"\(text(i, i + choice))\" gives two lengths" }
                i += choice
                continue
            }
            // Read once for both questions below: the reading is long, and nothing is claimed between them.
            let withUnit = numberWithUnit(i)
            if let (_, length) = withUnit, i > 0, free(i - 1), isSymbol(i - 1, "-"), tokens[i - 1].end == tokens[i].start,
                i < 2 || tokens[i - 2].kind != .number
            {
                // "-3 hours": no length is below nothing.
                claim(i - 1, length + 1)
                if slots.durationProblem == nil { slots.durationProblem = "a length can't be negative (\"\(text(i - 1, i + length))\")" }
                i += length
                continue
            }
            if let (minutes, length) = withUnit {
                var total = minutes, span = length
                // "1 hour 30" / "1h30" / "2 hours 15 minutes"
                if minutes % 60 == 0, let extra = integer(i + span), extra < 60 {
                    total += extra
                    span += 1
                    if let unit = match(tables.lexicon.units, i + span), unit.payload == 1 { span += unit.length }
                } else if minutes % 60 == 0, let more = numberWithUnit(i + span), more.minutes < 60 {
                    total += more.minutes
                    span += more.length
                }
                setDuration(total, at: i, length: span)
                i += span
                continue
            }
            i += 1
        }
    }

    /// "3-4 hours", "3 or 4 hours", "two to three hours": the tokens of two lengths said as one, or nil.
    /// The first is a bare number, or a number with its unit ("2 hours or 3 hours").
    private mutating func lengthChoice(_ i: Int) -> Int? {
        guard let first = count(i) else { return nil }
        var k = i + first.length
        if let unit = match(tables.lexicon.units, k) { k += unit.length }
        guard let joiner = match(tables.lexicon.lengthChoices, k), let second = numberWithUnit(k + joiner.length) else { return nil }
        return k + joiner.length + second.length - i
    }

    /// "2 1/2", "3½", "1/2": a whole number and a fraction of the unit after them, in thousandths.
    private mutating func fractionalNumber(_ i: Int) -> (thousandths: Int, length: Int)? {
        var whole = 0, k = i
        if let n = integer(i), n <= 100_000 { whole = n; k += 1 }
        if free(k), let p = tokens[k].pair, p.separator == 47, p.left > 0, p.left < p.right, p.right <= 60,
            k == i || tokens[k - 1].kind == .number
        {
            return (whole * 1000 + p.left * 1000 / p.right, k + 1 - i)
        }
        if k > i, let mark = match(tables.lexicon.fractions, k) { return (whole * 1000 + mark.payload, k + mark.length - i) }
        return nil
    }

    /// A number followed by a unit of time: (minutes, tokens used).
    private mutating func numberWithUnit(_ i: Int) -> (minutes: Int, length: Int)? {
        guard free(i) else { return nil }
        // "2 1/2 hours", "3½ hours", "1/2 hour": never a date.
        if let fraction = fractionalNumber(i), let unit = match(tables.lexicon.units, i + fraction.length) {
            return ((fraction.thousandths * unit.payload + 500) / 1000, fraction.length + unit.length)
        }
        // "2 and a half hours", "two and a half hours"
        if let n = count(i), let half = match(tables.lexicon.andAHalf, i + n.length),
            let unit = match(tables.lexicon.units, i + n.length + half.length),
            n.value <= 100_000_000
        {
            return (n.value * unit.payload + unit.payload / 2, n.length + half.length + unit.length)
        }
        if let whole = tokens[i].integer, let unit = match(tables.lexicon.units, i + 1) {
            // However long: a length the desk cannot book is its to refuse, not the parser's to drop.
            return (whole * unit.payload, 1 + unit.length)
        }
        // "for 30'": minutes written with a prime, straight after the number of a length.
        if let whole = tokens[i].integer, isSymbol(i + 1, "'"), tokens[i].end == tokens[i + 1].start,
            i > 0, tokens[i - 1].text == "for"
        {
            return (whole, 2)
        }
        // "1/2 hour", "3/4h": a fraction of the unit.
        if let p = tokens[i].pair, p.separator == 47, p.right == 2 || p.right == 4, p.left > 0, p.left < p.right,
            let unit = match(tables.lexicon.units, i + 1)
        {
            return (p.left * unit.payload / p.right, 1 + unit.length)
        }
        if let p = tokens[i].pair, p.separator == 46, p.rightDigits <= 2,
            let unit = match(tables.lexicon.units, i + 1)
        {
            let scale = p.rightDigits == 1 ? 10 : 100
            let fraction = (p.right * unit.payload + scale / 2) / scale
            return (p.left * unit.payload + fraction, 1 + unit.length)
        }
        // "a m" is the morning ("nine a m"), not a minute: an article counts only a unit said in full.
        if tokens[i].kind == .word, let n = match(tables.lexicon.numbers, i), let unit = match(tables.lexicon.units, i + n.length),
            !(isFiller(i) && tokens[i + n.length].text.utf8.count == 1)
        {
            return (n.payload * unit.payload, n.length + unit.length)
        }
        return nil
    }

    private mutating func setDuration(_ minutes: Int, at i: Int, length: Int) {
        claim(i, length)
        // "in 20 minutes", "in an hour": not a length but when to start, counted from now.
        // "come in an hour earlier" is a change by an hour, not a time an hour from now.
        let inWord = inWordLength(before: i)
        if let inWord, slots.start == nil, minutes <= 48 * 60, !startsChange(i + length) {
            claim(i - inWord, inWord)
            let at = now.minute + minutes
            slots.start = at % 1440
            slots.date = today.adding(days: at / 1440)
            slots.dateNote = "in \(minutes) min = \(slots.date!) \(Clock24.format(at % 1440))"
            return
        }
        // "2 hours from now", "30 minutes ago": a time counted from now, not a length ("2 hours back" moves a booking).
        if let direction = match(tables.lexicon.fromNow, i + length), tokens[i + length].text != "back", slots.start == nil,
            minutes <= 48 * 60
        {
            claim(i + length, direction.length)
            let at = now.minute + minutes * direction.payload
            let days = at >= 0 ? at / 1440 : -((1439 - at) / 1440)
            slots.start = at - days * 1440
            slots.date = today.adding(days: days)
            slots.dateNote = "\(text(i, i + length + direction.length).lowercased()) = \(slots.date!) \(Clock24.format(at - days * 1440))"
            return
        }
        claimFor(before: i)
        if slots.durationMinutes == nil { slots.durationMinutes = minutes; durationTokens = i..<(i + length) }
    }

    /// The length of a free "in" or "in about" just before token i, or nil.
    private mutating func inWordLength(before i: Int) -> Int? {
        (1...2).first { back in i >= back && free(i - back) && match(tables.lexicon.inWords, i - back)?.length == back }
    }

    private mutating func inWordBefore(_ i: Int) -> Bool { inWordLength(before: i) != nil }

    /// Whether a word that changes a booking by an amount starts at token k ("earlier", "later", "longer").
    private mutating func startsChange(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].word >= 0, tables.startsDelta[Int(tokens[k].word)] else { return false }
        let lexicon = tables.lexicon
        return lexicon.longer.match(tokens, at: k) != nil || lexicon.shorter.match(tokens, at: k) != nil
            || lexicon.later.match(tokens, at: k) != nil || lexicon.earlier.match(tokens, at: k) != nil
    }

    /// "for" in "for 3 hours" belongs to the duration.
    private mutating func claimFor(before i: Int) {
        if i > 0, free(i - 1), tokens[i - 1].text == "for" { used[i - 1] = claimant }
    }
}
