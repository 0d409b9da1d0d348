/// Where a booking stands.
public enum BookingStatus: String, Codable, Sendable {
    case booked, cancelled, done, invoiced
}

/// A piece of booked work. Instants are Unix seconds (UTC); replies show them in the desk's zone.
public struct Booking: Codable, Sendable, Equatable {
    /// Assigned by the store, never reused; 0 until stored.
    public var id: Int64
    public var role: String
    public var start: Int64
    public var end: Int64
    public var status: BookingStatus
    public var task: String?
    public var currency: String
    public var quoteMinor: Int64
    public var billableMinutes: Int
    public var createdAt: Int64
    /// The line the owner typed to make it.
    public var request: String
    /// The quote given when it was booked, line by line (nil for bookings made before quotes were kept).
    public var quote: Quote?
    /// What is owed: the price of the time actually worked once done, or the late-cancellation fee.
    public var charge: Quote?
    /// The time actually worked, once done.
    public var workedMinutes: Int?
    /// A task with a deadline rather than a slot: `end` is when it is due.
    public var isDeadline: Bool?
    /// The invoice that billed it.
    public var invoiceId: Int64?
    /// Who does the work, on a desk with a roster.
    public var assistant: BookedAssistant?
    /// Why that person (`AssignmentReason`'s raw value).
    public var assignedBecause: String?

    public init(
        id: Int64 = 0, role: String, start: Int64, end: Int64, status: BookingStatus = .booked, task: String?,
        currency: String, quoteMinor: Int64, billableMinutes: Int, createdAt: Int64, request: String,
        quote: Quote? = nil, charge: Quote? = nil, workedMinutes: Int? = nil, isDeadline: Bool? = nil, invoiceId: Int64? = nil,
        assistant: BookedAssistant? = nil, assignedBecause: String? = nil
    ) {
        self.id = id
        self.role = role
        self.start = start
        self.end = end
        self.status = status
        self.task = task
        self.currency = currency
        self.quoteMinor = quoteMinor
        self.billableMinutes = billableMinutes
        self.createdAt = createdAt
        self.request = request
        self.quote = quote
        self.charge = charge
        self.workedMinutes = workedMinutes
        self.isDeadline = isDeadline
        self.invoiceId = invoiceId
        self.assistant = assistant
        self.assignedBecause = assignedBecause
    }

    public var minutes: Int { Int((end - start) / 60) }
}

extension Booking {
    /// What a booking costs the owner as things stand: the charge once done or cancelled late, else
    /// the quote. Stores keep it beside the booking (SQLite: `owed_minor`) so that they sum it without this rule.
    public var owedMinor: Int64 {
        switch status {
        case .cancelled: return charge?.totalMinor ?? 0
        case .done, .invoiced: return charge?.totalMinor ?? quoteMinor
        case .booked: return quoteMinor
        }
    }
}

/// The assistant doing a booking, as the booking shows them: read with it, so a list needs no second query.
public struct BookedAssistant: Codable, Sendable, Equatable {
    public let id: Int64
    public let name: String
    /// Their IANA zone.
    public let zone: String

    public init(id: Int64, name: String, zone: String) {
        self.id = id
        self.name = name
        self.zone = zone
    }
}
