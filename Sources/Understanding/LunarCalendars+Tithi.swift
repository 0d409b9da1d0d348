import Foundation

/// The Hindu lunar day (tithi) and lunar mansion (nakshatra), from the moon's longitude (Meeus, ch. 47, its
/// larger terms: within about 0.01°, a minute or two of a tithi's ends). A festival kept on a tithi of a
/// month is kept on the day whose hour of observance at New Delhi falls in that tithi: sunrise for most,
/// midday for Rama Navami and Ganesh Chaturthi, midnight for Janmashtami and Shivaratri, moonrise (taken as
/// 20:00) for Karva Chauth. When the tithi holds no such hour, the day whose sunrise it holds, else the
/// day it begins.
extension LunarCalendars {
    /// The hour a festival is kept by.
    enum Observance: Int, Sendable, CaseIterable {
        case sunrise, midday, moonrise, midnight
    }

    /// Where a festival's day is reckoned, latitude and longitude in degrees: New Delhi for most, and
    /// Thiruvananthapuram for Onam, whose later sunrise can hold the next nakshatra.
    struct Place: Sendable {
        let latitude: Double, longitude: Double
        static let newDelhi = Place(latitude: 28.61, longitude: 77.21)
        static let thiruvananthapuram = Place(latitude: 8.52, longitude: 76.94)
    }

    /// (D, M, M′, F, coefficient in millionths of a degree): the moon's longitude terms of Meeus's table 47.A.
    private static let longitudeTerms: [(Double, Double, Double, Double, Double)] = [
        (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314), (0, 0, 2, 0, 213_618),
        (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332), (2, 0, -2, 0, 58_793), (2, -1, -1, 0, 57_066),
        (2, 0, 1, 0, 53_322), (2, -1, 0, 0, 45_758), (0, 1, -1, 0, -40_923), (1, 0, 0, 0, -34_720),
        (0, 1, 1, 0, -30_383), (2, 0, 0, -2, 15_327), (0, 0, 1, 2, -12_528), (0, 0, 1, -2, 10_980),
        (4, 0, -1, 0, 10_675), (0, 0, 3, 0, 10_034), (4, 0, -2, 0, 8_548), (2, 1, -1, 0, -7_888),
        (2, 1, 0, 0, -6_766), (1, 0, -1, 0, -5_163), (1, 1, 0, 0, 4_987), (2, -1, 1, 0, 4_036),
        (2, 0, 2, 0, 3_994), (4, 0, 0, 0, 3_861), (2, 0, -3, 0, 3_665), (0, 1, -2, 0, -2_689),
        (2, 0, -1, 2, -2_602), (2, -1, -2, 0, 2_390), (1, 0, 1, 0, -2_348), (2, -2, 0, 0, 2_236),
        (0, 1, 2, 0, -2_120), (0, 2, 0, 0, -2_069)
    ]

    /// The moon's apparent longitude in degrees (tropical, 0 ..< 360) at Julian Day `jd`.
    static func moonLongitude(_ jd: Double) -> Double {
        let t = (jd - 2_451_545) / 36525, t2 = t * t
        let lp = 218.3164477 + 481_267.88123421 * t - 0.0015786 * t2
        let d = (297.8501921 + 445_267.1114034 * t - 0.0018819 * t2) * radians
        let m = (357.5291092 + 35_999.0502909 * t - 0.0001536 * t2) * radians
        let mp = (134.9633964 + 477_198.8675055 * t + 0.0087414 * t2) * radians
        let f = (93.2720950 + 483_202.0175233 * t - 0.0036539 * t2) * radians
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        var sum = 0.0
        for (cd, cm, cmp, cf, coefficient) in longitudeTerms {
            let eccentricity = abs(cm) == 2 ? e * e : abs(cm) == 1 ? e : 1
            sum += coefficient * eccentricity * sin(cd * d + cm * m + cmp * mp + cf * f)
        }
        let a1 = (119.75 + 131.849 * t) * radians, a2 = (53.09 + 479_264.290 * t) * radians
        sum += 3958 * sin(a1) + 1962 * sin(lp * radians - f) + 318 * sin(a2)
        let nutation = -0.00478 * sin((125.04 - 1934.136 * t) * radians)
        let longitude = (lp + sum / 1_000_000 + nutation).truncatingRemainder(dividingBy: 360)
        return longitude < 0 ? longitude + 360 : longitude
    }

