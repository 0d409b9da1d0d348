import DeskKit
import Foundation
import GRDB
import Understanding

/// The store's operations inside one transaction, named for what they do.
public struct SQLiteTransaction: DeskTransaction {
    let db: Database

    /// A booking's columns as stored; which invoice billed it is in the billing table.
    static let storedColumns =
        "id, role, start, \"end\", status, task, currency, quote_minor, billable_minutes, created_at, request, "
        + "quote_json, charge_json, worked_minutes, is_deadline"

    /// A booking as read: `FROM booking \(billingJoin)`, with work done that an invoice billed read as invoiced.
    static let columns =
        "booking.id, role, start, \"end\", "
        + "CASE WHEN booking.status = 'done' AND billing.invoice_id IS NOT NULL THEN 'invoiced' ELSE booking.status END AS status, "
        + "task, currency, quote_minor, billable_minutes, created_at, request, "
        + "quote_json, charge_json, worked_minutes, is_deadline, billing.invoice_id AS invoice_id, "
        + "booking.assistant_id, \(assistantColumns), assigned_because"

    /// Who does a booking, looked up by its assistant id (the row stays when they leave the roster, so history keeps the name).
    static let assistantColumns =
        "(SELECT name FROM assistant WHERE assistant.id = booking.assistant_id) AS assistant_name, "
        + "(SELECT tz FROM assistant WHERE assistant.id = booking.assistant_id) AS assistant_tz"

    static let billingJoin = "LEFT JOIN billing ON billing.booking_id = booking.id"

