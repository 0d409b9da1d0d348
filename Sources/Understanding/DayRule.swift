/// How one holiday's date is found in a year, as written after `date` in holidays.roles:
///
///     December 25                       a fixed day
///     first Monday in May               the nth (first … fifth, last) weekday of a month
///     Monday on or after May 25         a weekday on or after (after, on or before, before) a day
///     easter - 2                        days from Easter Sunday; `orthodox easter` for the Julian computus
///     islamic 10-01 / hebrew 7-10       a month and day of the Islamic (by the moon) or the Hebrew calendar
///     chinese new year + 14             the Chinese New Year, from the moon (`LunarCalendars`)
///     hindu new moon 7 / hindu full moon 12   the new moon ending, or the full moon of, a Hindu month (1 = Chaitra),
///                                       dated by the evening it falls in; `hindu full moon day 5` by the sunrise
///     hindu tithi 1-9 midday            a tithi of a Hindu month (1 = Chaitra; 1 … 15 waxing, 16 … 30 waning), kept on
///                                       the day whose sunrise (midday, moonrise, midnight) falls in it
///     nakshatra 22 in sign 5            the day the moon is in a nakshatra at sunrise while the sun is in a sidereal sign
///     every 365 days from 2018-08-17    a calendar of years of that many days, without leap days
///     sankranti 10                      the day the sun enters a sidereal sign (1 = Mesha, Aries … 10 = Makara),
///                                       the next when it enters after sunset; `sankranti day 1` the day it enters
///     thanksgiving + 1                  days from another holiday of the file, written before this one
///     2022-09-19                        one day only
///
/// Any of them may end in `+ N` or `- N` days and in `if Friday` (this reading holds only when it
/// falls on that weekday); `|` separates readings tried in turn.
struct DayRule: Sendable {
    enum Base: Sendable {
        case fixed(month: Int, day: Int)
        /// n = 1…5, or -1 for the last.
        case nthWeekday(n: Int, weekday: Int, month: Int)
        case weekdayNear(weekday: Int, month: Int, day: Int, relation: Relation)
        case easter
        case orthodoxEaster
        case islamic(month: Int, day: Int)
        case hebrew(month: Int, day: Int)
        case chineseNewYear
        case hinduMoon(full: Bool, month: Int, bySunrise: Bool)
        case sankranti(sign: Int, afterSunset: Bool)
        case hinduTithi(month: Int, tithi: Int, observance: LunarCalendars.Observance)
        case nakshatra(star: Int, sign: Int)
        case fixedYear(days: Int, epoch: CivilDate)
        case holiday(Int)
        case once(CivilDate)
    }

    static let observances: [String: LunarCalendars.Observance] = [
        "sunrise": .sunrise, "midday": .midday, "moonrise": .moonrise, "midnight": .midnight
    ]

    enum Relation: Sendable { case onOrAfter, after, onOrBefore, before }

    struct Reading: Sendable {
        let base: Base
        let offset: Int
        let onlyOn: Int?
    }

    let readings: [Reading]

