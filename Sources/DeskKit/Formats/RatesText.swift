import Understanding

/// The price list as a person reads it.
public enum RatesText {
    public static func render(_ catalogue: Catalogue) -> String {
        var lines = ["Rates (\(catalogue.currency), per hour; billed in \(catalogue.incrementMinutes)-minute steps):"]
        let width = catalogue.roles.map(\.label.count).max() ?? 0
        for role in catalogue.roles {
            let name = role.label + String(repeating: " ", count: width - role.label.count)
            lines.append(
                "  \(name)  \(catalogue.money.format(role.hourlyMinor))/h  minimum \(DurationText.format(role.minimumMinutes)), usual hours \(Clock24.format(role.shiftStart))-\(Clock24.format(role.shiftEnd))"
            )
        }
        let r = catalogue.rules
        var extras: [String] = []
        if r.eveningPercent > 100 {
            extras.append("evenings \(Clock24.format(r.eveningFrom))-\(Clock24.format(r.eveningUntil)) +\(r.eveningPercent - 100)%")
        }
        if r.weekendPercent > 100 { extras.append("weekends +\(r.weekendPercent - 100)%") }
        if r.holidayPercent > 100 {
            extras.append("public holidays\(r.holidayRegion.isEmpty ? "" : " (\(r.holidayRegion))") +\(r.holidayPercent - 100)%")
        }
        if !extras.isEmpty { lines.append("Surcharges: " + extras.joined(separator: ", ") + "; where several apply, the highest is used.") }
        if r.rushPercent > 0 { lines.append("Rush fee: \(r.rushPercent)% for work starting within \(r.rushHours) h of booking.") }
        if r.lateCancelPercent > 0 {
            lines.append("Cancelling: free with \(r.lateCancelHours) h notice or more, otherwise \(r.lateCancelPercent)% of the work.")
        }
        if r.taxPercent > 0 { lines.append("\(r.taxName) at \(r.taxPercent)% is added to every charge. You pay for the time actually worked.") }
        return lines.joined(separator: "\n")
    }
}
