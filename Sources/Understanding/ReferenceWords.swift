/// What a line's words say about bookings it does not number, for the desk to resolve against what it holds.
public struct ReferenceWords: Sendable, Equatable {
    /// A word that points back at the bookings the last request touched: "that", "it", "them" (`pointing`).
    public var pointsBack = false
    /// A word read as filler or with a trigger that asks for the last booking again: "and Thursday too",
    /// "same again next week", "a PA as well" (`repeating`). The same words inside a task ("to check the
    /// same reports") ask for nothing.
    public var repeatsLast = false
    /// "two of them", "make it 3 of those": how many of the bookings a change is about.
    public var countOfThem: Int?
    /// "my PA on Friday", "booking 3", "the Tuesday one": the line is about a booking already made, not a
    /// correction to a request being asked about (`stored`).
    public var namesStoredBooking = false

    public init(pointsBack: Bool = false, repeatsLast: Bool = false, countOfThem: Int? = nil, namesStoredBooking: Bool = false) {
        self.pointsBack = pointsBack
        self.repeatsLast = repeatsLast
        self.countOfThem = countOfThem
        self.namesStoredBooking = namesStoredBooking
    }
}