    /// The tithi (1 … 30; 15 ends at the full moon, 30 at the new) at `jd`.
    static func tithi(_ jd: Double) -> Int {
        var elongation = (moonLongitude(jd) - sunLongitude(jd)).truncatingRemainder(dividingBy: 360)
        if elongation < 0 { elongation += 360 }
        return min(Int(elongation / 12), 29) + 1
    }

    /// The nakshatra (1 = Ashvini … 27 = Revati) the moon is in at `jd`, by Lahiri's ayanamsa.
    static func nakshatra(_ jd: Double) -> Int {
        var sidereal = moonLongitude(jd) - ayanamsa(jd)
        if sidereal < 0 { sidereal += 360 }
        return min(Int(sidereal / (360.0 / 27)), 26) + 1
    }

    /// The Julian Day of `observance` on `day` at New Delhi: sunrise and midday from the sun's declination and
    /// the equation of time (Meeus, ch. 15 and 28, to a minute or two), midnight twelve hours after midday.
    /// Moonrise is taken as 20:00 in India.
    static func instant(_ day: CivilDate, _ observance: Observance, at place: Place = .newDelhi) -> Double {
        let noonUTC = Double(day.dayNumber) + unixJulianDay + 0.5 - place.longitude / 360
        if observance == .moonrise { return Double(day.dayNumber) + unixJulianDay + (20 - 5.5) / 24 }
        let t = (noonUTC - 2_451_545) / 36525
        let lambda = sunLongitude(noonUTC) * radians, obliquity = 23.4393 * radians
        let declination = asin(sin(obliquity) * sin(lambda))
        var rightAscension = atan2(cos(obliquity) * sin(lambda), cos(lambda)) / radians
        if rightAscension < 0 { rightAscension += 360 }
        var drift = (280.46646 + 36000.76983 * t - 0.0057183 - rightAscension).truncatingRemainder(dividingBy: 360)
        if drift > 180 { drift -= 360 } else if drift < -180 { drift += 360 }
        let noon = noonUTC - drift / 360
        switch observance {
        case .midday: return noon
        case .midnight: return noon + 0.5
        default:
            let phi = place.latitude * radians
            let cosH = (sin(-0.833 * radians) - sin(phi) * sin(declination)) / (cos(phi) * cos(declination))
            return noon - acos(max(-1, min(1, cosH))) / radians / 360
        }
    }

    /// The days in `year` kept on tithi `tithi` of the Hindu amanta month `month` (1 = Chaitra … 12 = Phalguna,
    /// the leap months passed over), by the hour `observance`.
    static func hinduTithi(_ tithi: Int, month: Int, in year: Int, by observance: Observance) -> [CivilDate] {
        hinduMonths(named: month, around: year).compactMap { k in
            let begins = moonPhase(k), ends = moonPhase(k + 1)
            var day = date(begins, hoursAhead: 5.5).adding(days: max(tithi - 3, 0))
            func holds(_ day: CivilDate, _ at: Observance) -> Int {
                let jd = instant(day, at)
                return jd < begins ? 0 : jd >= ends ? 31 : LunarCalendars.tithi(jd)
            }
            var kept: CivilDate?
            while kept == nil {
                let now = holds(day, observance)
                if now > tithi { break }
                if now == tithi { kept = day } else { day = day.adding(days: 1) }
            }
            // A tithi that holds no hour of observance: the day whose sunrise it holds, else the day it begins.
            let before = day.adding(days: -1)
            let found = kept ?? (holds(day, .sunrise) == tithi ? day : before)
            return found.year == year ? found : nil
        }
    }

    /// The day in `year` when the moon is in nakshatra `star` at sunrise, the last time it is while the sun is in
    /// sidereal sign `sign` (1 = Mesha … 5 = Simha, the Malayalam month Chingam): Onam is Thiruvonam (22) in
    /// Chingam, the second when the month holds two (15 September 2024, not 19 August).
    static func nakshatraDay(_ star: Int, sign: Int, in year: Int) -> [CivilDate] {
        guard let entry = sankranti(sign, in: year, afterSunset: false).first else { return [] }
        var kept: CivilDate?
        var previous = false
        for offset in 0..<33 {
            let day = entry.adding(days: offset), at = instant(day, .sunrise, at: .thiruvananthapuram)
            let inSign = Int(siderealSunLongitude(at) / 30) % 12 == sign - 1
            if !inSign, offset > 0 { break }
            let now = inSign && nakshatra(at) == star
            if now, !previous { kept = day }
            previous = now
        }
        return kept.map { [$0] } ?? []
    }
}
