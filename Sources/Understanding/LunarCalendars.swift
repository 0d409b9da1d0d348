import Foundation

/// Lunisolar holidays from the moon and sun themselves: the instants of new and full moon (Meeus,
/// Astronomical Algorithms, ch. 49, to within minutes) and the sun's longitude (ch. 25), so no table of
/// years is kept. Three calendars are read this way:
///
/// - The Islamic month: it begins the day after the evening at Mecca (UTC+3) that follows the new moon,
///   when the new moon comes before 19:00 there (about sunset, when the crescent is looked for), else a
///   day later. This is the Umm al-Qura reckoning near enough to give the published Saudi dates
///   (1 Ramadan 1445 on 11 March 2024, Eid al-Fitr 1446 on 30 March 2025); a country that waits for a
///   local sighting may keep a day later, which no arithmetic can know in advance.
/// - The Chinese New Year: the second new moon after the December solstice, dated in China (UTC+8),
///   or the third after a leap month there.
/// - The Hindu amanta month, new moon to new moon, named by the sidereal sign the sun enters during it
///   (Chaitra when it enters Aries, Lahiri's ayanamsa); a month the sun enters no sign in is a leap
///   month, which holidays pass over. Its new or full moon is dated by the evening it falls in, in India
///   (UTC+5:30): the day whose 18:00 last came before the instant, as Diwali is kept on the evening of
///   the new moon's day of the month (tithi).
enum LunarCalendars {
    /// Days since 1970-01-01 of Julian Day 0.
    static let unixJulianDay = 2_440_587.5
    static let radians = Double.pi / 180

