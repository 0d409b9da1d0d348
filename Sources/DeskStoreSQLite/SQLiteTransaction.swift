import DeskKit
import Foundation
import GRDB
import Understanding

/// The store's operations inside one transaction, named for what they do.
public struct SQLiteTransaction: DeskTransaction {
    let db: Database

    /// A booking's columns as stored; which invoice billed it is in the billing table.
    static let storedColumns = "id, role, start, \"end\", status, task, currency, quote_minor, billable_minutes, created_at, request, "
        + "quote_json, charge_json, worked_minutes, is_deadline"

    /// A booking as read: `FROM booking \(billingJoin)`, with work done that an invoice billed read as invoiced.
    static let columns = "booking.id, role, start, \"end\", "
        + "CASE WHEN booking.status = 'done' AND billing.invoice_id IS NOT NULL THEN 'invoiced' ELSE booking.status END AS status, "
        + "task, currency, quote_minor, billable_minutes, created_at, request, "
        + "quote_json, charge_json, worked_minutes, is_deadline, billing.invoice_id AS invoice_id, "
        + "booking.assistant_id, \(assistantColumns), assigned_because"

    /// Who does a booking, looked up by its assistant id (the row stays when they leave the roster, so history keeps the name).
    static let assistantColumns = "(SELECT name FROM assistant WHERE assistant.id = booking.assistant_id) AS assistant_name, "
        + "(SELECT tz FROM assistant WHERE assistant.id = booking.assistant_id) AS assistant_tz"

    static let billingJoin = "LEFT JOIN billing ON billing.booking_id = booking.id"

    /// Stores a new booking and returns it with its id.
    public func insert(_ booking: Booking) throws -> Booking {
        try db.cachedStatement(sql: """
            INSERT INTO booking (role, start, "end", status, task, currency, quote_minor, billable_minutes, created_at, request,
              quote_json, charge_json, worked_minutes, is_deadline, charge_net_minor, charge_tax_minor, owed_minor, assistant_id, assigned_because)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [booking.role, booking.start, booking.end, SQLiteTransaction.storedStatus(booking), booking.task,
                             booking.currency, booking.quoteMinor, booking.billableMinutes, booking.createdAt, booking.request]
                             + SQLiteTransaction.moneyArguments(booking) + [booking.assistant?.id, booking.assignedBecause])
        var stored = booking
        stored.id = db.lastInsertedRowID
        // A new id has never been billed; only a booking brought back with its invoice needs the row.
        if stored.invoiceId != nil { try setBilling(stored) }
        return stored
    }

    /// Puts a booking back exactly as it was, id included (undo of a cancel or a change).
    public func restore(_ booking: Booking) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO booking (\(SQLiteTransaction.storedColumns), charge_net_minor, charge_tax_minor, owed_minor,
              assistant_id, assigned_because)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [booking.id, booking.role, booking.start, booking.end, SQLiteTransaction.storedStatus(booking), booking.task,
                             booking.currency, booking.quoteMinor, booking.billableMinutes, booking.createdAt, booking.request]
                             + SQLiteTransaction.moneyArguments(booking) + [booking.assistant?.id, booking.assignedBecause])
        try setBilling(booking)
    }

    public func update(_ booking: Booking) throws {
        try db.cachedStatement(sql: """
            UPDATE booking SET role = ?, start = ?, "end" = ?, status = ?, task = ?, currency = ?, quote_minor = ?,
              billable_minutes = ?, quote_json = ?, charge_json = ?, worked_minutes = ?, is_deadline = ?,
              charge_net_minor = ?, charge_tax_minor = ?, owed_minor = ?, assistant_id = ?, assigned_because = ? WHERE id = ?
            """).execute(arguments: [booking.role, booking.start, booking.end, SQLiteTransaction.storedStatus(booking), booking.task,
                             booking.currency, booking.quoteMinor, booking.billableMinutes]
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
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(SQLiteTransaction.columns) FROM booking \(SQLiteTransaction.billingJoin) WHERE booking.id = ?"),
                         arguments: [id])
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
        try Int64.fetchAll(db.cachedStatement(sql: """
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
        try db.cachedStatement(sql: "INSERT INTO change_set (made_at, request, summary) VALUES (?, ?, ?)").execute(arguments: [madeAt, request, summary])
        try recordChanges(changes, set: db.lastInsertedRowID)
    }

    /// Records leave and the bookings it handed over as one set, which holds the leave row's id and days.
    public func record(request: String, summary: String, madeAt: Int64, leave: JournalledLeave, changes: [(before: Booking?, after: Booking?)]) throws {
        try db.cachedStatement(sql: "UPDATE change_set SET redoable = 0 WHERE redoable = 1").execute()
        try db.cachedStatement(sql: """
            INSERT INTO change_set (made_at, request, summary, leave_id, leave_assistant_id, leave_first_day, leave_last_day)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [madeAt, request, summary, leave.id, leave.assistant, leave.leave.first.description, leave.leave.last.description])
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
        try db.cachedStatement(sql: """
            INSERT INTO change_set (made_at, request, summary, budget_set, budget_before, budget_after) VALUES (?, ?, ?, 1, ?, ?)
            """).execute(arguments: [madeAt, request, summary, before, minor])
    }

    /// One booking's change in a set: its state before (nil when the set made it) and after (nil for a booking
    /// made, until an undo takes it away), and the change row holding it (nil when the set holds it itself).
    private struct Entry {
        let bookingId: Int64
        let before: String?
        let after: String?
        let changeId: Int64?
    }

    /// What a change set selects for undo and redo to find its changes.
    static let setColumns = "id, summary, invoice_id, billed_ids, first_change_id, last_change_id, made_id, made_after, budget_set, budget_before, budget_after, "
        + "leave_id, leave_assistant_id, leave_first_day, leave_last_day"

    /// The changes of a set: the one booking it made, or its rows found by the run of ids it keeps
    /// (an invoice's set has neither).
    private func entries(of set: Row, newestFirst: Bool) throws -> [Entry] {
        if let made: Int64 = set["made_id"] {
            return [Entry(bookingId: made, before: nil, after: set["made_after"], changeId: nil)]
        }
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, booking_id, before, after FROM change WHERE id BETWEEN ? AND ? AND change_set_id = ? ORDER BY id \(newestFirst ? "DESC" : "ASC")
            """), arguments: [set["first_change_id"] as Int64?, set["last_change_id"] as Int64?, set["id"] as Int64])
            .map { Entry(bookingId: $0["booking_id"], before: $0["before"], after: $0["after"], changeId: $0["id"]) }
    }

