import Understanding

/// The catalogue's pricing rules beyond each role's rate: surcharges, holidays, rush and
/// late-cancellation fees and tax. Percentages are whole numbers, so no price passes through floating point.
public struct PricingRules: Sendable, Equatable {
    /// The hours of a day charged at the evening multiplier; the window may wrap past midnight (18:00-08:00).
    public var eveningFrom = 18 * 60
    public var eveningUntil = 8 * 60
    /// Percentages of the hourly rate: 125 charges a quarter more. 100 means no surcharge.
    public var eveningPercent = 100
    public var weekendPercent = 100
    public var holidayPercent = 100
    /// Public holidays of the desk's region, with their names.
    public var holidays = HolidayCalendar()
    public var holidayRegion: String { holidays.regionLabel }
    /// Work starting less than `rushHours` after it is booked pays `rushPercent` of the work charge on top.
    public var rushHours = 0
    public var rushPercent = 0
    /// Cancelling less than `lateCancelHours` before the start costs `lateCancelPercent` of the booking's work charge.
    public var lateCancelHours = 0
    public var lateCancelPercent = 0
    public var taxName = "tax"
    public var taxPercent = 0

    public init() {}

    /// The rate class of one minute of work, by its wall-clock date and time in the desk's zone.
    /// Where several apply (a Saturday evening, a holiday weekend) the highest multiplier wins; they never stack.
    public func rateClass(date: CivilDate, minute: Int) -> RateClass {
        rateClass(day: dayClass(date), minute: minute)
    }

    /// What a whole day is: a weekend day, a public holiday, both or neither.
    public struct DayClass: Sendable {
        let weekend: Bool
        let holiday: Bool
    }

    public func dayClass(_ date: CivilDate) -> DayClass {
        DayClass(weekend: date.weekday >= 6, holiday: holidays[date] != nil)
    }

    public func rateClass(day: DayClass, minute: Int) -> RateClass {
        var best = RateClass.standard
        var bestPercent = 100
        if isEvening(minute), eveningPercent > bestPercent { best = .evening; bestPercent = eveningPercent }
        if day.weekend, weekendPercent > bestPercent { best = .weekend; bestPercent = weekendPercent }
        if day.holiday, holidayPercent > bestPercent { best = .holiday }
        return best
    }

    public func isEvening(_ minute: Int) -> Bool {
        if eveningFrom == eveningUntil { return false }
        return eveningFrom < eveningUntil
            ? minute >= eveningFrom && minute < eveningUntil
            : minute >= eveningFrom || minute < eveningUntil
    }

    /// The first minute of the day after `minute` at which the evening starts or ends, or 1440 when neither
    /// does: every minute of a day between two such boundaries has the same rate class.
    public func nextEveningBoundary(after minute: Int) -> Int {
        var next = 1440
        if eveningFrom > minute { next = eveningFrom }
        if eveningUntil > minute, eveningUntil < next { next = eveningUntil }
        return next
    }

    public func percent(_ rateClass: RateClass) -> Int {
        switch rateClass {
        case .standard: return 100
        case .evening: return eveningPercent
        case .weekend: return weekendPercent
        case .holiday: return holidayPercent
        }
    }

    /// Reads one `desk` block entry; false when the key is not a pricing rule.
    mutating func read(_ entry: RuleFile.Entry, file: String) throws(RuleError) -> Bool {
        func fail(_ m: String) -> RuleError { RuleError(file: file, line: entry.line, message: m) }
        let words = entry.value.split(separator: " ").map(String.init)
        switch entry.key {
        case "evening":
            let ends = words.first?.split(separator: "-") ?? []
            guard words.count == 2, ends.count == 2, let a = Catalogue.clock(ends[0]), let b = Catalogue.clock(ends[1]),
                a < 1440, b <= 1440, let p = PricingRules.percent(words[1]), p >= 100
            else {
                throw fail("evening is hours and a multiplier like 18:00-08:00 125%")
            }
            eveningFrom = a; eveningUntil = b % 1440; eveningPercent = p
        case "weekend", "holiday":
            guard words.count == 1, let p = PricingRules.percent(words[0]), p >= 100 else {
                throw fail("\(entry.key) is a multiplier of at least 100%, like 150%")
            }
            if entry.key == "weekend" { weekendPercent = p } else { holidayPercent = p }
        case "rush", "late_cancel":
            guard words.count == 2, let h = Catalogue.minutes(words[0]), h % 60 == 0, h > 0, let p = PricingRules.percent(words[1]) else {
                throw fail("\(entry.key) is a notice period in hours and a percentage, like 24h 20%")
            }
            if entry.key == "rush" { rushHours = h / 60; rushPercent = p } else { lateCancelHours = h / 60; lateCancelPercent = p }
        case "tax":
            guard words.count == 2, let p = PricingRules.percent(words[1]) else { throw fail("tax is a name and a rate, like VAT 20%") }
            taxName = words[0]; taxPercent = p
        case "region":
            break  // read with the holiday rules, which know the regions
        case "public_holiday":
            guard let first = words.first, let date = CivilDate(iso: Substring(first)), words.count > 1 else {
                throw fail("public_holiday is a date and a name, like 2026-12-25 Christmas Day")
            }
            guard holidays.dated[date] == nil else { throw fail("\(date) is listed twice") }
            holidays.dated[date] = words.dropFirst().joined(separator: " ")
        default:
            return false
        }
        return true
    }

    /// "125%" → 125; whole percentages up to 1000.
    static func percent(_ text: String) -> Int? {
        guard text.hasSuffix("%"), let n = Int(text.dropLast()), (0...1000).contains(n) else { return nil }
        return n
    }
}

/// Which multiplier a minute of work is charged at.
public enum RateClass: String, Sendable, Codable, CaseIterable {
    case standard, evening, weekend, holiday

    var index: Int {
        switch self {
        case .standard: return 0
        case .evening: return 1
        case .weekend: return 2
        case .holiday: return 3
        }
    }
}
