import DeskKit
import Foundation
import PostgresNIO

/// The store's operations inside one transaction, in PostgreSQL's dialect: the counterpart of the SQLite
/// store's, statement for statement, so that both backends behave the same.
struct PostgresTransaction: DeskTransaction {
    let session: PostgresSession

    /// A booking as read, with work done that an invoice billed read as invoiced (the billing table says so).
    static let columns =
        "booking.id, role, start, \"end\", "
        + "CASE WHEN booking.status = 'done' AND billing.invoice_id IS NOT NULL THEN 'invoiced' ELSE booking.status END, "
        + "task, currency, quote_minor, billable_minutes, created_at, request, "
        + "quote_json, charge_json, worked_minutes, is_deadline, billing.invoice_id, "
        + "booking.assistant_id, (SELECT name FROM assistant WHERE assistant.id = booking.assistant_id), "
        + "(SELECT tz FROM assistant WHERE assistant.id = booking.assistant_id), assigned_because"

    static let billingJoin = "LEFT JOIN billing ON billing.booking_id = booking.id"

    /// Every stored column after the id, in the order `values(of:)` binds them.
    static let storedColumns =
        "role, start, \"end\", status, task, currency, quote_minor, billable_minutes, created_at, request, "
        + "quote_json, charge_json, worked_minutes, is_deadline, charge_net_minor, charge_tax_minor, owed_minor, assistant_id, assigned_because"

    static func values(of b: Booking) -> [Bind] {
        [
            .text(b.role), .int(b.start), .int(b.end), .text(storedStatus(b)), .text(b.task), .text(b.currency), .int(b.quoteMinor),
            .int(Int64(b.billableMinutes)), .int(b.createdAt), .text(b.request), .text(b.quote.map(StoredJSON.encode)),
            .text(b.charge.map(StoredJSON.encode)), .int(b.workedMinutes.map(Int64.init)), .bool(b.isDeadline),
            .int(b.charge?.subtotalMinor), .int(b.charge?.taxMinor), .int(storedOwed(b)), .int(b.assistant?.id), .text(b.assignedBecause)
        ]
    }

    /// Invoiced is read from the billing table, so it is stored as the work done that it is.
    static func storedStatus(_ booking: Booking) -> String {
        (booking.status == .invoiced ? BookingStatus.done : booking.status).rawValue
    }

    /// What the booking costs as stored: `Booking.owedMinor`, kept as a number so a listing sums it in SQL.
    static func storedOwed(_ booking: Booking) -> Int64 {
        var stored = booking
        if stored.status == .invoiced { stored.status = .done }
        return stored.owedMinor
    }

    static func placeholders(_ count: Int, from first: Int = 1) -> String {
        (first..<(first + count)).map { "$\($0)" }.joined(separator: ", ")
    }

    // MARK: Bookings

    func insert(_ booking: Booking) throws -> Booking {
        var stored = booking
        let inserted = try session.sendNamingTransaction(
            """
            INSERT INTO booking (\(Self.storedColumns)) VALUES (\(Self.placeholders(19))) RETURNING id, txid_current()
            """, Self.values(of: booking), column: 1)
        stored.id = try session.rows(of: inserted).first?.makeRandomAccess()[0].decode(Int64.self) ?? 0
        if stored.invoiceId != nil { try session.send(Self.settingBilling(stored, id: "$1", invoice: "$2"), Self.billingValues(stored)) }
        return stored
    }

    func restore(_ booking: Booking) throws {
        let updates = Self.storedColumns.split(separator: ",").map { column in
            let name = column.trimmingCharacters(in: .whitespaces)
            return "\(name) = EXCLUDED.\(name)"
        }.joined(separator: ", ")
        // The booking and its billing in one statement.
        try session.sendNamingTransaction(
            """
            WITH billed AS (\(Self.settingBilling(booking, id: "$1", invoice: "$21"))),
            stored AS (
              INSERT INTO booking (id, \(Self.storedColumns)) VALUES ($1, \(Self.placeholders(19, from: 2)))
              ON CONFLICT (id) DO UPDATE SET \(updates)
            )
            SELECT txid_current()
            """, [.int(booking.id)] + Self.values(of: booking) + Self.invoiceValue(booking))
    }

