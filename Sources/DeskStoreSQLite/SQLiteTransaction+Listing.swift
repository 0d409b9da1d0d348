import DeskKit
import GRDB

extension SQLiteTransaction {
    /// Bookings starting in [from, to) that are not cancelled: the first `limit` by start, with the count and total of all.
    public func listing(startingFrom from: Int64, before to: Int64, limit: Int) throws -> BookingPage {
        // By start and id straight from the index, with no sort of a long range.
        let first = try page(
            from: "booking INDEXED BY booking_by_start_id", where: "start >= ? AND start < ? AND booking.status != 'cancelled'",
            order: "start, id", arguments: [from, to], limit: limit, totals: false)
        guard first.count == limit else { return first }
        // Counted and summed from the index alone, which holds each booking's status and what it is owed.
        let totals = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT COUNT(*) AS n, COALESCE(SUM(owed_minor), 0) AS owed FROM booking INDEXED BY booking_by_start_id
                    WHERE start >= ? AND start < ? AND status != 'cancelled'
                    """), arguments: [from, to])
        return BookingPage(bookings: first.bookings, count: totals?["n"] ?? 0, owedMinor: totals?["owed"] ?? 0)
    }

    /// Work that has ended without being marked done, and open deadline tasks, that started before `before`.
    public func awaiting(at instant: Int64, startedBefore before: Int64, limit: Int) throws -> BookingPage {
        try page(
            from: "booking", where: "booking.status = 'booked' AND (\"end\" <= ? OR is_deadline = 1) AND start < ?", order: "\"end\", id",
            arguments: [instant, before], limit: limit, totals: true)
    }

    /// The first `limit` rows; with `totals`, the count and sum of all rows too (else of those rows only).
    private func page(
        from table: String, where condition: String, order: String, arguments: StatementArguments, limit: Int,
        totals: Bool
    ) throws -> BookingPage {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(SQLiteTransaction.columns) FROM \(table) \(SQLiteTransaction.billingJoin) WHERE \(condition) ORDER BY \(order) LIMIT ?
                    """), arguments: arguments + [limit]
        ).map(SQLiteTransaction.booking)
        if rows.count < limit || !totals {
            return BookingPage(bookings: rows, count: rows.count, owedMinor: rows.reduce(0) { $0 + $1.owedMinor })
        }
        let totals = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT COUNT(*) AS n, COALESCE(SUM(owed_minor), 0) AS owed FROM \(table) WHERE \(condition)
                    """), arguments: arguments)
        return BookingPage(bookings: rows, count: totals?["n"] ?? rows.count, owedMinor: totals?["owed"] ?? 0)
    }
}
