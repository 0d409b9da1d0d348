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
        /// What the line bills; the raw value is the CSV's `kind` column.
        public enum Kind: String, Sendable {
            /// Completed work.
            case work
            /// A late-cancellation fee.
            case cancellation
        }

        public let kind: Kind
        public let workedMinutes: Int
        public let billableMinutes: Int
        public let hourlyMinor: Int64
        public let netMinor: Int64
        public let taxMinor: Int64
        /// Who did the work, on a desk with a roster.
        public var assistant: String? = nil
        public var totalMinor: Int64 { netMinor + taxMinor }
    }

    public let number: Int64
    /// The first day of the month billed.
    public let month: CivilDate
    public let issuedAt: Int64
    public let currency: String
    /// Its lines by start: every one, or only the first ones when it was issued for a reply that shows no more.
    public let lines: [Line]
    /// How many items it bills, which is more than `lines` holds when only the first were read.
    public let count: Int
    public let netMinor: Int64
    public let taxMinor: Int64
    public var totalMinor: Int64 { netMinor + taxMinor }

    /// An invoice with every line, its totals summed from them.
    public init(number: Int64, month: CivilDate, issuedAt: Int64, currency: String, lines: [Line]) {
        self.init(
            number: number, month: month, issuedAt: issuedAt, currency: currency, lines: lines, count: lines.count,
            netMinor: lines.reduce(0) { $0 + $1.netMinor }, taxMinor: lines.reduce(0) { $0 + $1.taxMinor })
    }

    /// An invoice whose count and totals were summed by the store, holding only its first `lines`.
    public init(
        number: Int64, month: CivilDate, issuedAt: Int64, currency: String, lines: [Line], count: Int,
        netMinor: Int64, taxMinor: Int64
    ) {
        self.number = number
        self.month = month
        self.issuedAt = issuedAt
        self.currency = currency
        self.lines = lines
        self.count = count
        self.netMinor = netMinor
        self.taxMinor = taxMinor
    }

    /// "2026-11".
    public var monthKey: String { Invoice.key(month) }

    public static func key(_ month: CivilDate) -> String { String(month.description.prefix(7)) }

    /// The invoice line for a booking that is done, invoiced or cancelled with a fee.
    static func line(_ b: Booking, catalogue: Catalogue) -> Line? {
        guard let charge = b.charge else { return nil }
        let cancelled = b.status == .cancelled
        return Line(
            bookingId: b.id, start: b.start, end: b.end, role: b.role, roleLabel: catalogue.role(b.role)?.label ?? b.role,
            task: b.task, kind: cancelled ? .cancellation : .work, workedMinutes: cancelled ? 0 : (b.workedMinutes ?? 0),
            billableMinutes: charge.billableMinutes, hourlyMinor: charge.hourlyMinor,
            netMinor: charge.subtotalMinor, taxMinor: charge.taxMinor, assistant: b.assistant?.name)
    }
}
