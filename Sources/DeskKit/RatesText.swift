import Understanding

/// The price list as a person reads it.
public enum RatesText {
    public static func render(_ catalogue: Catalogue) -> String {
        var lines = ["Rates (\(catalogue.currency), per hour; billed in \(catalogue.incrementMinutes)-minute steps):"]
        let width = catalogue.roles.map(\.label.count).max() ?? 0
        for role in catalogue.roles {
            let name = role.label + String(repeating: " ", count: width - role.label.count)
            lines.append("  \(name)  \(catalogue.money.format(role.hourlyMinor))/h  minimum \(DurationText.format(role.minimumMinutes)), usual hours \(Clock24.format(role.shiftStart))-\(Clock24.format(role.shiftEnd))")
        }
        return lines.joined(separator: "\n")
    }
}