    /// Stores a new booking and returns it with its id.
    public func insert(_ booking: Booking) throws -> Booking {
        try db.cachedStatement(
            sql: """
                INSERT INTO booking (role, start, "end", status, task, currency, quote_minor, billable_minutes, created_at, request,
                  quote_json, charge_json, worked_minutes, is_deadline, charge_net_minor, charge_tax_minor, owed_minor, assistant_id, assigned_because)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                booking.role, booking.start, booking.end, SQLiteTransaction.storedStatus(booking), booking.task,
                booking.currency, booking.quoteMinor, booking.billableMinutes, booking.createdAt, booking.request
            ]
                + SQLiteTransaction.moneyArguments(booking) + [booking.assistant?.id, booking.assignedBecause])
        var stored = booking
        stored.id = db.lastInsertedRowID
        // A new id has never been billed; only a booking brought back with its invoice needs the row.
        if stored.invoiceId != nil { try setBilling(stored) }
        return stored
    }

    /// Puts a booking back exactly as it was, id included (undo of a cancel or a change).
    public func restore(_ booking: Booking) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO booking (\(SQLiteTransaction.storedColumns), charge_net_minor, charge_tax_minor, owed_minor,
                  assistant_id, assigned_because)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                booking.id, booking.role, booking.start, booking.end, SQLiteTransaction.storedStatus(booking), booking.task,
                booking.currency, booking.quoteMinor, booking.billableMinutes, booking.createdAt, booking.request
            ]
                + SQLiteTransaction.moneyArguments(booking) + [booking.assistant?.id, booking.assignedBecause])
        try setBilling(booking)
    }

    public func update(_ booking: Booking) throws {
        try db.cachedStatement(
            sql: """
                UPDATE booking SET role = ?, start = ?, "end" = ?, status = ?, task = ?, currency = ?, quote_minor = ?,
                  billable_minutes = ?, quote_json = ?, charge_json = ?, worked_minutes = ?, is_deadline = ?,
                  charge_net_minor = ?, charge_tax_minor = ?, owed_minor = ?, assistant_id = ?, assigned_because = ? WHERE id = ?
                """
        ).execute(
            arguments: [
                booking.role, booking.start, booking.end, SQLiteTransaction.storedStatus(booking), booking.task,
                booking.currency, booking.quoteMinor, booking.billableMinutes
            ]
                + SQLiteTransaction.moneyArguments(booking) + [booking.assistant?.id, booking.assignedBecause, booking.id])
        try setBilling(booking)
    }

    public func delete(id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM booking WHERE id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM billing WHERE booking_id = ?").execute(arguments: [id])
    }

    /// Records which invoice billed a booking, or that none did.
    private func setBilling(_ booking: Booking) throws {
        if let invoice = booking.invoiceId {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO billing (booking_id, invoice_id) VALUES (?, ?)")
                .execute(arguments: [booking.id, invoice])
        } else {
            try db.cachedStatement(sql: "DELETE FROM billing WHERE booking_id = ?").execute(arguments: [booking.id])
        }
    }

    /// Invoiced is read from the billing table, so it is stored as the work done that it is.
    static func storedStatus(_ booking: Booking) -> String {
        (booking.status == .invoiced ? BookingStatus.done : booking.status).rawValue
    }

    public func booking(id: Int64) throws -> Booking? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(SQLiteTransaction.columns) FROM booking \(SQLiteTransaction.billingJoin) WHERE booking.id = ?"),
            arguments: [id]
        )
        .map(SQLiteTransaction.booking)
    }

    /// Bookings that start in [from, to), by start time; `status` must be a stored one (not invoiced).
    public func bookings(startingFrom from: Int64, before to: Int64, status: BookingStatus?, limit: Int?) throws -> [Booking] {
        var sql = "SELECT \(SQLiteTransaction.columns) FROM booking \(SQLiteTransaction.billingJoin) WHERE start >= ? AND start < ?"
        var arguments: StatementArguments = [from, to]
        if let status {
            sql += " AND booking.status = ?"
            arguments += [status.rawValue]
        }
        sql += " ORDER BY start, booking.id LIMIT ?"
        arguments += [limit ?? -1]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(SQLiteTransaction.booking)
    }

    /// The newest booking ids, for completion.
    public func recentIds(limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM booking ORDER BY id DESC LIMIT ?", arguments: [limit])
    }

    public func activeTwins(role: String, start: Int64, end: Int64, task: String?) throws -> [Int64] {
        try Int64.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id FROM booking WHERE start = ? AND "end" = ? AND role = ? AND task IS ? AND status = 'booked' ORDER BY id LIMIT 4
                    """), arguments: [start, end, role, task])
    }

    public func count() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM booking") ?? 0
    }

    // MARK: Undo journal

    /// Records what one line changed, so that `undo` can put it back. A new booking is recorded by its id
    /// alone: the booking row is its state, copied into the journal only when an undo takes it away.
    public func record(request: String, summary: String, madeAt: Int64, changes: [(before: Booking?, after: Booking?)]) throws {
        guard !changes.isEmpty else { return }
        // A new change after an undo: what was undone can no longer be redone on top of it.
        try db.cachedStatement(sql: "UPDATE change_set SET redoable = 0 WHERE redoable = 1").execute()
        // One booking made and nothing else: the set names it itself.
        if changes.count == 1, changes[0].before == nil, let made = changes[0].after {
            try db.cachedStatement(sql: "INSERT INTO change_set (made_at, request, summary, made_id) VALUES (?, ?, ?, ?)")
                .execute(arguments: [madeAt, request, summary, made.id])
            return
        }
        try db.cachedStatement(sql: "INSERT INTO change_set (made_at, request, summary) VALUES (?, ?, ?)").execute(arguments: [
            madeAt, request, summary
        ])
        try recordChanges(changes, set: db.lastInsertedRowID)
    }

    /// Records leave and the bookings it handed over as one set, which holds the leave row's id and days.
    public func record(request: String, summary: String, madeAt: Int64, leave: JournalledLeave, changes: [(before: Booking?, after: Booking?)]) throws
    {
        try db.cachedStatement(sql: "UPDATE change_set SET redoable = 0 WHERE redoable = 1").execute()
        try db.cachedStatement(
            sql: """
                INSERT INTO change_set (made_at, request, summary, leave_id, leave_assistant_id, leave_first_day, leave_last_day)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [madeAt, request, summary, leave.id, leave.assistant, leave.leave.first.description, leave.leave.last.description])
        let set = db.lastInsertedRowID
        if !changes.isEmpty { try recordChanges(changes, set: set) }
    }

    /// The change rows of a set, and the run of their ids kept on it.
    private func recordChanges(_ changes: [(before: Booking?, after: Booking?)], set: Int64) throws {
        var first: Int64?
        for change in changes {
            let id = change.after?.id ?? change.before?.id ?? 0
            let after = change.before == nil ? nil : try SQLiteTransaction.json(change.after)
            try db.cachedStatement(sql: "INSERT INTO change (change_set_id, booking_id, before, after) VALUES (?, ?, ?, ?)")
                .execute(arguments: [set, id, try SQLiteTransaction.json(change.before), after])
            if first == nil { first = db.lastInsertedRowID }
        }
        try db.cachedStatement(sql: "UPDATE change_set SET first_change_id = ?, last_change_id = ? WHERE id = ?")
            .execute(arguments: [first, db.lastInsertedRowID, set])
    }

    /// Sets the monthly budget and journals it as a set of its own, holding the budget before and after.
    public func setMonthlyBudget(_ minor: Int64?, request: String, summary: String, madeAt: Int64) throws {
        let before = try monthlyBudget()
        try setMonthlyBudget(minor)
        try db.cachedStatement(sql: "UPDATE change_set SET redoable = 0 WHERE redoable = 1").execute()
        try db.cachedStatement(
            sql: """
                INSERT INTO change_set (made_at, request, summary, budget_set, budget_before, budget_after) VALUES (?, ?, ?, 1, ?, ?)
                """
        ).execute(arguments: [madeAt, request, summary, before, minor])
    }

    /// What a change set selects to be read as a `JournalSet`.
    static let setColumns =
        "id, summary, invoice_id, billed_ids, budget_set, budget_before, budget_after, "
        + "leave_id, leave_assistant_id, leave_first_day, leave_last_day"

    /// A change set row as the engine reads it; where its booking changes are stays the store's business.
    private static func journalSet(_ row: Row) throws -> JournalSet {
        let content: JournalSet.Content
        if row["budget_set"] as Int64 != 0 {
            content = .budget(before: row["budget_before"], after: row["budget_after"])
        } else if let invoice: Int64 = row["invoice_id"] {
            let billed = (row["billed_ids"] as String?).map { Data($0.utf8) }
            content = .invoice(id: invoice, billed: try billed.map { try JSONDecoder().decode([Int64].self, from: $0) } ?? [])
        } else {
            content = .bookings(leave: journalledLeave(row))
        }
        return JournalSet(id: row["id"], summary: row["summary"], content: content)
    }

    private static func decoded(_ text: String?) throws -> Booking? {
        try text.map { try JSONDecoder().decode(Booking.self, from: Data($0.utf8)) }
    }

    public func newestSetInForce() throws -> JournalSet? {
        try Row.fetchOne(db, sql: "SELECT \(SQLiteTransaction.setColumns) FROM change_set WHERE undone = 0 ORDER BY id DESC LIMIT 1")
            .map(SQLiteTransaction.journalSet)
    }

    public func setToRedo() throws -> JournalSet? {
        // Undo walks back from the newest set, so the most recently undone is the oldest still redoable.
        try Row.fetchOne(db, sql: "SELECT \(SQLiteTransaction.setColumns) FROM change_set WHERE redoable = 1 ORDER BY id ASC LIMIT 1")
            .map(SQLiteTransaction.journalSet)
    }

    /// The changes of a set: the one booking it made, or its rows found by the run of ids it keeps
    /// (an invoice's set has neither).
    public func entries(of set: JournalSet, newestFirst: Bool) throws -> [JournalEntry] {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT made_id, made_after, first_change_id, last_change_id FROM change_set WHERE id = ?"),
                arguments: [set.id])
        else { return [] }
        if let made: Int64 = row["made_id"] {
            return [JournalEntry(bookingId: made, before: nil, after: try SQLiteTransaction.decoded(row["made_after"]), changeId: nil)]
        }
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, booking_id, before, after FROM change WHERE id BETWEEN ? AND ? AND change_set_id = ? ORDER BY id \(newestFirst ? "DESC" : "ASC")
                    """), arguments: [row["first_change_id"] as Int64?, row["last_change_id"] as Int64?, set.id]
        )
        .map {
            JournalEntry(
                bookingId: $0["booking_id"], before: try SQLiteTransaction.decoded($0["before"]),
                after: try SQLiteTransaction.decoded($0["after"]), changeId: $0["id"])
        }
    }

    public func keepForRedo(_ booking: Booking?, of entry: JournalEntry, in set: JournalSet) throws {
        if let changeId = entry.changeId {
            try db.cachedStatement(sql: "UPDATE change SET after = ? WHERE id = ?").execute(arguments: [try SQLiteTransaction.json(booking), changeId]
            )
        } else {
            try db.cachedStatement(sql: "UPDATE change_set SET made_after = ? WHERE id = ?").execute(arguments: [
                try SQLiteTransaction.json(booking), set.id
            ])
        }
    }

    public func markSet(_ set: JournalSet, undone: Bool) throws {
        try db.cachedStatement(sql: "UPDATE change_set SET undone = ?, redoable = ? WHERE id = ?").execute(arguments: [undone, undone, set.id])
    }

    /// The newest entries of the undo journal first.
    public func recentChanges(limit: Int) throws -> [ChangeSummary] {
        try Row.fetchAll(
            db, sql: "SELECT id, made_at, request, summary, undone FROM change_set ORDER BY id DESC LIMIT ?",
            arguments: [limit]
        ).map {
            ChangeSummary(id: $0["id"], madeAt: $0["made_at"], request: $0["request"], summary: $0["summary"], undone: $0["undone"] != 0)
        }
    }

    /// The leave a change set added, if it added any.
    static func journalledLeave(_ set: Row) -> JournalledLeave? {
        guard let id: Int64 = set["leave_id"], let assistant: Int64 = set["leave_assistant_id"],
            let first = (set["leave_first_day"] as String?).flatMap({ CivilDate(iso: Substring($0)) }),
            let last = (set["leave_last_day"] as String?).flatMap({ CivilDate(iso: Substring($0)) })
        else { return nil }
        return JournalledLeave(id: id, assistant: assistant, leave: Leave(first: first, last: last))
    }

    public static func json(_ booking: Booking?) throws -> String? {
        guard let booking else { return nil }
        return StoredJSON.encode(booking)
    }

    static func booking(_ row: Row) -> Booking {
        Booking(
            id: row["id"], role: row["role"], start: row["start"], end: row["end"],
            status: BookingStatus(rawValue: row["status"]) ?? .booked, task: row["task"], currency: row["currency"],
            quoteMinor: row["quote_minor"], billableMinutes: row["billable_minutes"], createdAt: row["created_at"],
            request: row["request"], quote: decodeQuote(row["quote_json"]), charge: decodeQuote(row["charge_json"]),
            workedMinutes: row["worked_minutes"], isDeadline: (row["is_deadline"] as Int?).map { $0 != 0 },
            invoiceId: row["invoice_id"], assistant: assistant(row), assignedBecause: row["assigned_because"])
    }

    static func assistant(_ row: Row) -> BookedAssistant? {
        guard let id: Int64 = row["assistant_id"], let name: String = row["assistant_name"], let zone: String = row["assistant_tz"] else {
            return nil
        }
        return BookedAssistant(id: id, name: name, zone: zone)
    }

    /// The money columns added by "v3 money", "v5 charge columns" and "v10 owed column", in the order the
    /// statements above name them. What a booking is owed is the engine's rule (`Booking.owedMinor`), stored
    /// as a number so that SQL sums it without knowing the rule.
    static func moneyArguments(_ b: Booking) -> StatementArguments {
        [
            encodeQuote(b.quote), encodeQuote(b.charge), b.workedMinutes, b.isDeadline.map { $0 ? 1 : 0 },
            b.charge?.subtotalMinor, b.charge?.taxMinor, b.owedMinor
        ]
    }

    static func encodeQuote(_ quote: Quote?) -> String? {
        quote.map(StoredJSON.encode)
    }

    static func decodeQuote(_ text: String?) -> Quote? {
        text.flatMap(StoredJSON.quote)
    }
}
