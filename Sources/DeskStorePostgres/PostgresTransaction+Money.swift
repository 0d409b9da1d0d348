import DeskKit
import PostgresNIO

/// Budgets and invoices.
extension PostgresTransaction {
    /// What `monthlyBudget()` selects, as one column (NULL for none).
    static let monthlyBudgetColumn = "(SELECT value FROM setting WHERE key = 'monthly_budget_minor')"

    func monthlyBudget() throws -> Int64? {
        if let kept = session.reads.monthlyBudget { return kept }
        let budget = try session.run("SELECT \(Self.monthlyBudgetColumn)").first.flatMap { try Self.monthlyBudget($0.makeRandomAccess()[0]) }
        session.reads.monthlyBudget = .some(budget)
        return budget
    }

    static func monthlyBudget(_ cell: PostgresCell) throws -> Int64? {
        try cell.decode(String?.self).flatMap { Int64($0) }
    }

    func setMonthlyBudget(_ minor: Int64?) throws {
        if let minor {
            try session.run(
                """
                INSERT INTO setting (key, value) VALUES ('monthly_budget_minor', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                """, [.text(String(minor))])
        } else {
            try session.run("DELETE FROM setting WHERE key = 'monthly_budget_minor'")
        }
    }

    func spend(startingFrom from: Int64, before to: Int64) throws -> (spent: Int64, booked: Int64) {
        let cells = try session.run(
            """
            SELECT COALESCE(sum(CASE WHEN status = 'booked' THEN 0 ELSE owed_minor END), 0)::bigint,
                   COALESCE(sum(CASE WHEN status = 'booked' THEN quote_minor ELSE 0 END), 0)::bigint
            FROM booking WHERE start >= $1 AND start < $2
            """, [.int(from), .int(to)]
        ).first?.makeRandomAccess()
        return (try cells?[0].decode(Int64.self) ?? 0, try cells?[1].decode(Int64.self) ?? 0)
    }

    func insertInvoice(month: String, issuedAt: Int64, currency: String, subtotal: Int64, tax: Int64, total: Int64) throws -> Int64 {
        try session.number(
            """
            INSERT INTO invoice (month, issued_at, currency, subtotal_minor, tax_minor, total_minor) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """, [.text(month), .int(issuedAt), .text(currency), .int(subtotal), .int(tax), .int(total)]) ?? 0
    }

    func bookings(invoice id: Int64) throws -> [Booking] {
        try bookings(
            """
            SELECT \(Self.columns) FROM billing JOIN booking ON booking.id = billing.booking_id
            WHERE billing.invoice_id = $1 ORDER BY start, booking.id
            """, [.int(id)])
    }

    func invoiceIds(month: String) throws -> [(id: Int64, issuedAt: Int64)] {
        try session.run(
            """
            SELECT i.id, i.issued_at FROM invoice i WHERE i.month = $1
              AND EXISTS (SELECT 1 FROM billing b WHERE b.invoice_id = i.id) ORDER BY i.id
            """, [.text(month)]
        ).map {
            let cells = $0.makeRandomAccess()
            return (id: try cells[0].decode(Int64.self), issuedAt: try cells[1].decode(Int64.self))
        }
    }

    /// Bills the bookings in one statement and journals it as one entry naming the invoice and the ids.
    func billInvoice(_ invoice: Int64, ids: [Int64], request: String, summary: String, madeAt: Int64) throws {
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        try bill(ids: list, invoice: invoice)
        try session.send(
            """
            WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable)
            INSERT INTO change_set (made_at, request, summary, invoice_id, billed_ids) VALUES ($1, $2, $3, $4, $5)
            """,
            [.int(madeAt), .text(request), .text(summary), .int(invoice), .text(list)])
    }

    /// Bills the bookings listed in a JSON array of ids on the invoice.
    func bill(ids list: String, invoice: Int64) throws {
        try session.send(
            """
            INSERT INTO billing (booking_id, invoice_id) SELECT value::bigint, $1 FROM jsonb_array_elements_text($2::jsonb)
            ON CONFLICT (booking_id) DO UPDATE SET invoice_id = EXCLUDED.invoice_id
            """, [.int(invoice), .text(list)])
    }

    /// Work done or a late-cancellation fee starting in [$1, $2) that no invoice has billed yet.
    static let unbilledSQL = """
        start >= $1 AND start < $2 AND charge_net_minor IS NOT NULL AND booking.status IN ('done', 'cancelled')
          AND NOT EXISTS (SELECT 1 FROM billing AS billed WHERE billed.booking_id = booking.id)
        """

    func unbilled(startingFrom from: Int64, before to: Int64, limit: Int?) throws -> [Booking] {
        try bookings(
            """
            SELECT \(Self.columns) FROM booking \(Self.billingJoin) WHERE \(Self.unbilledSQL) ORDER BY start, booking.id LIMIT $3
            """, [.int(from), .int(to), .int(limit.map(Int64.init))])
    }

    func unbilledCharges(startingFrom from: Int64, before to: Int64) throws -> [(id: Int64, netMinor: Int64, taxMinor: Int64)] {
        try session.run(
            """
            SELECT id, charge_net_minor, charge_tax_minor FROM booking WHERE \(Self.unbilledSQL) ORDER BY start, id
            """, [.int(from), .int(to)]
        ).map {
            let cells = $0.makeRandomAccess()
            return (
                id: try cells[0].decode(Int64.self), netMinor: try cells[1].decode(Int64?.self) ?? 0,
                taxMinor: try cells[2].decode(Int64?.self) ?? 0
            )
        }
    }
}
