import DeskKit
import GRDB

/// The store's operations for budgets and invoices.
extension SQLiteTransaction {
    /// The monthly budget in minor units, or nil when none is set.
    public func monthlyBudget() throws -> Int64? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = 'monthly_budget_minor'")).flatMap { Int64($0) }
    }

    /// What bookings starting in [from, to) have cost (work done, fees) and what is still booked, summed by SQLite.
    public func spend(startingFrom from: Int64, before to: Int64) throws -> (spent: Int64, booked: Int64) {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT COALESCE(SUM(CASE WHEN status = 'booked' THEN 0 ELSE owed_minor END), 0) AS spent,
                           COALESCE(SUM(CASE WHEN status = 'booked' THEN owed_minor ELSE 0 END), 0) AS booked
                    FROM booking WHERE start >= ? AND start < ?
                    """), arguments: [from, to])
        return (row?["spent"] ?? 0, row?["booked"] ?? 0)
    }

    public func setMonthlyBudget(_ minor: Int64?) throws {
        if let minor {
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('monthly_budget_minor', ?)", arguments: [String(minor)])
        } else {
            try db.execute(sql: "DELETE FROM setting WHERE key = 'monthly_budget_minor'")
        }
    }

    /// Every booking, by id: for exports.
    public func allBookings() throws -> [Booking] {
        try Row.fetchAll(db, sql: "SELECT \(SQLiteTransaction.columns) FROM booking \(SQLiteTransaction.billingJoin) ORDER BY booking.id").map(
            SQLiteTransaction.booking)
    }

    /// Stores an invoice's totals and returns its number.
    public func insertInvoice(month: String, issuedAt: Int64, currency: String, subtotal: Int64, tax: Int64, total: Int64) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO invoice (month, issued_at, currency, subtotal_minor, tax_minor, total_minor) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [month, issuedAt, currency, subtotal, tax, total])
        return db.lastInsertedRowID
    }

    /// Bookings billed on the given invoice.
    public func bookings(invoice id: Int64) throws -> [Booking] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(SQLiteTransaction.columns) FROM billing JOIN booking ON booking.id = billing.booking_id
                WHERE billing.invoice_id = ? ORDER BY start, booking.id
                """,
            arguments: [id]
        ).map(SQLiteTransaction.booking)
    }

    /// Invoice numbers issued for a month ("2026-11") that still bill something, oldest first.
    public func invoiceIds(month: String) throws -> [(id: Int64, issuedAt: Int64)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT i.id, i.issued_at FROM invoice i WHERE i.month = ?
                  AND EXISTS (SELECT 1 FROM billing b WHERE b.invoice_id = i.id) ORDER BY i.id
                """, arguments: [month]
        ).map { (id: $0["id"], issuedAt: $0["issued_at"]) }
    }
}

extension SQLiteTransaction {
    /// How many recorded changes touched each booking, counting an undone change twice (the change and its
    /// undoing): one pass over the journal, for an export of every booking.
    public func changeCounts() throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.booking_id, COUNT(*) + COALESCE(SUM(s.undone), 0) FROM change c JOIN change_set s ON s.id = c.change_set_id
                GROUP BY c.booking_id
                """)
        while let row = try rows.next() { counts[row[0]] = row[1] }
        // Bookings made by a set that keeps them itself: one change, two if undone.
        let made = try Row.fetchCursor(db, sql: "SELECT made_id, 1 + undone FROM change_set WHERE made_id IS NOT NULL")
        while let row = try made.next() { counts[row[0], default: 0] += row[1] }
        return counts
    }
}

extension SQLiteTransaction {
    /// Marks the bookings invoiced on `invoice` in one statement, and journals it as one entry that
    /// `undo` reverses and `redo` repeats. `ids` are the bookings billed.
    public func billInvoice(_ invoice: Int64, ids: [Int64], request: String, summary: String, madeAt: Int64) throws {
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        try bill(ids: list, invoice: invoice)
        try db.cachedStatement(sql: "UPDATE change_set SET redoable = 0 WHERE redoable = 1").execute()
        try db.execute(
            sql: "INSERT INTO change_set (made_at, request, summary, invoice_id, billed_ids) VALUES (?, ?, ?, ?, ?)",
            arguments: [madeAt, request, summary, invoice, list])
    }

    public func bill(_ ids: [Int64], invoice: Int64) throws {
        try bill(ids: "[" + ids.map(String.init).joined(separator: ",") + "]", invoice: invoice)
    }

    public func billedIds(invoice: Int64, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT booking_id FROM billing WHERE invoice_id = ? ORDER BY booking_id LIMIT ?"),
            arguments: [invoice, limit])
    }

    public func unbill(invoice: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM billing WHERE invoice_id = ?").execute(arguments: [invoice])
    }

    /// Bills the bookings listed in a JSON array of ids on the invoice; work done then reads as invoiced.
    func bill(ids list: String, invoice: Int64) throws {
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO billing (booking_id, invoice_id) SELECT value, ? FROM json_each(?)
                """
        ).execute(arguments: [invoice, list])
    }
}

extension SQLiteTransaction {
    /// Work done and late-cancellation fees starting in [from, to) not yet on an invoice, by start;
    /// only the first `limit` when one is given.
    public func unbilled(startingFrom from: Int64, before to: Int64, limit: Int?) throws -> [Booking] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(SQLiteTransaction.columns) FROM booking INDEXED BY booking_charges \(SQLiteTransaction.billingJoin)
                    WHERE \(SQLiteTransaction.unbilledSQL) ORDER BY start, booking.id LIMIT ?
                    """), arguments: [from, to, limit ?? -1]
        ).map(SQLiteTransaction.booking)
    }

    /// The id, net and tax of every charge `unbilled` lists, read from the charge columns without decoding a charge.
    public func unbilledCharges(startingFrom from: Int64, before to: Int64) throws -> [(id: Int64, netMinor: Int64, taxMinor: Int64)] {
        var charges: [(id: Int64, netMinor: Int64, taxMinor: Int64)] = []
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT id, charge_net_minor, charge_tax_minor FROM booking INDEXED BY booking_charges
                    WHERE \(SQLiteTransaction.unbilledSQL) ORDER BY start, booking.id
                    """), arguments: [from, to])
        while let row = try rows.next() {
            charges.append((id: row[0], netMinor: row[1] ?? 0, taxMinor: row[2] ?? 0))
        }
        return charges
    }

    /// Work done or a late-cancellation fee starting in [?, ?) that no invoice has billed yet. A booking has a
    /// charge net exactly when it has a charge; testing the net lets the index `booking_charges` answer alone.
    static let unbilledSQL = """
        start >= ? AND start < ? AND charge_net_minor IS NOT NULL AND booking.status IN ('done', 'cancelled')
          AND NOT EXISTS (SELECT 1 FROM billing AS billed WHERE billed.booking_id = booking.id)
        """

    /// Slots starting in [from, to) that ended by `instant` without being marked done (deadline tasks aside).
    /// The index holds the status, so a month of work already done is skipped without reading its rows.
    public func awaitingConfirmation(startingFrom from: Int64, before to: Int64, endedBy instant: Int64) throws -> [Booking] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(SQLiteTransaction.columns) FROM booking INDEXED BY booking_by_start_id \(SQLiteTransaction.billingJoin)
                    WHERE start >= ? AND start < ? AND booking.status = 'booked' AND "end" <= ? AND COALESCE(is_deadline, 0) = 0
                    ORDER BY start, booking.id
                    """), arguments: [from, to, instant]
        ).map(SQLiteTransaction.booking)
    }
}
