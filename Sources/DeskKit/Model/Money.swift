/// An amount of money in minor units (pence, cents). Money never passes through floating point.
public struct Money: Hashable, Sendable, Comparable {
    public var minor: Int64
    public var currency: String

    public init(minor: Int64, currency: String) {
        self.minor = minor
        self.currency = currency
    }

    public static func < (a: Money, b: Money) -> Bool { a.minor < b.minor }

    /// Parses a price written in major units with up to `digits` decimals ("22.00", "22.5", "22").
    public static func parseMinor(_ text: String, digits: Int) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0, whole < 1_000_000_000 else { return nil }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard !f.isEmpty, f.count <= digits, f.allSatisfy(\.isASCII), let value = Int64(f) else { return nil }
            fraction = value
            for _ in 0..<(digits - f.count) { fraction *= 10 }
        }
        return whole * scale + fraction
    }
}

/// Shows money as people write it: £1,234.50.
public struct MoneyFormat: Sendable {
    public let symbol: String
    public let digits: Int

    public init(symbol: String, digits: Int) {
        self.symbol = symbol
        self.digits = digits
    }

    public func format(_ minor: Int64) -> String {
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let negative = minor < 0
        let magnitude = minor.magnitude
        let whole = magnitude / UInt64(scale)
        let fraction = magnitude % UInt64(scale)
        var wholeText = String(whole)
        var grouped = ""
        while wholeText.count > 3 {
            grouped = "," + wholeText.suffix(3) + grouped
            wholeText = String(wholeText.dropLast(3))
        }
        grouped = wholeText + grouped
        var fractionText = ""
        if digits > 0 {
            fractionText = String(fraction)
            while fractionText.count < digits { fractionText = "0" + fractionText }
            fractionText = "." + fractionText
        }
        return (negative ? "-" : "") + symbol + grouped + fractionText
    }
}