    /// The newest change set not undone: what undo takes back, and what "that" means in a new session.
    private func newestSetInForce() throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT \(SQLiteTransaction.setColumns) FROM change_set WHERE undone = 0 ORDER BY id DESC LIMIT 1")
    }

    /// Reverts the latest change set not yet undone; returns its summary, or nil when there is none.
    /// Each booking's step is shown to `vet` before anything is applied; a throw leaves the set as it was.
    public func undoLatest(vetting vet: (JournalStep) throws -> Void) throws -> (summary: String, reverted: [Booking])? {
        guard let row = try newestSetInForce() else { return nil }
        let set: Int64 = row["id"]
        let summary: String = row["summary"]
        if row["budget_set"] as Int64 != 0 {
            try setMonthlyBudget(row["budget_before"] as Int64?)
            try db.execute(sql: "UPDATE change_set SET undone = 1, redoable = 1 WHERE id = ?", arguments: [set])
            return (summary, [])
        }
        if let invoice: Int64 = row["invoice_id"] {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT booking_id FROM billing WHERE invoice_id = ? ORDER BY booking_id"),
                                         arguments: [invoice])
            try db.cachedStatement(sql: "DELETE FROM billing WHERE invoice_id = ?").execute(arguments: [invoice])
            try db.execute(sql: "UPDATE change_set SET undone = 1, redoable = 1 WHERE id = ?", arguments: [set])
            return (summary, try ids.prefix(SQLiteTransaction.journalReplyLimit).compactMap { try booking(id: $0) })
        }
        // Leave goes first, so the checks of the bookings given back see their person without it.
        if let leave = SQLiteTransaction.journalledLeave(row) { try takeOffLeave(id: leave.id) }
        var reverted: [Booking] = []
        for change in try entries(of: row, newestFirst: true) {
            let id = change.bookingId
            let current = try booking(id: id)
            if let beforeText = change.before {
                let before = try JSONDecoder().decode(Booking.self, from: Data(beforeText.utf8))
                try vet(.restore(state: before, current: current))
                try restore(before)
                reverted.append(before)
            } else {
                if let current { try vet(.remove(current: current)) }
                // A booking this set made: what redo puts back is the booking as it is now, which later
                // sets, undone before this one, have already returned to how it was made.
                if let changeId = change.changeId {
                    try db.cachedStatement(sql: "UPDATE change SET after = ? WHERE id = ?").execute(arguments: [try SQLiteTransaction.json(current), changeId])
                } else {
                    try db.cachedStatement(sql: "UPDATE change_set SET made_after = ? WHERE id = ?").execute(arguments: [try SQLiteTransaction.json(current), set])
                }
                try delete(id: id)
                if let current { reverted.append(current) }
            }
        }
        try db.execute(sql: "UPDATE change_set SET undone = 1, redoable = 1 WHERE id = ?", arguments: [set])
        return (summary, reverted)
    }

    /// Applies again the change set undone most recently, if no new change came since; returns its summary
    /// and the bookings as they are now, or nil when there is nothing to redo.
    /// Each booking's step is shown to `vet` before it is applied; a throw leaves the set as it was.
    public func redoLatest(vetting vet: (JournalStep) throws -> Void) throws -> (summary: String, restored: [Booking])? {
        // Undo walks back from the newest set, so the most recently undone is the oldest still redoable.
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(SQLiteTransaction.setColumns) FROM change_set WHERE redoable = 1 ORDER BY id ASC LIMIT 1
            """) else {
            return nil
        }
        let set: Int64 = row["id"]
        let summary: String = row["summary"]
        if row["budget_set"] as Int64 != 0 {
            try setMonthlyBudget(row["budget_after"] as Int64?)
            try db.execute(sql: "UPDATE change_set SET undone = 0, redoable = 0 WHERE id = ?", arguments: [set])
            return (summary, [])
        }
        if let invoice: Int64 = row["invoice_id"], let ids: String = row["billed_ids"] {
            try bill(ids: ids, invoice: invoice)
            try db.execute(sql: "UPDATE change_set SET undone = 0, redoable = 0 WHERE id = ?", arguments: [set])
            let billed = try Int64.fetchAll(db.cachedStatement(sql: "SELECT booking_id FROM billing WHERE invoice_id = ? ORDER BY booking_id LIMIT ?"),
                                            arguments: [invoice, SQLiteTransaction.journalReplyLimit])
            return (summary, try billed.compactMap { try booking(id: $0) })
        }
        if let leave = SQLiteTransaction.journalledLeave(row) { try putBackLeave(leave) }
        var restored: [Booking] = []
        for change in try entries(of: row, newestFirst: false) {
            let id = change.bookingId
            if let afterText = change.after {
                let after = try JSONDecoder().decode(Booking.self, from: Data(afterText.utf8))
                try vet(.restore(state: after, current: try booking(id: id)))
                try restore(after)
                restored.append(after)
            } else {
                if let current = try booking(id: id) {
                    try vet(.remove(current: current))
                    restored.append(current)
                }
                try delete(id: id)
            }
        }
        try db.execute(sql: "UPDATE change_set SET undone = 0, redoable = 0 WHERE id = ?", arguments: [set])
        return (summary, restored)
    }

    /// The newest entries of the undo journal first.
    public func recentChanges(limit: Int) throws -> [ChangeSummary] {
        try Row.fetchAll(db, sql: "SELECT id, made_at, request, summary, undone FROM change_set ORDER BY id DESC LIMIT ?",
                         arguments: [limit]).map {
            ChangeSummary(id: $0["id"], madeAt: $0["made_at"], request: $0["request"], summary: $0["summary"], undone: $0["undone"] != 0)
        }
    }

    /// The bookings the newest change still in force touched: what "that" means in a new session.
    public func latestChangedIds() throws -> [Int64] {
        guard let set = try newestSetInForce() else { return [] }
        return try entries(of: set, newestFirst: false).map(\.bookingId)
    }

    /// The leave a change set added, if it added any.
    static func journalledLeave(_ set: Row) -> JournalledLeave? {
        guard let id: Int64 = set["leave_id"], let assistant: Int64 = set["leave_assistant_id"],
              let first = (set["leave_first_day"] as String?).flatMap({ CivilDate(iso: Substring($0)) }),
              let last = (set["leave_last_day"] as String?).flatMap({ CivilDate(iso: Substring($0)) }) else { return nil }
        return JournalledLeave(id: id, assistant: assistant, leave: Leave(first: first, last: last))
    }

    public static func json(_ booking: Booking?) throws -> String? {
        guard let booking else { return nil }
        return StoredJSON.encode(booking)
    }

    static func booking(_ row: Row) -> Booking {
        Booking(id: row["id"], role: row["role"], start: row["start"], end: row["end"],
                status: BookingStatus(rawValue: row["status"]) ?? .booked, task: row["task"], currency: row["currency"],
                quoteMinor: row["quote_minor"], billableMinutes: row["billable_minutes"], createdAt: row["created_at"],
                request: row["request"], quote: decodeQuote(row["quote_json"]), charge: decodeQuote(row["charge_json"]),
                workedMinutes: row["worked_minutes"], isDeadline: (row["is_deadline"] as Int?).map { $0 != 0 },
                invoiceId: row["invoice_id"], assistant: assistant(row), assignedBecause: row["assigned_because"])
    }

    static func assistant(_ row: Row) -> BookedAssistant? {
        guard let id: Int64 = row["assistant_id"], let name: String = row["assistant_name"], let zone: String = row["assistant_tz"] else { return nil }
        return BookedAssistant(id: id, name: name, zone: zone)
    }

    /// The money columns added by "v3 money", "v5 charge columns" and "v10 owed column", in the order the
    /// statements above name them. What a booking is owed is the engine's rule (`Booking.owedMinor`), stored
    /// as a number so that SQL sums it without knowing the rule.
    static func moneyArguments(_ b: Booking) -> StatementArguments {
        [encodeQuote(b.quote), encodeQuote(b.charge), b.workedMinutes, b.isDeadline.map { $0 ? 1 : 0 },
         b.charge?.subtotalMinor, b.charge?.taxMinor, b.owedMinor]
    }

    static func encodeQuote(_ quote: Quote?) -> String? {
        quote.map(StoredJSON.encode)
    }

    static func decodeQuote(_ text: String?) -> Quote? {
        text.flatMap(StoredJSON.quote)
    }
}
