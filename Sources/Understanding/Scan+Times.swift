extension Scan {
    /// A clock time as read, before business-hours inference.
    struct ClockTime {
        var hour: Int
        var minute: Int
        /// true = pm, false = am, nil = not said.
        var meridiem: Bool?
        /// Written as 14:00 or 0900: a 24-hour time, no inference.
        var twentyFour: Bool
        /// A bare number ("9"), which is a time only where the words around it say so.
        var bare: Bool
        var length: Int
    }

    /// Ranges (`9-5`, `from 10 till 2`, `9am-5:30pm`), single times (`2pm`, `at 10`, `noon`,
    /// `half past two`) and parts of the day (`morning`).
    mutating func recogniseTimes() {
        readTimes()
        // "at 7 tomorrow evening": the words that put the hour in the evening were read with it.
        if eveningSaid, let start = slots.start, start >= 12 * 60, !slots.partOfDay {
            for k in tokens.indices where free(k) { if let hint = match(tables.lexicon.pmHints, k) { claim(k, hint.length) } }
        }
        refuseImpossibleClock()
        // "this afternoon", "tonight": the part of the day the date named, when no clock time says more.
        if slots.start == nil, let part = partOfDate {
            slots.start = part.lowerBound
            slots.end = part.upperBound
            slots.partOfDay = true
        }
    }

    private mutating func readTimes() {
        var i = 0
        // A part of the day passed over for a clock time later in the line ("evening at 7"): read with it.
        var passedPart: (at: Int, length: Int)?
        defer {
            if slots.start != nil, let part = passedPart, free(part.at) { claim(part.at, part.length) }
        }
        while i < tokens.count, slots.start == nil {
            guard free(i), couldStart(tables.startsTime, i) else { i += 1; continue }
            var k = i
            let from = match(tables.lexicon.fromWords, k)
            if let from { k += from.length }
            if let first = clockTime(k), let joiner = match(tables.lexicon.rangeWords, k + first.length),
               let second = clockTime(k + first.length + joiner.length) {
                var start = resolve(first)
                var end = resolve(second, after: start)
                // "9am-5" or "10-2pm": the explicit half of the pair settles the other.
                if first.meridiem == nil, !first.twentyFour, second.meridiem == false, start >= 12 * 60, start - 720 < end {
                    start -= 720
                }
                if end <= start, second.meridiem == nil, !second.twentyFour, end + 720 < 1440 { end += 720 }
                if end == 0 { end = 1440 }
                slots.start = start
                slots.end = end
                claim(i, k - i + first.length + joiner.length + second.length)
                claimPartOfDay(at: k + first.length + joiner.length + second.length)
                return
            }
            if let first = clockTime(k), !first.bare || from != nil || atWordBefore(i) || partOfDayAfter(k + first.length) {
                slots.start = resolve(first)
                claim(i, k - i + first.length)
                if atWordBefore(i) {
                    // "starting at 11": the whole phrase before the hour.
                    let two = i >= 2 ? tables.lexicon.atWords.match(tokens, at: i - 2, used: used) : nil
                    if let two, two.length == 2 { claim(i - 2, 2) } else { claim(i - 1, 1) }
                }
                claimPartOfDay(at: k + first.length)
                return
            }
            if let part = match(tables.lexicon.dayparts, i) {
                // "tomorrow evening at 7": a clock time later in the line says more than the part of the day.
                if hasClockTime(after: i + part.length) {
                    if passedPart == nil { passedPart = (i, part.length) }
                    i += part.length
                    continue
                }
                slots.start = part.payload.lowerBound
                slots.end = part.payload.upperBound
                slots.partOfDay = true
                claim(i, part.length)
                if i >= 2, tokens[i - 1].text == "the", tokens[i - 2].text == "in" { claim(i - 2, 2) }
                return
            }
            i += 1
        }
    }

    /// "25:00", "13:75", "24:30": written as a clock time, but no day has it. Rather than fall back to the
    /// usual shift, the line gets a date problem, and its date is left open, as for "31 February", so the
    /// desk refuses it and asks again.
    private mutating func refuseImpossibleClock() {
        guard slots.dateProblem == nil else { return }
        for k in tokens.indices where tokens[k].isImpossibleClock && free(k) {
            slots.dateProblem = "\(tokens[k].text) is not a time of day"
            slots.problemIsTime = true
            slots.date = nil
            slots.dateNote = nil
            slots.alternativeDate = nil
            slots.dateSpanDays = 1
            slots.occurrences = []
            slots.recurrenceNote = nil
            slots.span = nil
            slots.start = nil
            slots.end = nil
            slots.partOfDay = false
            claim(k, 1)
            if atWordBefore(k) { claim(k - 1, 1) }
            return
        }
    }

    /// Claims the part of the day that places a time just read: "3 in the afternoon", "at 7 tonight".
    private mutating func claimPartOfDay(at k: Int) {
        guard free(k) else { return }
        if let part = match(tables.lexicon.pmHints, k) ?? match(tables.lexicon.dayparts, k).map({ ($0.length, true) }) {
            claim(k, part.length)
        } else if tokens[k].text == "in", let part = match(tables.lexicon.dayparts, k + 1) {
            claim(k, part.length + 1)
        }
    }

    /// "8 tonight", "3 in the afternoon", "10 in the morning": a bare hour that a part of the day places.
    private func partOfDayAfter(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if tables.lexicon.pmHints.match(tokens, at: k) != nil || tables.lexicon.dayparts.match(tokens, at: k) != nil { return true }
        return tokens[k].text == "in" && k + 1 < tokens.count && tables.lexicon.dayparts.match(tokens, at: k + 1) != nil
    }

    private func hasClockTime(after i: Int) -> Bool {
        var k = i
        while k < tokens.count {
            if let t = clockTime(k) {
                if !t.bare || atWordBefore(k) { return true }
                // "Saturday afternoon 2 till 6": a range of bare hours.
                if let joiner = match(tables.lexicon.rangeWords, k + t.length), clockTime(k + t.length + joiner.length) != nil { return true }
            }
            k += 1
        }
        return false
    }

    private func atWordBefore(_ i: Int) -> Bool {
        guard i > 0, free(i - 1) else { return false }
        return tables.lexicon.atWords.match(tokens, at: i - 1, used: used).map { $0.length == 1 } ?? false
    }

    /// Minutes since midnight, with am/pm inferred for business hours when not said:
    /// an hour before `earliest` (7 by default) is afternoon; 12 is noon.
    func resolve(_ t: ClockTime, after start: Int? = nil) -> Int {
        var hour = t.hour
        if let pm = t.meridiem {
            if hour == 12 { hour = pm ? 12 : 0 } else if pm { hour += 12 }
        } else if !t.twentyFour, hour >= 1, hour < tables.lexicon.earliestBareHour, start == nil {
            hour += 12
        } else if !t.twentyFour, hour >= 1, hour < 12, start == nil, eveningSaid {
            hour += 12
        } else if !t.twentyFour, let start, hour <= 12, hour * 60 + t.minute <= start, hour + 12 < 24 {
            hour += 12
        }
        return hour * 60 + t.minute
    }

    /// A time of day at `i`, if one is written there.
    func clockTime(_ i: Int) -> ClockTime? {
        guard free(i) else { return nil }
        if let word = match(tables.lexicon.clockWords, i) {
            return ClockTime(hour: word.payload / 60, minute: word.payload % 60, meridiem: nil, twentyFour: true, bare: false, length: word.length)
        }
        if let half = match(tables.lexicon.halfPast, i), let hour = hourNumber(i + half.length), (1...12).contains(hour.value) {
            return ClockTime(hour: hour.value, minute: 30, meridiem: meridiem(i + half.length + hour.length), twentyFour: false,
                             bare: false, length: half.length + hour.length + meridiemLength(i + half.length + hour.length))
        }
        if let quarter = match(tables.lexicon.quarters, i), let hour = hourNumber(i + quarter.length), (1...12).contains(hour.value) {
            var h = hour.value, m = quarter.payload
            if m < 0 { h = h == 1 ? 12 : h - 1; m += 60 }
            let after = i + quarter.length + hour.length
            return ClockTime(hour: h, minute: m, meridiem: meridiem(after), twentyFour: false, bare: false,
                             length: quarter.length + hour.length + meridiemLength(after))
        }
        // "five to nine", "twenty to three": words only, as "5 to 9" is a range
        if tokens[i].kind == .word, let minutes = count(i), (1...30).contains(minutes.value),
           let to = match(tables.lexicon.minutesTo, i + minutes.length),
           let hour = hourNumber(i + minutes.length + to.length), (1...12).contains(hour.value) {
            let after = i + minutes.length + to.length + hour.length
            return ClockTime(hour: hour.value == 1 ? 12 : hour.value - 1, minute: 60 - minutes.value, meridiem: meridiem(after),
                             twentyFour: false, bare: false, length: after - i + meridiemLength(after))
        }
        // "ten past two", "20 past 9"
        if let minutes = count(i), (1...59).contains(minutes.value), let past = match(tables.lexicon.pastWords, i + minutes.length),
           let hour = hourNumber(i + minutes.length + past.length), (1...12).contains(hour.value) {
            let after = i + minutes.length + past.length + hour.length
            return ClockTime(hour: hour.value, minute: minutes.value, meridiem: meridiem(after), twentyFour: false, bare: false,
                             length: minutes.length + past.length + hour.length + meridiemLength(after))
        }
        let token = tokens[i]
        var hour: Int, minute = 0, written24 = false, bare = true
        if let whole = token.integer {
            // "15 packers", "1500 packers": a number just before a role counts people; it is never a time.
            if countsPeople(i + 1) { return nil }
            if token.text.utf8.count == 4, whole % 100 < 60, whole / 100 < 24 {
                hour = whole / 100; minute = whole % 100; written24 = true; bare = false  // 0930, 1400
            } else {
                guard whole <= 24, token.text.utf8.count <= 2 else { return nil }
                hour = whole
            }
        } else if let p = token.pair, p.separator == 58 || p.separator == 46, p.rightDigits == 2, p.left < 24 || (p.left == 24 && p.right == 0),
                  p.right < 60 {
            hour = p.left; minute = p.right; bare = false
            written24 = hour >= 13 || hour == 0 || token.text.utf8.first == 48
        } else if tokens[i].kind == .word, let n = match(tables.lexicon.numbers, i), n.payload >= 1, n.payload <= 12,
                  meridiem(i + n.length) != nil || match(tables.lexicon.oclocks, i + n.length) != nil || minuteWords(i + n.length) != nil {
            // "nine am", "ten o'clock", "eleven thirty", "two forty five pm"
            hour = n.payload
            var after = i + n.length
            let minutes = minuteWords(after)
            if let minutes { after += minutes.length }
            let oclock = minutes == nil ? match(tables.lexicon.oclocks, after)?.length ?? 0 : 0
            return ClockTime(hour: hour, minute: minutes?.value ?? 0, meridiem: meridiem(after + oclock), twentyFour: false, bare: false,
                             length: after - i + oclock + meridiemLength(after + oclock))
        } else {
            return nil
        }
        if hour == 24 { hour = 0; written24 = true }
        if hour >= 13 { written24 = true; bare = false }
        var length = 1
        let pm = meridiem(i + 1)
        if pm != nil {
            guard hour >= 1 && hour <= 12 else { return nil }
            length += meridiemLength(i + 1)
            bare = false
        } else if let oclock = match(tables.lexicon.oclocks, i + 1) {
            length += oclock.length
            bare = false
        }
        return ClockTime(hour: hour, minute: minute, meridiem: pm, twentyFour: written24 && pm == nil, bare: bare, length: length)
    }

    /// Minutes said as a number word after an hour word: "thirty", "forty five" (10 to 59).
    private func minuteWords(_ i: Int) -> (value: Int, length: Int)? {
        guard i < tokens.count, tokens[i].kind == .word, let m = match(tables.lexicon.numbers, i), (10...59).contains(m.payload) else { return nil }
        return (m.payload, m.length)
    }


    /// Whether a role starts at `k`, perhaps after "more", "extra" or "x" ("15 more packers", "2 x PAs").
    private func countsPeople(_ k: Int) -> Bool {
        var k = k
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        if !isRoleWord(k) {
            guard let first = tokens[k].text.utf8.first, first == 109 || first == 101 || first == 120,  // m, e, x
                  tokens[k].text == "more" || tokens[k].text == "extra" || tokens[k].text == "x" else { return false }
            k += 1
            guard k < tokens.count, isRoleWord(k) else { return false }
        }
        return tables.roles.match(tokens, at: k) != nil
            || (tokens[k].singular != tokens[k].word && tables.roles.match(tokens, at: k, plural: true) != nil)
    }

    /// A word of some role's name at `k`, as written or in the singular.
    @inline(__always) private func isRoleWord(_ k: Int) -> Bool {
        let word = tokens[k].word, singular = tokens[k].singular
        return (word >= 0 && tables.isRoleWord[Int(word)]) || (singular >= 0 && tables.isRoleWord[Int(singular)])
    }

    private func hourNumber(_ i: Int) -> (value: Int, length: Int)? { count(i) }

    private func meridiem(_ i: Int) -> Bool? { match(tables.lexicon.meridiems, i)?.payload }

    private func meridiemLength(_ i: Int) -> Int { match(tables.lexicon.meridiems, i)?.length ?? 0 }
}
