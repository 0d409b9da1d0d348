import Understanding

/// One line of a price breakdown.
public struct QuoteLine: Sendable, Equatable, Codable {
    /// What a line charges for; the raw values are the `kind` of stored and JSON quote lines.
    public enum Kind: String, Sendable, Codable {
        case base, evening, weekend, holiday, rush, cancellation, tax

        /// The surcharge line of a rate class (standard time has none beyond the base).
        init(surcharge: RateClass) {
            switch surcharge {
            case .standard: self = .base
            case .evening: self = .evening
            case .weekend: self = .weekend
            case .holiday: self = .holiday
            }
        }

        /// Base and surcharges: the charge for the work itself, without fees or tax.
        public var isWork: Bool { self == .base || self == .evening || self == .weekend || self == .holiday }
    }

    public let kind: Kind
    public let label: String
    public let amountMinor: Int64
    /// The minutes the line charges for (base and surcharges), nil for fees and tax.
    public let minutes: Int?
    /// The percentage the line applies: a surcharge's multiplier (125), the rush or tax rate; nil for base.
    public let percent: Int?

    public init(kind: Kind, label: String, amountMinor: Int64, minutes: Int? = nil, percent: Int? = nil) {
        self.kind = kind
        self.label = label
        self.amountMinor = amountMinor
        self.minutes = minutes
        self.percent = percent
    }
}

/// What a piece of work costs, and how that was worked out.
public struct Quote: Sendable, Equatable, Codable {
    public let currency: String
    public let role: String
    /// The time asked for (or, for work marked done, the time actually worked).
    public let workedMinutes: Int
    /// The time charged: rounded up to the increment, never below the role's minimum.
    public let billableMinutes: Int
    public let hourlyMinor: Int64
    /// The price before tax: every line but the tax line. Quotes, bookings, lists and budgets show
    /// this figure; tax is its own line, added on invoices (`totalWithTaxMinor`).
    public let totalMinor: Int64
    public let lines: [QuoteLine]

    /// Everything before tax.
    public var subtotalMinor: Int64 { sum { $0 != .tax } }
    public var taxMinor: Int64 { sum { $0 == .tax } }
    /// What is paid in the end, tax included.
    public var totalWithTaxMinor: Int64 { totalMinor + taxMinor }
    /// The charge for the work itself: base and surcharges, without fees or tax.
    public var workMinor: Int64 { sum { $0.isWork } }

    /// The amounts of the lines of the kinds chosen, added up in place (no filtered copy of the lines).
    private func sum(_ kinds: (QuoteLine.Kind) -> Bool) -> Int64 {
        var total: Int64 = 0
        for line in lines where kinds(line.kind) { total += line.amountMinor }
        return total
    }
}

/// Prices work from the catalogue. All arithmetic is in integer minor units, and every amount is
/// rounded exactly once, in `rounded(_:over:)`: each line is an exact fraction rounded half up to a
/// whole minor unit, and the total is the sum of the rounded lines.
public enum Pricing {

    /// The price of work at standard rates, on no particular day: a weekday daytime, no rush.
    public static func quote(_ role: Role, minutes: Int, catalogue: Catalogue) -> Quote {
        let billable = billableMinutes(role, minutes: minutes, catalogue: catalogue)
        return build(role, minutes: minutes, billable: billable, classes: [.standard: billable], rush: false, catalogue: catalogue)
    }

    /// The price of work starting at `start` (Unix seconds) for `minutes`, booked at `bookedAt`.
    /// Each billable minute is charged by its own wall-clock date and time in the desk's zone, so work
    /// that crosses 18:00, midnight or into a weekend is split minute-exactly. Minutes added by rounding
    /// up or by the minimum are counted as if worked straight after the booked time.
    public static func quote(_ role: Role, start: Int64, minutes: Int, bookedAt: Int64, catalogue: Catalogue, time: DeskTime) -> Quote {
        let billable = billableMinutes(role, minutes: minutes, catalogue: catalogue)
        let rush = catalogue.rules.rushHours > 0 && start - bookedAt < Int64(catalogue.rules.rushHours) * 3600
        return build(
            role, minutes: minutes, billable: billable,
            classes: minutesByClass(from: start, minutes: billable, rules: catalogue.rules, time: time),
            rush: rush, catalogue: catalogue)
    }

    /// Rounded up to the increment, never below the role's minimum.
    public static func billableMinutes(_ role: Role, minutes: Int, catalogue: Catalogue) -> Int {
        let increment = catalogue.incrementMinutes
        let rounded = (max(minutes, 0) + increment - 1) / increment * increment
        return max(rounded, role.minimumMinutes)
    }

    /// How many of the minutes from `start` fall in each rate class. Each minute is classed by its
    /// own wall-clock date and time, but they are counted by stretches: within one local day at one UTC
    /// offset a minute's class changes only where the evening starts or ends, so the stretch is cut there
    /// and each piece counted whole. The zone is asked once per local day or clock change.
    public static func minutesByClass(from start: Int64, minutes: Int, rules: PricingRules, time: DeskTime) -> [RateClass: Int] {
        var counts = (standard: 0, evening: 0, weekend: 0, holiday: 0)
        var k = 0
        while k < minutes {
            let instant = start + Int64(k) * 60
            let local = time.local(instant)
            let day = rules.dayClass(local.date)
            // The minutes that begin before the work ends, before the local day ends and before the offset changes.
            var length = min(minutes - k, 1440 - local.minute)
            if let change = time.offsetChange(after: instant) { length = min(length, Int(max((change - instant + 59) / 60, 1))) }
            var from = local.minute
            let end = from + length
            while from < end {
                let next = min(end, rules.nextEveningBoundary(after: from))
                switch rules.rateClass(day: day, minute: from) {
                case .standard: counts.standard += next - from
                case .evening: counts.evening += next - from
                case .weekend: counts.weekend += next - from
                case .holiday: counts.holiday += next - from
                }
                from = next
            }
            k += length
        }
        var byClass: [RateClass: Int] = [:]
        if counts.standard > 0 { byClass[.standard] = counts.standard }
        if counts.evening > 0 { byClass[.evening] = counts.evening }
        if counts.weekend > 0 { byClass[.weekend] = counts.weekend }
        if counts.holiday > 0 { byClass[.holiday] = counts.holiday }
        return byClass
    }

