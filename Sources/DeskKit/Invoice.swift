import Understanding

/// A bill for a month's completed work: each booking at the price of the time actually worked,
/// plus late-cancellation fees. Amounts are the charges stored on the bookings, so the invoice
/// adds up to exactly what replies and budgets showed.
public struct Invoice: Sendable {
    public struct Line: Sendable {
        public let bookingId: Int64
        public let start: Int64
        public let end: Int64
        public let role: String
        public let roleLabel: String
        public let task: String?
        /// "work" for completed work, "cancellation" for a late-cancellation fee.
        public let kind: String
        public let workedMinutes: Int
        public let billableMinutes: Int
        public let hourlyMinor: Int64
        public let netMinor: Int64
        public let taxMinor: Int64
        public var totalMinor: Int64 { netMinor + taxMinor }
    }

    public let number: Int64
    /// The first day of the month billed.
    public let month: CivilDate
    public let issuedAt: Int64
    public let currency: String
    public let lines: [Line]

    public var netMinor: Int64 { lines.reduce(0) { $0 + $1.netMinor } }
    public var taxMinor: Int64 { lines.reduce(0) { $0 + $1.taxMinor } }
    public var totalMinor: Int64 { netMinor + taxMinor }

    /// "2026-11".
    public var monthKey: String { Invoice.key(month) }

    public static func key(_ month: CivilDate) -> String { String(month.description.prefix(7)) }

    /// The invoice line for a booking that is done, invoiced or cancelled with a fee.
    static func line(_ b: Booking, catalogue: Catalogue) -> Line? {
        guard let charge = b.charge else { return nil }
        let cancelled = b.status == .cancelled
        return Line(bookingId: b.id, start: b.start, end: b.end, role: b.role, roleLabel: catalogue.role(b.role)?.label ?? b.role,
                    task: b.task, kind: cancelled ? "cancellation" : "work", workedMinutes: cancelled ? 0 : (b.workedMinutes ?? 0),
                    billableMinutes: charge.billableMinutes, hourlyMinor: charge.hourlyMinor,
                    netMinor: charge.subtotalMinor, taxMinor: charge.taxMinor)
    }
}
