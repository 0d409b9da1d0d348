/// The calendars that movable holidays are counted in, computed arithmetically: Easter by the
/// Gregorian and Julian computus, and the Hebrew calendar. Each answers
/// for one year at a time in microseconds, so no table of dates is kept.
enum FeastCalendars {
    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    /// Orthodox Easter Sunday: the Julian computus (Meeus), given as a Gregorian date.
    static func orthodoxEaster(_ year: Int) -> CivilDate {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        return CivilDate(dayNumber: julianDayNumber(year: year, month: month, day: day))
    }

    /// Days since 1970-01-01 of a date of the Julian calendar.
    static func julianDayNumber(year: Int, month: Int, day: Int) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a, m = month + 12 * a - 3
        let jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083
        return jdn - 2_440_588
    }

    // MARK: Hebrew calendar (Dershowitz and Reingold, Calendrical Calculations)

    /// 1 Tishri AM 1, in days since 1970-01-01.
    private static let hebrewEpoch = julianDayNumber(year: -3760, month: 10, day: 7)

    static func hebrewLeap(_ year: Int) -> Bool { (7 * year + 1) % 19 < 7 }

    private static func hebrewElapsedDays(_ year: Int) -> Int {
        let months = (235 * year - 234) / 19
        let parts = 12084 + 13753 * months
        let day = months * 29 + parts / 25920
        return (3 * (day + 1)) % 7 < 3 ? day + 1 : day
    }

    private static func hebrewNewYear(_ year: Int) -> Int {
        let ny0 = hebrewElapsedDays(year - 1), ny1 = hebrewElapsedDays(year), ny2 = hebrewElapsedDays(year + 1)
        let delay = ny2 - ny1 == 356 ? 2 : ny1 - ny0 == 382 ? 1 : 0
        return hebrewEpoch + ny1 + delay
    }

    /// Days in a Hebrew month; months count from Nisan (1) to Adar (12) and Adar II (13) in a leap year.
    private static func hebrewMonthLength(_ month: Int, year: Int) -> Int {
        let yearLength = hebrewNewYear(year + 1) - hebrewNewYear(year)
        switch month {
        case 2, 4, 6, 10, 13: return 29
        case 12: return hebrewLeap(year) ? 30 : 29
        case 8: return yearLength % 10 == 5 ? 30 : 29
        case 9: return yearLength % 10 == 3 ? 29 : 30
        default: return 30
        }
    }

    /// The day of a Hebrew date. Month 12 in a leap year is Adar I; holidays of Adar fall in Adar II (13) then,
    /// so a rule for Adar asks for month 12 and is moved to 13 in leap years.
    static func hebrew(year: Int, month: Int, day: Int) -> Int {
        var month = month
        if month == 12, hebrewLeap(year) { month = 13 }
        var n = hebrewNewYear(year) + day - 1
        let last = hebrewLeap(year) ? 13 : 12
        if month < 7 {
            for m in 7...last { n += hebrewMonthLength(m, year: year) }
            for m in 1..<month { n += hebrewMonthLength(m, year: year) }
        } else {
            for m in 7..<month { n += hebrewMonthLength(m, year: year) }
        }
        return n
    }

    /// Every date in the Gregorian `year` that is the Hebrew month and day.
    static func hebrewDates(month: Int, day: Int, in year: Int) -> [CivilDate] {
        (year + 3760...year + 3761).compactMap { h in
            guard day <= hebrewMonthLength(month == 12 && hebrewLeap(h) ? 13 : month, year: h) else { return nil }
            let date = CivilDate(dayNumber: hebrew(year: h, month: month, day: day))
            return date.year == year ? date : nil
        }
    }
}