    /// The instant (Julian Ephemeris Day) of lunation `k` counted from the new moon of 6 January 2000;
    /// k + 0.5 is the full moon after it.
    static func moonPhase(_ k: Double) -> Double {
        let t = k / 1236.85, t2 = t * t
        var jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = (2.5534 + 29.10535670 * k - 0.0000014 * t2) * radians
        let mm = (201.5643 + 385.81693528 * k + 0.0107582 * t2) * radians
        let f = (160.7108 + 390.67050284 * k - 0.0016118 * t2) * radians
        let omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2) * radians
        let full = k - k.rounded(.down) > 0.25
        jde +=
            (full ? -0.40614 : -0.40720) * sin(mm) + (full ? 0.17302 : 0.17241) * e * sin(m)
            + (full ? 0.01614 : 0.01608) * sin(2 * mm) + (full ? 0.01043 : 0.01039) * sin(2 * f)
            + (full ? 0.00734 : 0.00739) * e * sin(mm - m) - (full ? 0.00515 : 0.00514) * e * sin(mm + m)
            + (full ? 0.00209 : 0.00208) * e * e * sin(2 * m) - 0.00111 * sin(mm - 2 * f) - 0.00057 * sin(mm + 2 * f)
            + 0.00056 * e * sin(2 * mm + m) - 0.00042 * sin(3 * mm) + 0.00042 * e * sin(m + 2 * f)
            + 0.00038 * e * sin(m - 2 * f) - 0.00024 * e * sin(2 * mm - m) - 0.00017 * sin(omega)
        return jde
    }

    /// The sun's apparent longitude in degrees (tropical, 0 ..< 360) at Julian Day `jd`.
    static func sunLongitude(_ jd: Double) -> Double {
        let t = (jd - 2_451_545) / 36525
        let l0 = 280.46646 + 36000.76983 * t
        let m = (357.52911 + 35999.05029 * t) * radians
        let c = (1.914602 - 0.004817 * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m)
        let apparent = l0 + c - 0.00569 - 0.00478 * sin((125.04 - 1934.136 * t) * radians)
        return apparent.truncatingRemainder(dividingBy: 360) + (apparent < 0 ? 360 : 0)
    }

    /// The sidereal sign (0 = Aries … 11 = Pisces) the sun is in at `jd`, by Lahiri's ayanamsa.
    private static func siderealSign(_ jd: Double) -> Int { Int(siderealSunLongitude(jd) / 30) % 12 }

    /// The sun's sidereal longitude in degrees (0 ..< 360) at `jd`, by Lahiri's ayanamsa.
    static func siderealSunLongitude(_ jd: Double) -> Double {
        let longitude = sunLongitude(jd) - ayanamsa(jd)
        return longitude < 0 ? longitude + 360 : longitude
    }

    /// Lahiri's ayanamsa in degrees at `jd`: how far the tropical zodiac has moved from the sidereal one.
    static func ayanamsa(_ jd: Double) -> Double { 23.853 + 0.013969 * (jd - 2_451_545) / 365.25 }

    /// The day in `year` the sun enters sidereal sign `sign` (1 = Mesha, Aries … 10 = Makara, Capricorn),
    /// dated in India: an entry after sunset, taken as 18:00, is kept the next day (Makar Sankranti 2019
    /// entered at 19:50 on 14 January and was kept on the 15th). Without `afterSunset`, the day it enters
    /// (Vaisakhi 2024 on 13 April, the sun entering Aries at 21:15 there).
    static func sankranti(_ sign: Int, in year: Int, afterSunset: Bool = true) -> [CivilDate] {
        let target = Double((sign - 1) * 30)
        // Degrees past the sign's start, -180 ..< 180.
        func past(_ jd: Double) -> Double { (siderealSunLongitude(jd) - target + 540).truncatingRemainder(dividingBy: 360) - 180 }
        let start = julianDay(CivilDate(year: year, month: 1, day: 1)) - 1
        var jd = start
        while jd < start + 368 {
            if past(jd) < 0, past(jd + 1) >= 0 {
                var low = jd, high = jd + 1
                for _ in 0..<24 { let mid = (low + high) / 2; if past(mid) < 0 { low = mid } else { high = mid } }
                let day = date(high, hoursAhead: afterSunset ? 5.5 + 6 : 5.5)
                return day.year == year ? [day] : []
            }
            jd += 1
        }
        return []
    }

    /// The civil date, at `hoursAhead` of UTC, of an instant, moved back `hoursBack` hours.
    static func date(_ jd: Double, hoursAhead: Double, hoursBack: Double = 0) -> CivilDate {
        CivilDate(dayNumber: Int((jd - unixJulianDay + (hoursAhead - hoursBack) / 24).rounded(.down)))
    }

    /// The lunation whose new moon falls around `jd`.
    private static func lunation(near jd: Double) -> Double { ((jd - 2_451_550.09766) / 29.530588861).rounded(.down) }

    private static func julianDay(_ date: CivilDate) -> Double { Double(date.dayNumber) + unixJulianDay }

    /// The new moon that begins Muharram 1440 (9 September 2018), counted from the one of 6 January 2000.
    private static let muharram1440: Double = 231

    /// The first day of Islamic `month` (1 = Muharram … 12 = Dhu al-Hijjah) of year `year` AH.
    static func islamicMonthStart(year: Int, month: Int) -> CivilDate {
        let newMoon = moonPhase(muharram1440 + Double((year - 1440) * 12 + month - 1))
        let mecca = (newMoon - unixJulianDay) * 24 + 3
        let hour = mecca - 24 * (mecca / 24).rounded(.down)
        let day = CivilDate(dayNumber: Int((mecca / 24).rounded(.down)))
        return CivilDate(dayNumber: day.dayNumber + (hour < 19 ? 1 : 2))
    }

    /// Every date in the Gregorian `year` that is the Islamic month and day (one, sometimes two, as Eid
    /// al-Fitr in 2000).
    static func islamicDates(month: Int, day: Int, in year: Int) -> [CivilDate] {
        let near = (year - 622) * 33 / 32
        return (near - 1...near + 2).compactMap { h in
            let date = CivilDate(dayNumber: islamicMonthStart(year: h, month: month).dayNumber + day - 1)
            return date.year == year ? date : nil
        }
    }

    /// The Chinese New Year of `year`, dated in China: the second new moon after the eleventh month (the one
    /// holding the December solstice), or the third when one of the two between is a leap month, the first
    /// month with no principal term (the sun at a multiple of 30°) of a year of thirteen months (as in 2033).
    static func chineseNewYear(_ year: Int) -> CivilDate {
        let eleventh = monthEleven(year - 1)
        var second = eleventh + 2
        if monthEleven(year) - eleventh == 13 {
            for k in [eleventh + 1, eleventh + 2] where !hasPrincipalTerm(k) { second = eleventh + 3; break }
        }
        return date(moonPhase(second), hoursAhead: 8)
    }

    /// The lunation of the Chinese eleventh month of `year`: the latest new moon on or before the day of
    /// the December solstice, in China.
    private static func monthEleven(_ year: Int) -> Double {
        var solstice = julianDay(CivilDate(year: year, month: 12, day: 18))
        while sunLongitude(solstice) < 270 { solstice += 1 / 24 }
        var k = lunation(near: solstice) + 1
        while date(moonPhase(k), hoursAhead: 8) > date(solstice, hoursAhead: 8) { k -= 1 }
        return k
    }

    /// Whether the sun reaches a multiple of 30° in the Chinese month that begins with lunation `k`.
    private static func hasPrincipalTerm(_ k: Double) -> Bool {
        func midnight(_ k: Double) -> Double { julianDay(date(moonPhase(k), hoursAhead: 8)) - 8.0 / 24 }
        return Int(sunLongitude(midnight(k)) / 30) != Int(sunLongitude(midnight(k + 1)) / 30)
    }

    /// The new moon ending (or the full moon within) the Hindu amanta month `month` (1 = Chaitra … 12 =
    /// Phalguna) whose day falls in `year`, dated by its evening in India, as Diwali and Holika Dahan are
    /// kept; or `bySunrise`, the day whose sunrise (taken as 06:00) falls in the moon's last day (tithi), as
    /// daytime festivals are kept (Raksha Bandhan 2019 on 15 August, its full moon at 17:59 there).
    static func hinduMoon(full: Bool, month: Int, in year: Int, bySunrise: Bool = false) -> [CivilDate] {
        hinduMonths(named: month, around: year).compactMap { k in
            let day = date(moonPhase(full ? k + 0.5 : k + 1), hoursAhead: 5.5, hoursBack: bySunrise ? 6 : 18)
            return day.year == year ? day : nil
        }
    }

    /// The lunations beginning the Hindu amanta months `month` (1 = Chaitra … 12 = Phalguna) that fall about
    /// `year`: a month is named by the sign the sun enters in it, and one it enters none in is a leap month,
    /// which holidays pass over.
    static func hinduMonths(named month: Int, around year: Int) -> [Double] {
        let start = julianDay(CivilDate(year: year, month: 1, day: 1))
        var found: [Double] = []
        var k = lunation(near: start) - 2
        while moonPhase(k) <= start + 400 {
            let first = siderealSign(moonPhase(k)), last = siderealSign(moonPhase(k + 1))
            if first != last, (last + 1) % 12 == month % 12 { found.append(k) }
            k += 1
        }
        return found
    }
}
