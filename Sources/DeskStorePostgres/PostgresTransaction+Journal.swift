import DeskKit
import Foundation
import PostgresNIO
import Understanding

/// The undo journal, kept as the SQLite store keeps it: a set per line, one booking made kept on the set
/// itself, other changes as rows found by the run of ids the set keeps, an invoice as the ids it billed.
extension PostgresTransaction {
    /// What a change set selects to be read as a `JournalSet`.
    static let setColumns =
        "id, summary, invoice_id, billed_ids, budget_set, budget_before, budget_after, "
        + "leave_id, leave_assistant_id, leave_first_day, leave_last_day"

    private static func journalSet(_ row: PostgresRow) throws -> JournalSet {
        let cells = row.makeRandomAccess()
        let content: JournalSet.Content
        if try cells[4].decode(Bool.self) {
            content = .budget(before: try cells[5].decode(Int64?.self), after: try cells[6].decode(Int64?.self))
        } else if let invoice = try cells[2].decode(Int64?.self) {
            let billed = try cells[3].decode(String?.self).map { try JSONDecoder().decode([Int64].self, from: Data($0.utf8)) }
            content = .invoice(id: invoice, billed: billed ?? [])
        } else if let leaveId = try cells[7].decode(Int64?.self), let assistant = try cells[8].decode(Int64?.self),
            let first = try cells[9].decode(String?.self).flatMap({ CivilDate(iso: Substring($0)) }),
            let last = try cells[10].decode(String?.self).flatMap({ CivilDate(iso: Substring($0)) })
        {
            content = .bookings(leave: JournalledLeave(id: leaveId, assistant: assistant, leave: Leave(first: first, last: last)))
        } else {
            content = .bookings(leave: nil)
        }
        return JournalSet(id: try cells[0].decode(Int64.self), summary: try cells[1].decode(String.self), content: content)
    }

    private static func decoded(_ text: String?) throws -> Booking? {
        try text.map { try JSONDecoder().decode(Booking.self, from: Data($0.utf8)) }
    }

    func record(request: String, summary: String, madeAt: Int64, changes: [(before: Booking?, after: Booking?)]) throws {
        guard !changes.isEmpty else { return }
        // A new change after an undo: what was undone can no longer be redone on top of it. Cleared in the
        // statement that adds the set, which also names the transaction (for a commit whose answer is lost).
        let staleRedo = "WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable) "
        if changes.count == 1, changes[0].before == nil, let made = changes[0].after {
            try session.sendNamingTransaction(
                staleRedo + """
                    INSERT INTO change_set (made_at, request, summary, made_id) VALUES ($1, $2, $3, $4) RETURNING txid_current()
                    """, [.int(madeAt), .text(request), .text(summary), .int(made.id)])
            return
        }
        try recordSet(columns: [], [.int(madeAt), .text(request), .text(summary)], changes: changes)
    }

    func record(request: String, summary: String, madeAt: Int64, leave: JournalledLeave, changes: [(before: Booking?, after: Booking?)]) throws {
        try recordSet(
            columns: ["leave_id", "leave_assistant_id", "leave_first_day", "leave_last_day"],
            [
                .int(madeAt), .text(request), .text(summary), .int(leave.id), .int(leave.assistant),
                .text(leave.leave.first.description), .text(leave.leave.last.description)
            ], changes: changes)
    }

    /// A change set (made_at, request, summary and the `columns` after them, bound in that order) with its change
    /// rows and the run of their ids kept on it, all in one statement sent without waiting. The set's id is drawn
    /// first, so the rows can name it and the set can name their run; the changes in one INSERT get one run of ids.
    private func recordSet(columns: [String], _ setValues: [Bind], changes: [(before: Booking?, after: Booking?)]) throws {
        let setColumns = (["made_at", "request", "summary"] + columns).joined(separator: ", ")
        var binds = setValues
        let setPlaceholders = Self.placeholders(setValues.count)
        guard !changes.isEmpty else {
            try session.sendNamingTransaction(
                """
                WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable)
                INSERT INTO change_set (\(setColumns)) VALUES (\(setPlaceholders)) RETURNING txid_current()
                """, binds)
            return
        }
        var values: [String] = []
        for change in changes {
            let id = change.after?.id ?? change.before?.id ?? 0
            let after = change.before == nil ? nil : change.after.map(StoredJSON.encode)
            let n = binds.count
            values.append("($\(n + 1)::bigint, $\(n + 2)::text, $\(n + 3)::text, \(values.count + 1))")
            binds += [.int(id), .text(change.before.map(StoredJSON.encode)), .text(after)]
        }
        try session.sendNamingTransaction(
            """
            WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable),
            new_set AS (SELECT nextval(pg_get_serial_sequence('change_set', 'id')) AS id),
            rows AS (
              INSERT INTO change (change_set_id, booking_id, before, after)
              SELECT new_set.id, v.booking_id, v.before, v.after
              FROM new_set, (VALUES \(values.joined(separator: ", "))) AS v (booking_id, before, after, position)
              ORDER BY v.position RETURNING id
            )
            INSERT INTO change_set (id, \(setColumns), first_change_id, last_change_id) OVERRIDING SYSTEM VALUE
            SELECT new_set.id, \(setPlaceholders), (SELECT min(id) FROM rows), (SELECT max(id) FROM rows) FROM new_set
            RETURNING txid_current()
            """, binds)
    }