    private static func build(
        _ role: Role, minutes: Int, billable: Int, classes: [RateClass: Int], rush: Bool,
        catalogue: Catalogue
    ) -> Quote {
        let rules = catalogue.rules
        let money = catalogue.money
        let increment = catalogue.incrementMinutes
        var baseLabel = "\(DurationText.format(billable)) at \(money.format(role.hourlyMinor))/h"
        let roundedUp = (max(minutes, 0) + increment - 1) / increment * increment
        if billable > roundedUp {
            baseLabel += " (the minimum for this role)"
        } else if billable > minutes {
            baseLabel += " (rounded up from \(DurationText.format(minutes)) to the next \(increment) min)"
        }
        var lines = [
            QuoteLine(
                kind: .base, label: baseLabel, amountMinor: cost(hourlyMinor: role.hourlyMinor, minutes: billable),
                minutes: billable)
        ]
        for rateClass in [RateClass.evening, .weekend, .holiday] {
            let percent = rules.percent(rateClass)
            guard let n = classes[rateClass], n > 0, percent > 100 else { continue }
            let amount = rounded(checked(role.hourlyMinor, Int64(n), Int64(percent - 100)), over: 6000)
            lines.append(
                QuoteLine(
                    kind: QuoteLine.Kind(surcharge: rateClass),
                    label: "\(rateClass.rawValue) surcharge +\(percent - 100)% on \(DurationText.format(n))",
                    amountMinor: amount, minutes: n, percent: percent))
        }
        if rush, rules.rushPercent > 0 {
            let work = lines.reduce(0) { $0 + $1.amountMinor }
            lines.append(
                QuoteLine(
                    kind: .rush, label: "rush fee \(rules.rushPercent)% (starts within \(rules.rushHours) h of booking)",
                    amountMinor: rounded(checked(work, Int64(rules.rushPercent)), over: 100), percent: rules.rushPercent))
        }
        let net = lines.reduce(0) { $0 + $1.amountMinor }
        lines.append(taxLine(on: net, rules: rules))
        return Quote(
            currency: catalogue.currency, role: role.id, workedMinutes: minutes, billableMinutes: billable,
            hourlyMinor: role.hourlyMinor, totalMinor: net, lines: lines)
    }

    /// The fee for cancelling inside the notice period: a share of the booking's work charge, plus tax.
    /// Nil when the cancellation is free.
    public static func cancellationFee(for quote: Quote, start: Int64, cancelledAt: Int64, catalogue: Catalogue) -> Quote? {
        let rules = catalogue.rules
        guard rules.lateCancelPercent > 0, start - cancelledAt < Int64(rules.lateCancelHours) * 3600 else { return nil }
        let fee = QuoteLine(
            kind: .cancellation,
            label:
                "late cancellation \(rules.lateCancelPercent)% of \(catalogue.money.format(quote.workMinor)) (less than \(rules.lateCancelHours) h notice)",
            amountMinor: rounded(checked(quote.workMinor, Int64(rules.lateCancelPercent)), over: 100),
            percent: rules.lateCancelPercent)
        let lines = [fee, taxLine(on: fee.amountMinor, rules: rules)]
        return Quote(
            currency: quote.currency, role: quote.role, workedMinutes: 0, billableMinutes: 0, hourlyMinor: quote.hourlyMinor,
            totalMinor: fee.amountMinor, lines: lines)
    }

    static func taxLine(on subtotal: Int64, rules: PricingRules) -> QuoteLine {
        QuoteLine(
            kind: .tax, label: "\(rules.taxName) \(rules.taxPercent)%",
            amountMinor: rounded(checked(subtotal, Int64(rules.taxPercent)), over: 100), percent: rules.taxPercent)
    }

    /// rate × minutes / 60, rounded half up to a whole minor unit.
    public static func cost(hourlyMinor: Int64, minutes: Int) -> Int64 {
        rounded(checked(hourlyMinor, Int64(minutes)), over: 60)
    }

    /// numerator / denominator rounded half up (both non-negative): the one place money is rounded.
    public static func rounded(_ numerator: Int64, over denominator: Int64) -> Int64 {
        precondition(numerator >= 0 && denominator > 0, "money is rounded only as a non-negative fraction")
        return (numerator + denominator / 2) / denominator
    }

    /// The product of the factors, refusing to wrap around.
    static func checked(_ factors: Int64...) -> Int64 {
        var product: Int64 = 1
        for f in factors {
            let (p, overflow) = product.multipliedReportingOverflow(by: f)
            precondition(!overflow, "price overflow")
            product = p
        }
        return product
    }
}

/// "8 h", "2 h 30 min", "45 min".
public enum DurationText {
    public static func format(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m) min" }
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
}