    func update(_ booking: Booking) throws {
        let assignments = Self.storedColumns.split(separator: ",").enumerated().map { index, column in
            "\(column.trimmingCharacters(in: .whitespaces)) = $\(index + 1)"
        }.joined(separator: ", ")
        // The booking and its billing in one statement.
        try session.sendNamingTransaction(
            """
            WITH billed AS (\(Self.settingBilling(booking, id: "$20", invoice: "$21"))),
            stored AS (UPDATE booking SET \(assignments) WHERE id = $20)
            SELECT txid_current()
            """, Self.values(of: booking) + [.int(booking.id)] + Self.invoiceValue(booking))
    }

    /// The statement recording which invoice billed a booking, or that none did, with the booking's id and the
    /// invoice's as the placeholders given (the invoice's is bound only when there is one).
    static func settingBilling(_ booking: Booking, id: String, invoice: String) -> String {
        guard booking.invoiceId != nil else { return "DELETE FROM billing WHERE booking_id = \(id)" }
        return """
            INSERT INTO billing (booking_id, invoice_id) VALUES (\(id), \(invoice))
            ON CONFLICT (booking_id) DO UPDATE SET invoice_id = EXCLUDED.invoice_id
            """
    }

    static func invoiceValue(_ booking: Booking) -> [Bind] {
        booking.invoiceId.map { [.int($0)] } ?? []
    }

    static func billingValues(_ booking: Booking) -> [Bind] {
        [.int(booking.id)] + invoiceValue(booking)
    }

    func delete(id: Int64) throws {
        try session.sendNamingTransaction(
            """
            WITH unbilled AS (DELETE FROM billing WHERE booking_id = $1), gone AS (DELETE FROM booking WHERE id = $1)
            SELECT txid_current()
            """, [.int(id)])
    }

    func booking(id: Int64) throws -> Booking? {
        try bookings("SELECT \(Self.columns) FROM booking \(Self.billingJoin) WHERE booking.id = $1", [.int(id)]).first
    }

    func bookings(startingFrom from: Int64, before to: Int64, status: BookingStatus?, limit: Int?) throws -> [Booking] {
        var sql = "SELECT \(Self.columns) FROM booking \(Self.billingJoin) WHERE start >= $1 AND start < $2"
        var binds: [Bind] = [.int(from), .int(to)]
        if let status {
            sql += " AND booking.status = $3"
            binds.append(.text(status.rawValue))
        }
        sql += " ORDER BY start, booking.id LIMIT $\(binds.count + 1)"
        binds.append(.int(limit.map(Int64.init)))
        return try bookings(sql, binds)
    }

    func recentIds(limit: Int) throws -> [Int64] {
        try session.run("SELECT id FROM booking ORDER BY id DESC LIMIT $1", [.int(Int64(limit))]).map {
            try $0.makeRandomAccess()[0].decode(Int64.self)
        }
    }

    /// A new booking's duplicate check, which is the first read of its line: the roster's stamp and the monthly
    /// budget come in the same answer, as the line reads them next (kept in `session.reads` until it writes).
    func activeTwins(role: String, start: Int64, end: Int64, task: String?) throws -> [Int64] {
        guard
            let row = try session.run(
                """
                SELECT ARRAY(
                  SELECT id FROM booking WHERE start = $1 AND "end" = $2 AND role = $3 AND task IS NOT DISTINCT FROM $4 AND status = 'booked'
                  ORDER BY id LIMIT 4
                ), \(Self.rosterStampColumns), \(Self.monthlyBudgetColumn)
                """, [.int(start), .int(end), .text(role), .text(task)]
            ).first
        else { return [] }
        let cells = row.makeRandomAccess()
        session.reads.rosterStamp = try Self.rosterStamp(cells, from: 1)
        session.reads.monthlyBudget = .some(try Self.monthlyBudget(cells[5]))
        return try cells[0].decode([Int64].self)
    }

    func count() throws -> Int {
        Int(try session.number("SELECT count(*) FROM booking") ?? 0)
    }

    func allBookings() throws -> [Booking] {
        try bookings("SELECT \(Self.columns) FROM booking \(Self.billingJoin) ORDER BY booking.id", [])
    }

