/// One line of a price breakdown.
public struct QuoteLine: Sendable, Equatable {
    public let label: String
    public let amountMinor: Int64
}

/// What a piece of work costs, and how that was worked out.
public struct Quote: Sendable, Equatable {
    public let currency: String
    public let role: String
    /// The time asked for.
    public let workedMinutes: Int
    /// The time charged: rounded up to the increment, never below the role's minimum.
    public let billableMinutes: Int
    public let hourlyMinor: Int64
    public let totalMinor: Int64
    public let lines: [QuoteLine]
}

/// Prices work from the catalogue. All arithmetic is in integer minor units.
public enum Pricing {
    public static func quote(_ role: Role, minutes: Int, catalogue: Catalogue) -> Quote {
        let increment = catalogue.incrementMinutes
        let rounded = (max(minutes, 0) + increment - 1) / increment * increment
        let billable = max(rounded, role.minimumMinutes)
        let base = cost(hourlyMinor: role.hourlyMinor, minutes: billable)
        let money = catalogue.money
        var label = "\(DurationText.format(billable)) at \(money.format(role.hourlyMinor))/h"
        if billable > rounded {
            label += " (the minimum for this role)"
        } else if billable > minutes {
            label += " (rounded up from \(DurationText.format(minutes)) to the next \(increment) min)"
        }
        return Quote(currency: catalogue.currency, role: role.id, workedMinutes: minutes, billableMinutes: billable,
                     hourlyMinor: role.hourlyMinor, totalMinor: base, lines: [QuoteLine(label: label, amountMinor: base)])
    }

    /// rate × minutes / 60, rounded half up to a whole minor unit: the one place money is rounded.
    public static func cost(hourlyMinor: Int64, minutes: Int) -> Int64 {
        let (product, overflow) = hourlyMinor.multipliedReportingOverflow(by: Int64(minutes))
        precondition(!overflow, "price overflow")
        return (product + 30) / 60
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
