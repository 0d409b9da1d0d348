import DeskKit
import GRDB

extension SQLiteTransaction {
    /// Found by the index of bookings by start: a new booking's check reads a handful of rows.
    public func activeTwins(role: String, start: Int64, end: Int64, task: String?) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM booking WHERE start = ? AND "end" = ? AND role = ? AND task IS ? AND status = 'booked' ORDER BY id LIMIT 4
            """), arguments: [start, end, role, task])
    }
}
