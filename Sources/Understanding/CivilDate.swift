/// A calendar date with no time zone, in the proleptic Gregorian calendar.
/// Arithmetic goes through a day count so that the parser needs no Foundation calendar.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Nil when the day does not exist (31 February, month 13).
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// The Monday that starts this date's week.
    public var startOfWeek: CivilDate { adding(days: 1 - weekday) }

    /// The first day of `month` in this year when that month is not yet over on `day`, else in the next:
    /// what a month named alone means ("in May", "from January").
    static func firstOfComing(month: Int, from day: CivilDate) -> CivilDate {
        let first = CivilDate(year: day.year, month: month, day: 1)
        return first.lastDayOfMonth < day ? CivilDate(year: day.year + 1, month: month, day: 1) : first
    }

    public var lastDayOfMonth: CivilDate {
        CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    /// ISO form, 2026-12-01.
    public var description: String { ASCIIText.iso(year, month, day) }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Parses 2026-12-01.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts[0].count == 4
        else { return nil }
        self.init(validYear: y, month: m, day: d)
    }
}

/// A wall-clock moment in the desk's time zone: a date and minutes since midnight.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    public let minute: Int

    public init(date: CivilDate, minute: Int) {
        self.date = date
        self.minute = minute
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date.dayNumber, a.minute) < (b.date.dayNumber, b.minute)
    }

    /// Parses 2026-11-30T09:00 or 2026-11-30T09:00:00 (seconds are dropped).
    public init?(iso text: String) {
        let halves = text.split(separator: "T", maxSplits: 1)
        guard halves.count == 2, let date = CivilDate(iso: halves[0]) else { return nil }
        let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3,
            let h = Int(clock[0]), let m = Int(clock[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        if clock.count == 3 { guard let s = Int(clock[2]), (0...59).contains(s) else { return nil } }
        self.init(date: date, minute: h * 60 + m)
    }

    public var description: String { "\(date)T\(Clock24.format(minute))" }
}

/// Formatting of minutes since midnight as 24-hour clock text.
public enum Clock24 {
    public static func format(_ minute: Int) -> String {
        ASCIIText.clock(((minute % 1440) + 1440) % 1440)
    }
}