    func setMonthlyBudget(_ minor: Int64?, request: String, summary: String, madeAt: Int64) throws {
        let before = try monthlyBudget()
        try setMonthlyBudget(minor)
        try session.sendNamingTransaction(
            """
            WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable)
            INSERT INTO change_set (made_at, request, summary, budget_set, budget_before, budget_after)
            VALUES ($1, $2, $3, true, $4, $5) RETURNING txid_current()
            """, [.int(madeAt), .text(request), .text(summary), .int(before), .int(minor)])
    }

    func newestSetInForce() throws -> JournalSet? {
        try session.run("SELECT \(Self.setColumns) FROM change_set WHERE NOT undone ORDER BY id DESC LIMIT 1").first.map(Self.journalSet)
    }

    func setToRedo() throws -> JournalSet? {
        // Undo walks back from the newest set, so the most recently undone is the oldest still redoable.
        try session.run("SELECT \(Self.setColumns) FROM change_set WHERE redoable ORDER BY id ASC LIMIT 1").first.map(Self.journalSet)
    }

    func entries(of set: JournalSet, newestFirst: Bool) throws -> [JournalEntry] {
        guard
            let row = try session.run(
                "SELECT made_id, made_after, first_change_id, last_change_id FROM change_set WHERE id = $1",
                [.int(set.id)]
            ).first
        else { return [] }
        let place = row.makeRandomAccess()
        if let made = try place[0].decode(Int64?.self) {
            return [JournalEntry(bookingId: made, before: nil, after: try Self.decoded(try place[1].decode(String?.self)), changeId: nil)]
        }
        return try session.run(
            """
            SELECT id, booking_id, before, after FROM change WHERE id BETWEEN $1 AND $2 AND change_set_id = $3
            ORDER BY id \(newestFirst ? "DESC" : "ASC")
            """, [.int(try place[2].decode(Int64?.self)), .int(try place[3].decode(Int64?.self)), .int(set.id)]
        ).map {
            let cells = $0.makeRandomAccess()
            return JournalEntry(
                bookingId: try cells[1].decode(Int64.self), before: try Self.decoded(try cells[2].decode(String?.self)),
                after: try Self.decoded(try cells[3].decode(String?.self)), changeId: try cells[0].decode(Int64.self))
        }
    }

    func keepForRedo(_ booking: Booking?, of entry: JournalEntry, in set: JournalSet) throws {
        let now = booking.map(StoredJSON.encode)
        if let changeId = entry.changeId {
            try session.send("UPDATE change SET after = $1 WHERE id = $2", [.text(now), .int(changeId)])
        } else {
            try session.send("UPDATE change_set SET made_after = $1 WHERE id = $2", [.text(now), .int(set.id)])
        }
    }

    func markSet(_ set: JournalSet, undone: Bool) throws {
        try session.send("UPDATE change_set SET undone = $1, redoable = $1 WHERE id = $2", [.bool(undone), .int(set.id)])
    }

    func billedIds(invoice: Int64, limit: Int) throws -> [Int64] {
        try session.run("SELECT booking_id FROM billing WHERE invoice_id = $1 ORDER BY booking_id LIMIT $2", [.int(invoice), .int(Int64(limit))])
            .map { try $0.makeRandomAccess()[0].decode(Int64.self) }
    }

    func unbill(invoice: Int64) throws {
        try session.send("DELETE FROM billing WHERE invoice_id = $1", [.int(invoice)])
    }

    func bill(_ ids: [Int64], invoice: Int64) throws {
        try bill(ids: "[" + ids.map(String.init).joined(separator: ",") + "]", invoice: invoice)
    }

    func recentChanges(limit: Int) throws -> [ChangeSummary] {
        try session.run("SELECT id, made_at, request, summary, undone FROM change_set ORDER BY id DESC LIMIT $1", [.int(Int64(limit))]).map {
            let cells = $0.makeRandomAccess()
            return ChangeSummary(
                id: try cells[0].decode(Int64.self), madeAt: try cells[1].decode(Int64.self),
                request: try cells[2].decode(String.self), summary: try cells[3].decode(String.self),
                undone: try cells[4].decode(Bool.self))
        }
    }

    func changeCounts() throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for row in try session.run(
            """
            SELECT c.booking_id, (count(*) + sum(CASE WHEN s.undone THEN 1 ELSE 0 END))::bigint
            FROM change c JOIN change_set s ON s.id = c.change_set_id GROUP BY c.booking_id
            """)
        {
            let cells = row.makeRandomAccess()
            counts[try cells[0].decode(Int64.self)] = Int(try cells[1].decode(Int64.self))
        }
        for row in try session.run("SELECT made_id, CASE WHEN undone THEN 2 ELSE 1 END FROM change_set WHERE made_id IS NOT NULL") {
            let cells = row.makeRandomAccess()
            counts[try cells[0].decode(Int64.self), default: 0] += Int(try cells[1].decode(Int32.self))
        }
        return counts
    }
}