    /// Runs a query selecting `columns` and reads its bookings.
    func bookings(_ sql: String, _ binds: [Bind]) throws -> [Booking] {
        try session.run(sql, binds).map(Self.booking)
    }

    static func booking(_ row: PostgresRow) throws -> Booking {
        let cells = row.makeRandomAccess()
        return Booking(
            id: try cells[0].decode(Int64.self), role: try cells[1].decode(String.self), start: try cells[2].decode(Int64.self),
            end: try cells[3].decode(Int64.self), status: BookingStatus(rawValue: try cells[4].decode(String.self)) ?? .booked,
            task: try cells[5].decode(String?.self), currency: try cells[6].decode(String.self), quoteMinor: try cells[7].decode(Int64.self),
            billableMinutes: Int(try cells[8].decode(Int64.self)), createdAt: try cells[9].decode(Int64.self),
            request: try cells[10].decode(String.self), quote: try cells[11].decode(String?.self).flatMap(StoredJSON.quote),
            charge: try cells[12].decode(String?.self).flatMap(StoredJSON.quote),
            workedMinutes: try cells[13].decode(Int64?.self).map { Int($0) }, isDeadline: try cells[14].decode(Bool?.self),
            invoiceId: try cells[15].decode(Int64?.self), assistant: try assistant(cells), assignedBecause: try cells[19].decode(String?.self))
    }

    static func assistant(_ cells: PostgresRandomAccessRow) throws -> BookedAssistant? {
        guard let id = try cells[16].decode(Int64?.self), let name = try cells[17].decode(String?.self),
            let zone = try cells[18].decode(String?.self)
        else { return nil }
        return BookedAssistant(id: id, name: name, zone: zone)
    }

    // MARK: Listings

    func listing(startingFrom from: Int64, before to: Int64, limit: Int) throws -> BookingPage {
        let first = try bookings(
            """
            SELECT \(Self.columns) FROM booking \(Self.billingJoin)
            WHERE start >= $1 AND start < $2 AND booking.status <> 'cancelled' ORDER BY start, booking.id LIMIT $3
            """, [.int(from), .int(to), .int(Int64(limit))])
        guard first.count == limit else {
            return BookingPage(bookings: first, count: first.count, owedMinor: first.reduce(0) { $0 + $1.owedMinor })
        }
        let row = try session.run(
            """
            SELECT count(*), COALESCE(sum(owed_minor), 0)::bigint FROM booking WHERE start >= $1 AND start < $2 AND status <> 'cancelled'
            """, [.int(from), .int(to)]
        ).first
        let cells = row?.makeRandomAccess()
        return BookingPage(bookings: first, count: Int(try cells?[0].decode(Int64.self) ?? 0), owedMinor: try cells?[1].decode(Int64.self) ?? 0)
    }

    func awaiting(at instant: Int64, startedBefore before: Int64, limit: Int) throws -> BookingPage {
        let condition = "booking.status = 'booked' AND (\"end\" <= $1 OR is_deadline) AND start < $2"
        let rows = try bookings(
            """
            SELECT \(Self.columns) FROM booking \(Self.billingJoin) WHERE \(condition) ORDER BY "end", booking.id LIMIT $3
            """, [.int(instant), .int(before), .int(Int64(limit))])
        guard rows.count == limit else {
            return BookingPage(bookings: rows, count: rows.count, owedMinor: rows.reduce(0) { $0 + $1.owedMinor })
        }
        let totals = try session.run(
            "SELECT count(*), COALESCE(sum(owed_minor), 0)::bigint FROM booking WHERE \(condition)",
            [.int(instant), .int(before)]
        ).first?.makeRandomAccess()
        return BookingPage(bookings: rows, count: Int(try totals?[0].decode(Int64.self) ?? 0), owedMinor: try totals?[1].decode(Int64.self) ?? 0)
    }

    func awaitingConfirmation(startingFrom from: Int64, before to: Int64, endedBy instant: Int64) throws -> [Booking] {
        try bookings(
            """
            SELECT \(Self.columns) FROM booking \(Self.billingJoin)
            WHERE start >= $1 AND start < $2 AND booking.status = 'booked' AND "end" <= $3 AND NOT COALESCE(is_deadline, false)
            ORDER BY start, booking.id
            """, [.int(from), .int(to), .int(instant)])
    }
}
