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
            // "tomorrow afternoon until 4": the part of the day gives the start, the end was said.
            if let end = slots.end {
                if part.lowerBound < end { slots.start = part.lowerBound }
            } else {
                slots.start = part.lowerBound
                slots.end = part.upperBound
                slots.partOfDay = true
            }
        }
    }

    private mutating func readTimes() {
        var i = 0
        // A part of the day passed over for a clock time later in the line ("evening at 7"): read with it.
        var passedPart: (at: Int, length: Int)?
        defer {
            if slots.start != nil, let part = passedPart, free(part.at) { claim(part.at, part.length) }
        }
        while i < tokens.count, slots.start == nil, slots.end == nil {
            guard free(i), couldStart(tables.startsTime, i) else { i += 1; continue }
            var k = i
            let from = match(tables.lexicon.fromWords, k)
            if let from { k += from.length }
            // Nothing below changes what the clock reader sees until one of the readings is taken, so it reads once.
            let clock = clockTime(k)
            if let first = clock, case let zone = zoneRepeated(after: k + first.length),
                let joiner = match(tables.lexicon.rangeWords, k + first.length + zone),
                let second = clockTime(k + first.length + zone + joiner.length)
            {
                var start = resolve(first)
                var end = resolve(second, after: start)
                // "9am-5" or "10-2pm": the explicit half of the pair settles the other.
                if first.meridiem == nil, !first.twentyFour, second.meridiem == false, start >= 12 * 60, start - 720 < end {
                    start -= 720
                }
                if end <= start, second.meridiem == nil, !second.twentyFour, end + 720 < 1440 { end += 720 }
                // "6 to 2": a bare early hour read as the afternoon would end before it starts; the morning fits.
                if end <= start, first.meridiem == nil, !first.twentyFour, start >= 12 * 60, start - 720 < end { start -= 720 }
                if end == 0 { end = 1440 }
                slots.start = start
                slots.end = end
                claim(i, k - i + first.length + zone + joiner.length + second.length)
                claimPartOfDay(at: k + first.length + zone + joiner.length + second.length)
                return
            }
            // "until 3pm", "finishing at 4": the time the work ends, its start left to the usual shift.
            if from == nil, let until = untilWordsBefore(i), let last = clock {
                // After the part of the day the date named: "tomorrow morning until 2" ends at 14:00.
                slots.end = resolve(last, after: partOfDate?.lowerBound)
                claim(until, i - until + last.length)
                claimPartOfDay(at: i + last.length)
                return
            }
            if let first = clock,
                !first.bare || from != nil || atWordBefore(i) || partOfDayAfter(k + first.length)
                    || dayNamedAfter(k + first.length)
            {
                slots.start = resolve(first)
                claim(i, k - i + first.length)
                if atWordBefore(i) {
                    // "starting at 11": the whole phrase before the hour.
                    let two = i >= 2 ? tables.lexicon.atWords.match(tokens, at: i - 2, used: used) : nil
                    if let two, two.length == 2 { claim(i - 2, 2) } else { claim(i - 1, 1) }
                }
                claimPartOfDay(at: k + first.length)
                // "7am start", "a 10 o'clock start": the word after says what the time is.
                if let start = match(tables.lexicon.startWords, k + first.length) { claim(k + first.length, start.length) }
                readEnd(after: k + first.length)
                return
            }
            if let part = match(tables.lexicon.dayparts, i) {
                // "tomorrow evening at 7": a clock time later in the line says more than the part of the day.
                if hasClockTime(after: i + part.length) {
                    if passedPart == nil { passedPart = (i, part.length) }
                    // "early morning @ 5", "morning at 6"; not a greeting ("morning! a PA at 2").
                    if part.payload.upperBound <= 12 * 60, clockTimeJustAfter(i + part.length) { morningNamed = true }
                    i += part.length
                    continue
                }
                slots.start = part.payload.lowerBound
                slots.end = part.payload.upperBound
                slots.partOfDay = true
                claim(i, part.length)
                // "tomorrow afternoon until 4": the part of the day starts it, the end is as said.
                if let until = match(tables.lexicon.endsAtWords, i + part.length), let last = clockTime(i + part.length + until.length) {
                    let end = resolve(last, after: part.payload.lowerBound)
                    if end > part.payload.lowerBound {
                        slots.end = end
                        slots.partOfDay = false
                        claim(i + part.length, until.length + last.length)
                    }
                }
                if i >= 2, tokens[i - 1].text == "the", tokens[i - 2].text == "in" { claim(i - 2, 2) }
                return
            }
            i += 1
        }
    }

    /// "15:00 GMT - 18:00 GMT": the length of the zone after a range's first time when the same zone follows its
    /// second (the zone pass reads that one and moves both); else 0.
    private mutating func zoneRepeated(after j: Int) -> Int {
        guard let zone = match(tables.lexicon.zones, j), let joiner = match(tables.lexicon.rangeWords, j + zone.length),
            let second = clockTime(j + zone.length + joiner.length),
            match(tables.lexicon.zones, j + zone.length + joiner.length + second.length)?.payload == zone.payload
        else { return 0 }
        return zone.length
    }

    /// "start at 11 and finish at 3": an end said later in the line, after the start.
    private mutating func readEnd(after from: Int) {
        guard let start = slots.start, slots.end == nil, from < tokens.count else { return }
        for k in from..<min(from + 4, tokens.count) where free(k) {
            guard let until = match(tables.lexicon.endsAtWords, k), let last = clockTime(k + until.length) else { continue }
            let end = resolve(last, after: start)
            guard end > start else { return }
            slots.end = end
            claim(k, until.length + last.length)
            return
        }
    }

    /// Where end words ("until", "finishing at": `endsat` in language.words) end just before token i: their first token.
    private mutating func untilWordsBefore(_ i: Int) -> Int? {
        for start in max(i - 3, 0)..<i where free(start) {
            if let until = match(tables.lexicon.endsAtWords, start), start + until.length == i { return start }
        }
        return nil
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
    private mutating func partOfDayAfter(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if tables.lexicon.pmHints.match(tokens, at: k) != nil || tables.lexicon.dayparts.match(tokens, at: k) != nil { return true }
        return tokens[k].text == "in" && k + 1 < tokens.count && tables.lexicon.dayparts.match(tokens, at: k + 1) != nil
    }

    /// Where a number and a unit of time are a clock time rather than a length: "20 minutes past 3pm",
    /// "10 mins to noon" (the minutes of a time), and hours written French-style, "9h-17h", "at 16h30".
    /// The tokens of that time, for the length reader to pass over.
    mutating func clockPhraseLength(_ i: Int) -> Int? {
        if i + 2 < tokens.count, let unit = tables.lexicon.units.match(tokens, at: i + 1), unit.payload == 1,
            tables.lexicon.pastWords.match(tokens, at: i + 1 + unit.length) != nil
                || tables.lexicon.minutesTo.match(tokens, at: i + 1 + unit.length) != nil
                || tables.lexicon.offsets.match(tokens, at: i + 1 + unit.length) != nil,
            // Only a time read past its unit: in "20 minutes from now" the bare 20 is no 20:00.
            let time = clockTime(i), time.length > 1 + unit.length
        {
            return time.length
        }
        guard let h = hourWithH(i) else { return nil }
        if atWordBefore(i) { return clockTime(i)?.length }
        if let time = clockTime(i), let join = match(tables.lexicon.rangeWords, i + time.length),
            let second = hourWithH(i + time.length + join.length)
        {
            return time.length + join.length + second.length
        }
        // "15h30", "18h", "09h30", "8h00 GMT", "11h45", "3h18": a time of the 24-hour clock where no length is
        // meant: its hour past noon or written with a leading 0, its minutes 00 or not a quarter hour, an hour
        // no shift lasts (10 or more), or a zone after it. "for 3h30" and "2h30" alone are lengths.
        let clockLike = h.length == 3 && (h.minute == 0 || h.minute % 15 != 0 || h.hour >= 10)
        if i == 0 || tokens[i - 1].text != "for",
            h.hour >= 13 || tokens[i].text.utf8.first == 48 || clockLike || match(tables.lexicon.zones, i + h.length) != nil
        {
            return h.length
        }
        return nil
    }

    /// "16h", "9h30": an hour of the 24-hour clock, the letter h written onto it and perhaps its minutes.
    private mutating func hourWithH(_ i: Int) -> (hour: Int, minute: Int, length: Int)? {
        guard i + 1 < tokens.count, let hour = tokens[i].integer, hour < 24, tokens[i].text.utf8.count <= 2,
            tokens[i + 1].text == "h", tokens[i + 1].start == tokens[i].end
        else { return nil }
        if i + 2 < tokens.count, tokens[i + 2].start == tokens[i + 1].end, tokens[i + 2].text.utf8.count == 2,
            let minute = tokens[i + 2].integer, minute < 60
        {
            return (hour, minute, 3)
        }
        return (hour, 0, 2)
    }

    /// "9 tomorrow", "10 Friday": a bare hour just before the day it is on.
    private mutating func dayNamedAfter(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        return tables.lexicon.relativeDays.match(tokens, at: k) != nil || tables.lexicon.weekdays.match(tokens, at: k) != nil
    }

    /// A clock time at `k`, perhaps after "at": "morning at 6", "early morning @ 5".
    private mutating func clockTimeJustAfter(_ k: Int) -> Bool {
        let at = match(tables.lexicon.atWords, k).map { $0.length == 1 ? 1 : 0 } ?? 0
        return clockTime(k + at) != nil
    }

    private mutating func hasClockTime(after i: Int) -> Bool {
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

    mutating func atWordBefore(_ i: Int) -> Bool {
        guard i > 0, free(i - 1) else { return false }
        if tables.lexicon.atWords.match(tokens, at: i - 1, used: used)?.length == 1 { return true }
        // "move it to 11", "change #2 to 3", "the 10am one | to 11": after the words naming a booking, "to" gives its new time.
        guard tokens[i - 1].text.utf8.count == 2, tokens[i - 1].text == "to" else { return false }
        return i == 1 || used[i - 2] == .reference || tables.lexicon.pointingWords.match(tokens, at: i - 2)?.length == 1
            || tables.lexicon.oneWords.match(tokens, at: i - 2)?.length == 1
    }

    /// Minutes since midnight, with am/pm inferred for business hours when not said:
    /// an hour before `earliest` (7 by default) is afternoon; 12 is noon.
    mutating func resolve(_ t: ClockTime, after start: Int? = nil) -> Int {
        var hour = t.hour
        if let pm = t.meridiem {
            if hour == 12 { hour = pm ? 12 : 0 } else if pm { hour += 12 }
        } else if !t.twentyFour, hour >= 1, hour < 12, start == nil, morningNamed {
            // "tomorrow morning at 6": the morning named keeps the hour before noon.
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
    mutating func clockTime(_ i: Int) -> ClockTime? {
        // Every form below begins with a number or a first word of a table that `startsTime` flags.
        guard free(i), couldStart(tables.startsTime, i) else { return nil }
        if let word = match(tables.lexicon.clockWords, i) {
            return ClockTime(hour: word.payload / 60, minute: word.payload % 60, meridiem: nil, twentyFour: true, bare: false, length: word.length)
        }
        if let half = match(tables.lexicon.halfPast, i), let hour = baseHour(i + half.length) {
            return hour.moved(by: 30, from: i, to: i + half.length + hour.length)
        }
        if let quarter = match(tables.lexicon.quarters, i), let hour = baseHour(i + quarter.length) {
            return hour.moved(by: quarter.payload, from: i, to: i + quarter.length + hour.length)
        }
        if let minutes = count(i), (1...59).contains(minutes.value) {
            // "20 minutes past 3pm": the unit may be said.
            var k = i + minutes.length
            let unit = match(tables.lexicon.units, k)
            let saidMinutes = unit?.payload == 1
            if saidMinutes, let unit { k += unit.length }
            // "five to nine", "twenty to three", "15 to noon", "20 minutes to 2pm"; "5 to 9" is a range.
            if minutes.value <= 30, let to = match(tables.lexicon.minutesTo, k), let hour = baseHour(k + to.length),
                tokens[i].kind == .word || saidMinutes || hour.named
            {
                return hour.moved(by: -minutes.value, from: i, to: k + to.length + hour.length)
            }
            // "ten past two", "20 past 9", "15 minutes past noon", "twenty after 3pm"
            if let past = match(tables.lexicon.pastWords, k), let hour = baseHour(k + past.length) {
                return hour.moved(by: minutes.value, from: i, to: k + past.length + hour.length)
            }
            // "15 minutes from 1pm", "10 minutes before noon": counted from a time said in full.
            if saidMinutes, let offset = match(tables.lexicon.offsets, k), let hour = baseHour(k + offset.length),
                hour.named || hour.meridiem != nil
            {
                return hour.moved(by: minutes.value * offset.payload, from: i, to: k + offset.length + hour.length)
            }
        }
        let token = tokens[i]
        var hour: Int, minute = 0, written24 = false, bare = true
        if let whole = token.integer {
            // "15 packers", "1500 packers": a number just before a role counts people; it is never a time.
            if countsPeople(i + 1) { return nil }
            // "the 18th and 19th": a day of the month, never 19:00.
            if i + 1 < tokens.count, tokens[i].end == tokens[i + 1].start, match(tables.lexicon.ordinals, i + 1) != nil { return nil }
            if let h = hourWithH(i), free(i + 1) {
                return ClockTime(hour: h.hour, minute: h.minute, meridiem: nil, twentyFour: true, bare: false, length: h.length)
            }
            if token.text.utf8.count == 4, whole % 100 < 60, whole / 100 < 24 {
                // "December 2026", "in 2014", "Christmas 2027": a year, unless "at" or a range says it is a time.
                if whole >= 1900, !atWordBefore(i), !fourDigitPartner(i) { return nil }
                hour = whole / 100; minute = whole % 100; written24 = true; bare = false  // 0930, 1400
            } else if token.text.utf8.count == 3, whole % 100 < 60, whole >= 100, threeDigitTimePlaced(i) {
                // "330pm", "at 815", "tonight 730": an hour and its minutes run together, where the words say it is a time.
                hour = whole / 100; minute = whole % 100; bare = false
            } else {
                guard whole <= 24, token.text.utf8.count <= 2 else { return nil }
                hour = whole
                // "at 3 15", "at 12 45": an hour and its minutes as two numbers.
                if i + 1 < tokens.count, tokens[i + 1].text.utf8.count == 2, let m = tokens[i + 1].integer, m < 60,
                    free(i + 1), atWordBefore(i), !countsPeople(i + 2)
                {
                    let pm = meridiem(i + 2)
                    return ClockTime(
                        hour: whole, minute: m, meridiem: pm, twentyFour: whole >= 13 && pm == nil, bare: false,
                        length: 2 + meridiemLength(i + 2))
                }
            }
        } else if let p = token.pair, p.separator == 58 || p.separator == 46, p.rightDigits == 2, p.left < 24 || (p.left == 24 && p.right == 0),
            p.right < 60
        {
            hour = p.left; minute = p.right; bare = false
            written24 = hour >= 13 || hour == 0 || token.text.utf8.first == 48
        } else if tokens[i].kind == .word, let n = match(tables.lexicon.numbers, i), n.payload >= 1, n.payload <= 12,
            meridiem(i + n.length) != nil || match(tables.lexicon.oclocks, i + n.length) != nil || minuteWords(i + n.length) != nil
                || wordHourPlaced(i, after: i + n.length)
        {
            // "eight tonight", "at eight": an hour in words that a part of the day or "at" places, read as a bare hour.
            if meridiem(i + n.length) == nil, match(tables.lexicon.oclocks, i + n.length) == nil, minuteWords(i + n.length) == nil {
                return ClockTime(hour: n.payload, minute: 0, meridiem: nil, twentyFour: false, bare: true, length: n.length)
            }
            // "nine am", "ten o'clock", "eleven thirty", "two forty five pm"
            hour = n.payload
            var after = i + n.length
            let minutes = minuteWords(after)
            if let minutes { after += minutes.length }
            let oclock = minutes == nil ? match(tables.lexicon.oclocks, after)?.length ?? 0 : 0
            return ClockTime(
                hour: hour, minute: minutes?.value ?? 0, meridiem: meridiem(after + oclock), twentyFour: false, bare: false,
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
            // "3 o'clock am"
            if let late = meridiem(i + length), hour >= 1, hour <= 12 {
                length += meridiemLength(i + length)
                return ClockTime(hour: hour, minute: minute, meridiem: late, twentyFour: false, bare: false, length: length)
            }
        }
        return ClockTime(hour: hour, minute: minute, meridiem: pm, twentyFour: written24 && pm == nil, bare: bare, length: length)
    }

    /// Minutes said in words after an hour word: "thirty", "forty five", "fifty-nine", "oh three" (1 to 59),
    /// perhaps joined to it by a hyphen ("ten-thirty", "twelve-oh-three"). After a hyphen a number that
    /// could be an hour ("ten-twelve") is the end of a range, not minutes.
    private mutating func minuteWords(_ i: Int) -> (value: Int, length: Int)? {
        let hyphen = isSymbol(i, "-")
        let k = hyphen ? i + 1 : i
        guard k < tokens.count, tokens[k].kind == .word else { return nil }
        if match(tables.lexicon.clockZeros, k) != nil {
            let j = isSymbol(k + 1, "-") ? k + 2 : k + 1
            guard let unit = unitWord(j) else { return nil }
            return (unit.value, j + unit.length - i)
        }
        guard let m = match(tables.lexicon.numbers, k), (10...59).contains(m.payload) else { return nil }
        var value = m.payload, end = k + m.length
        if value >= 20, value % 10 == 0 {
            let j = isSymbol(end, "-") ? end + 1 : end
            if let unit = unitWord(j) { value += unit.value; end = j + unit.length }
        }
        if hyphen, value <= 12 { return nil }
        return (value, end - i)
    }

    /// A number word from one to nine ("three" in "twenty three"); an article is no number here.
    private mutating func unitWord(_ j: Int) -> (value: Int, length: Int)? {
        guard j < tokens.count, tokens[j].kind == .word, !isFiller(j), let u = match(tables.lexicon.numbers, j),
            (1...9).contains(u.payload), u.length == 1
        else { return nil }
        return (u.payload, 1)
    }

    /// Whether a role starts at `k`, perhaps after "more", "extra" or "x" ("15 more packers", "2 x PAs").
    private mutating func countsPeople(_ k: Int) -> Bool {
        var k = k
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        if !isRoleWord(k) {
            guard let first = tokens[k].text.utf8.first, first == 109 || first == 101 || first == 120,  // m, e, x
                tokens[k].text == "more" || tokens[k].text == "extra" || tokens[k].text == "x"
            else { return false }
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

    /// The hour that "half past", "a quarter to" or "ten past" count from: 1 to 12, perhaps with am or pm
    /// ("3pm"), or a named time on the hour ("noon", "midnight").
    private mutating func baseHour(_ i: Int) -> BaseHour? {
        if let word = match(tables.lexicon.clockWords, i), word.payload % 60 == 0 {
            return BaseHour(minute: word.payload, meridiem: nil, named: true, length: word.length)
        }
        // "15 minutes past 15h": an hour of the 24-hour clock, the "h" written onto it.
        if free(i), i + 1 < tokens.count, free(i + 1), tokens[i].kind == .number, let h = integer(i), (0...23).contains(h),
            tokens[i + 1].text == "h", tokens[i + 1].start == tokens[i].end,
            !(i + 2 < tokens.count && tokens[i + 2].start == tokens[i + 1].end && tokens[i + 2].kind == .number)
        {
            return BaseHour(minute: h * 60, meridiem: nil, named: true, length: 2)
        }
        // "half a dozen": an article is no hour, and a count of people no time.
        guard free(i), !isFiller(i), match(tables.lexicon.dozens, i) == nil, let hour = count(i), (1...12).contains(hour.value) else { return nil }
        let pm = meridiem(i + hour.length)
        return BaseHour(minute: hour.value * 60, meridiem: pm, named: false, length: hour.length + meridiemLength(i + hour.length))
    }

    struct BaseHour {
        /// Minutes since midnight for a named time; the hour (1-12) × 60 otherwise.
        var minute: Int
        var meridiem: Bool?
        /// "noon", "midnight": the time is exact, a 24-hour time.
        var named: Bool
        var length: Int

        /// The clock time `minutes` after (or before, when negative) this hour, read from `start` up to `end`.
        func moved(by minutes: Int, from start: Int, to end: Int) -> ClockTime {
            if named {
                let m = ((minute + minutes) % 1440 + 1440) % 1440
                return ClockTime(hour: m / 60, minute: m % 60, meridiem: nil, twentyFour: true, bare: false, length: end - start)
            }
            var hour = minute / 60, m = minutes
            if m < 0 { hour = hour == 1 ? 12 : hour - 1; m += 60 }
            // "a quarter to 12pm" stays on the same side of noon as the hour before 12.
            var pm = meridiem
            if minutes < 0, hour == 11, let said = pm { pm = !said }
            return ClockTime(hour: hour, minute: m, meridiem: pm, twentyFour: false, bare: false, length: end - start)
        }
    }

    private mutating func meridiem(_ i: Int) -> Bool? { match(tables.lexicon.meridiems, i)?.payload ?? shortMeridiem(i) }

    private mutating func meridiemLength(_ i: Int) -> Int { match(tables.lexicon.meridiems, i)?.length ?? (shortMeridiem(i) != nil ? 1 : 0) }

    /// "7p", "3:18a", "9a": one letter written onto the number.
    private mutating func shortMeridiem(_ i: Int) -> Bool? {
        guard i > 0, i < tokens.count, free(i), tokens[i].kind == .word, tokens[i].start == tokens[i - 1].end,
            tokens[i - 1].kind == .number, tokens[i].text.utf8.count == 1
        else { return nil }
        switch tokens[i].text.utf8.first {
        case 97: return false  // a
        case 112: return true  // p
        default: return nil
        }
    }

    /// "eight tonight", "eight in the evening", "at eight", "at ten tomorrow": a number word is an hour
    /// when a part of the day follows, or "at" comes before and no word of something else follows.
    private mutating func wordHourPlaced(_ i: Int, after k: Int) -> Bool {
        if partOfDayAfter(k) { return true }
        guard atWordBefore(i) else { return false }
        guard k < tokens.count, tokens[k].kind == .word else { return true }
        return tokens[k].word >= 0 && tables.startsDate[Int(tokens[k].word)] && !isFiller(k)
    }

    /// "330 pm", "at 730", "tonight 815", "150ish": three digits are a time only beside am/pm, "o'clock" or
    /// "ish", a part of the day, or after "at" or a word of the evening.
    private mutating func threeDigitTimePlaced(_ i: Int) -> Bool {
        if meridiem(i + 1) != nil || match(tables.lexicon.oclocks, i + 1) != nil || partOfDayAfter(i + 1) || atWordBefore(i) { return true }
        return i > 0 && tables.lexicon.pmHints.match(tokens, at: i - 1) != nil
    }

    /// "0900-1930", "from 1700 to 2000": a four-digit number joined by a range word to another that is a
    /// time of day is a time too.
    private mutating func fourDigitPartner(_ i: Int) -> Bool {
        func isClock(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].text.utf8.count == 4, let n = tokens[k].integer else { return false }
            return n / 100 < 24 && n % 100 < 60
        }
        if let join = match(tables.lexicon.rangeWords, i + 1), isClock(i + 1 + join.length) { return true }
        return i >= 2 && tables.lexicon.rangeWords.match(tokens, at: i - 1) != nil && isClock(i - 2)
    }
}