    static let relations: [String: Relation] = ["on or after": .onOrAfter, "after": .after, "on or before": .onOrBefore, "before": .before]
    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1]
    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let months = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12
    ]

    /// No rule: a day whose date no arithmetic gives (it follows a sighted moon), named so that it is asked about.
    var isUndated: Bool { readings.isEmpty }

    /// Reads the text after `date`; `holidayIndex` finds a holiday named earlier in the file. `none` is a
    /// day known by name whose date the desk cannot compute.
    init(_ text: String, holidayIndex: (String) -> Int?) throws(DayRuleError) {
        if text.lowercased() == "none" {
            readings = []
            return
        }
        var readings: [Reading] = []
        for piece in AlternativeText.alternatives(text) {
            readings.append(try DayRule.reading(piece.lowercased().split(separator: " ").map(String.init), holidayIndex))
        }
        guard !readings.isEmpty else { throw DayRuleError("date needs a rule, like 'December 25' or 'first Monday in May'") }
        self.readings = readings
    }

    private static func reading(_ words: [String], _ holidayIndex: (String) -> Int?) throws(DayRuleError) -> Reading {
        var words = words
        var onlyOn: Int?
        if words.count >= 2, words[words.count - 2] == "if" {
            guard let d = weekdays[words[words.count - 1]] else { throw DayRuleError("'if' takes a weekday, not '\(words[words.count - 1])'") }
            onlyOn = d
            words.removeLast(2)
        }
        var offset = 0
        if words.count >= 2, words[words.count - 2] == "+" || words[words.count - 2] == "-" {
            guard let n = Int(words[words.count - 1]), n <= 400 else {
                throw DayRuleError("'\(words[words.count - 2])' takes a number of days, not '\(words[words.count - 1])'")
            }
            offset = words[words.count - 2] == "-" ? -n : n
            words.removeLast(2)
        }
        return Reading(base: try base(words, holidayIndex), offset: offset, onlyOn: onlyOn)
    }

    private static func monthDay(_ month: String, _ day: String) -> (Int, Int)? {
        guard let m = months[month], let d = Int(day), CivilDate(validYear: 2028, month: m, day: d) != nil else { return nil }
        return (m, d)
    }

    private static func numericMonthDay(_ text: String, months: Int, days: Int = 30) -> (Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...months).contains(m), (1...days).contains(d) else { return nil }
        return (m, d)
    }

    private static func base(_ w: [String], _ holidayIndex: (String) -> Int?) throws(DayRuleError) -> Base {
        if w.count >= 3, w[0] == "hindu", w[1] == "tithi" {
            guard w.count <= 4, let (m, t) = numericMonthDay(w[2], months: 12, days: 30),
                let observance = w.count == 4 ? observances[w[3]] : .sunrise
            else {
                throw DayRuleError("hindu tithi takes a month and tithi like 1-9 (Chaitra's ninth), then sunrise, midday, moonrise or midnight")
            }
            return .hinduTithi(month: m, tithi: t, observance: observance)
        }
        if w.count == 5, w[0] == "nakshatra", w[2] == "in", w[3] == "sign" {
            guard let star = Int(w[1]), (1...27).contains(star), let sign = Int(w[4]), (1...12).contains(sign) else {
                throw DayRuleError("nakshatra takes a star from 1 to 27 and a sign from 1 to 12, like 'nakshatra 22 in sign 5'")
            }
            return .nakshatra(star: star, sign: sign)
        }
        if w.count == 5, w[0] == "every", w[2] == "days", w[3] == "from" {
            guard let days = Int(w[1]), (350...400).contains(days), let epoch = CivilDate(iso: Substring(w[4])) else {
                throw DayRuleError("every takes a year's length in days and a first day, like 'every 365 days from 2018-08-17'")
            }
            return .fixedYear(days: days, epoch: epoch)
        }
        switch w.count {
        case 2 where w[0] == "sankranti", 3 where w[0] == "sankranti" && w[1] == "day":
            guard let sign = Int(w[w.count - 1]), (1...12).contains(sign) else {
                throw DayRuleError("sankranti takes a sidereal sign from 1 (Mesha) to 12, like 'sankranti 10'")
            }
            return .sankranti(sign: sign, afterSunset: w.count == 2)
        case 1:
            if w[0] == "easter" { return .easter }
            if let date = CivilDate(iso: Substring(w[0])) { return .once(date) }
            if let index = holidayIndex(w[0]) { return .holiday(index) }
        case 2:
            if w == ["orthodox", "easter"] { return .orthodoxEaster }
            if let (m, d) = monthDay(w[0], w[1]) { return .fixed(month: m, day: d) }
            if w[0] == "islamic" {
                guard let (m, d) = numericMonthDay(w[1], months: 12) else { throw DayRuleError("islamic takes a month and day like 10-01") }
                return .islamic(month: m, day: d)
            }
            if w[0] == "hebrew" {
                guard let (m, d) = numericMonthDay(w[1], months: 12) else {
                    throw DayRuleError("hebrew takes a month and day like 7-10 (Nisan is 1)")
                }
                return .hebrew(month: m, day: d)
            }
        case 3 where w == ["chinese", "new", "year"]:
            return .chineseNewYear
        case 4 where w[0] == "hindu" && w[2] == "moon", 5 where w[0] == "hindu" && w[2] == "moon" && w[3] == "day":
            guard w[1] == "new" || w[1] == "full", let m = Int(w[w.count - 1]), (1...12).contains(m) else {
                throw DayRuleError("hindu takes 'new moon' or 'full moon' and a month from 1 (Chaitra) to 12, like 'hindu new moon 7'")
            }
            return .hinduMoon(full: w[1] == "full", month: m, bySunrise: w.count == 5)
        case 4 where w[2] == "in":
            if let n = ordinals[w[0]], let d = weekdays[w[1]], let m = months[w[3]] { return .nthWeekday(n: n, weekday: d, month: m) }
        case 4, 5, 6:
            guard let d = weekdays[w[0]] else { break }
            let relationWords = w[1..<(w.count - 2)].joined(separator: " ")
            if let relation = DayRule.relations[relationWords], let (m, day) = monthDay(w[w.count - 2], w[w.count - 1]) {
                return .weekdayNear(weekday: d, month: m, day: day, relation: relation)
            }
        default:
            break
        }
        throw DayRuleError(
            "'\(w.joined(separator: " "))' is not a date rule like 'December 25', 'first Monday in May', 'Monday on or after May 25', 'easter + 1' or a holiday written above"
        )
    }

    /// The rule's dates in `year` (most rules have one; an Islamic date can come twice, a one-off none).
    /// `holidayDates` gives another holiday's dates.
    func dates(in year: Int, holidayDates: (Int, Int) -> [CivilDate]) -> [CivilDate] {
        for reading in readings {
            let found = DayRule.dates(reading.base, in: year, holidayDates).map { $0.adding(days: reading.offset) }
            if let weekday = reading.onlyOn, !found.contains(where: { $0.weekday == weekday }) { continue }
            return found
        }
        return []
    }

    private static func dates(_ base: Base, in year: Int, _ holidayDates: (Int, Int) -> [CivilDate]) -> [CivilDate] {
        switch base {
        case .fixed(let m, let d):
            return CivilDate(validYear: year, month: m, day: d).map { [$0] } ?? []
        case .nthWeekday(let n, let weekday, let month):
            if n > 0 {
                let first = CivilDate(year: year, month: month, day: 1)
                let date = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
                return date.month == month ? [date] : []
            }
            let last = CivilDate(year: year, month: month, day: 1).lastDayOfMonth
            return [last.adding(days: -((last.weekday - weekday + 7) % 7))]
        case .weekdayNear(let weekday, let month, let day, let relation):
            let anchor = CivilDate(year: year, month: month, day: day)
            switch relation {
            case .onOrAfter: return [anchor.adding(days: (weekday - anchor.weekday + 7) % 7)]
            case .after: return [anchor.adding(days: (weekday - anchor.weekday + 6) % 7 + 1)]
            case .onOrBefore: return [anchor.adding(days: -((anchor.weekday - weekday + 7) % 7))]
            case .before: return [anchor.adding(days: -((anchor.weekday - weekday + 6) % 7 + 1))]
            }
        case .easter: return [FeastCalendars.easter(year)]
        case .orthodoxEaster: return [FeastCalendars.orthodoxEaster(year)]
        case .islamic(let m, let d): return LunarCalendars.islamicDates(month: m, day: d, in: year)
        case .hebrew(let m, let d): return FeastCalendars.hebrewDates(month: m, day: d, in: year)
        case .chineseNewYear: return [LunarCalendars.chineseNewYear(year)]
        case .hinduMoon(let full, let month, let bySunrise): return LunarCalendars.hinduMoon(full: full, month: month, in: year, bySunrise: bySunrise)
        case .sankranti(let sign, let afterSunset): return LunarCalendars.sankranti(sign, in: year, afterSunset: afterSunset)
        case .hinduTithi(let month, let tithi, let observance):
            return LunarCalendars.hinduTithi(tithi, month: month, in: year, by: observance)
        case .nakshatra(let star, let sign): return LunarCalendars.nakshatraDay(star, sign: sign, in: year)
        case .fixedYear(let days, let epoch):
            let near = (CivilDate(year: year, month: 1, day: 1).dayNumber - epoch.dayNumber) / days
            return (near - 1...near + 1).map { epoch.adding(days: $0 * days) }.filter { $0.year == year }
        case .holiday(let index): return holidayDates(index, year)
        case .once(let date): return date.year == year ? [date] : []
        }
    }
}

struct DayRuleError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
