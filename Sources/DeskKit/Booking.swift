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

    public init(id: Int64 = 0, role: String, start: Int64, end: Int64, status: BookingStatus = .booked, task: String?,
                currency: String, quoteMinor: Int64, billableMinutes: Int, createdAt: Int64, request: String) {
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
    }

    public var minutes: Int { Int((end - start) / 60) }
}
