import GRDB

extension DeskTransaction {
    /// A page of a listing: the first bookings, and the count and total of all of them.
    public struct Page: Sendable {
        public let bookings: [Booking]
        public let count: Int
        public let owedMinor: Int64
    }

    /// What a booking costs the owner as it stands, in SQL: the mirror of `Booking.owedMinor`,
    /// so that a listing of thousands of bookings is summed by SQLite rather than loaded.
    static let owedSQL = """
        CASE status WHEN 'booked' THEN quote_minor
          WHEN 'cancelled' THEN COALESCE(json_extract(charge_json, '$.totalMinor'), 0)
          ELSE COALESCE(json_extract(charge_json, '$.totalMinor'), quote_minor) END
        """

    /// Bookings starting in [from, to) that are not cancelled: the first `limit` by start, with the count and total of all.
    public func listing(startingFrom from: Int64, before to: Int64, limit: Int) throws -> Page {
        try page(where: "start >= ? AND start < ? AND status != 'cancelled'", order: "start, id", arguments: [from, to], limit: limit)
    }

    /// Work that has ended without being marked done, and open deadline tasks, that started before `before`.
    public func awaiting(at instant: Int64, startedBefore before: Int64, limit: Int) throws -> Page {
        try page(where: "status = 'booked' AND (\"end\" <= ? OR is_deadline = 1) AND start < ?", order: "\"end\", id",
                 arguments: [instant, before], limit: limit)
    }

    private func page(where condition: String, order: String, arguments: StatementArguments, limit: Int) throws -> Page {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(DeskTransaction.columns) FROM booking WHERE \(condition) ORDER BY \(order) LIMIT ?
            """), arguments: arguments + [limit]).map(DeskTransaction.booking)
        if rows.count < limit {
            return Page(bookings: rows, count: rows.count, owedMinor: rows.reduce(0) { $0 + $1.owedMinor })
        }
        let totals = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) AS n, COALESCE(SUM(\(DeskTransaction.owedSQL)), 0) AS owed FROM booking WHERE \(condition)
            """), arguments: arguments)
        return Page(bookings: rows, count: totals?["n"] ?? rows.count, owedMinor: totals?["owed"] ?? 0)
    }
}
