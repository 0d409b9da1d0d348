import DeskKit
import Foundation
import PostgresNIO
import Understanding

/// The undo journal, kept as the SQLite store keeps it: a set per line, one booking made kept on the set
/// itself, other changes as rows found by the run of ids the set keeps, an invoice as the ids it billed.
extension PostgresTransaction {
    /// The most bookings an undo or redo of an invoice hands back for its reply.
    static let journalReplyLimit: Int64 = 20

    /// What a change set selects for undo and redo to find its changes.
    static let setColumns = "id, summary, invoice_id, billed_ids, first_change_id, last_change_id, made_id, made_after, budget_set, budget_before, budget_after, "
        + "leave_id, leave_assistant_id, leave_first_day, leave_last_day"

    private struct ChangeSet {
        let id: Int64
        let summary: String
        let invoiceId: Int64?
        let billedIds: String?
        let firstChange: Int64?
        let lastChange: Int64?
        let madeId: Int64?
        let madeAfter: String?
        /// A budget change: the budget before and after (nil for none).
        let budgetSet: Bool
        let budgetBefore: Int64?
        let budgetAfter: Int64?
        /// Leave the set added, which undo takes off and redo puts back.
        let leave: JournalledLeave?

        init(_ row: PostgresRow) throws {
            let cells = row.makeRandomAccess()
            id = try cells[0].decode(Int64.self)
            summary = try cells[1].decode(String.self)
            invoiceId = try cells[2].decode(Int64?.self)
            billedIds = try cells[3].decode(String?.self)
            firstChange = try cells[4].decode(Int64?.self)
            lastChange = try cells[5].decode(Int64?.self)
            madeId = try cells[6].decode(Int64?.self)
            madeAfter = try cells[7].decode(String?.self)
            budgetSet = try cells[8].decode(Bool.self)
            budgetBefore = try cells[9].decode(Int64?.self)
            budgetAfter = try cells[10].decode(Int64?.self)
            if let leaveId = try cells[11].decode(Int64?.self), let assistant = try cells[12].decode(Int64?.self),
               let first = try cells[13].decode(String?.self).flatMap({ CivilDate(iso: Substring($0)) }),
               let last = try cells[14].decode(String?.self).flatMap({ CivilDate(iso: Substring($0)) }) {
                leave = JournalledLeave(id: leaveId, assistant: assistant, leave: Leave(first: first, last: last))
            } else {
                leave = nil
            }
        }
    }

    private struct Entry {
        let bookingId: Int64
        let before: String?
        let after: String?
        let changeId: Int64?
    }

    func record(request: String, summary: String, madeAt: Int64, changes: [(before: Booking?, after: Booking?)]) throws {
        guard !changes.isEmpty else { return }
        // A new change after an undo: what was undone can no longer be redone on top of it. Cleared in the
        // statement that adds the set, which also names the transaction (for a commit whose answer is lost).
        let staleRedo = "WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable) "
        if changes.count == 1, changes[0].before == nil, let made = changes[0].after {
            session.transactionId = try session.send(staleRedo + """
                INSERT INTO change_set (made_at, request, summary, made_id) VALUES ($1, $2, $3, $4) RETURNING txid_current()
                """, [.int(madeAt), .text(request), .text(summary), .int(made.id)])
            return
        }
        let set = try session.number(staleRedo + "INSERT INTO change_set (made_at, request, summary) VALUES ($1, $2, $3) RETURNING id",
                                     [.int(madeAt), .text(request), .text(summary)]) ?? 0
        try recordChanges(changes, set: set)
    }

    func record(request: String, summary: String, madeAt: Int64, leave: JournalledLeave, changes: [(before: Booking?, after: Booking?)]) throws {
        let set = try session.number("""
            WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable)
            INSERT INTO change_set (made_at, request, summary, leave_id, leave_assistant_id, leave_first_day, leave_last_day)
            VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
            """, [.int(madeAt), .text(request), .text(summary), .int(leave.id), .int(leave.assistant),
                  .text(leave.leave.first.description), .text(leave.leave.last.description)]) ?? 0
        if !changes.isEmpty { try recordChanges(changes, set: set) }
    }

    /// The change rows of a set, and the run of their ids kept on it.
    private func recordChanges(_ changes: [(before: Booking?, after: Booking?)], set: Int64) throws {
        // The changes in one statement, which gives them one run of ids, and the run kept on the set.
        var values: [String] = []
        var binds: [Bind] = [.int(set)]
        for change in changes {
            let id = change.after?.id ?? change.before?.id ?? 0
            let after = change.before == nil ? nil : change.after.map(StoredJSON.encode)
            let n = binds.count
            values.append("($\(n + 1)::bigint, $\(n + 2)::text, $\(n + 3)::text, \(values.count + 1))")
            binds += [.int(id), .text(change.before.map(StoredJSON.encode)), .text(after)]
        }
        try session.send("""
            WITH rows AS (
              INSERT INTO change (change_set_id, booking_id, before, after)
              SELECT $1, v.booking_id, v.before, v.after
              FROM (VALUES \(values.joined(separator: ", "))) AS v (booking_id, before, after, position)
              ORDER BY v.position RETURNING id
            )
            UPDATE change_set SET first_change_id = (SELECT min(id) FROM rows), last_change_id = (SELECT max(id) FROM rows)
            WHERE id = $1
            """, binds)
    }

    func setMonthlyBudget(_ minor: Int64?, request: String, summary: String, madeAt: Int64) throws {
        let before = try monthlyBudget()
        try setMonthlyBudget(minor)
        session.transactionId = try session.send("""
            WITH stale AS (UPDATE change_set SET redoable = false WHERE redoable)
            INSERT INTO change_set (made_at, request, summary, budget_set, budget_before, budget_after)
            VALUES ($1, $2, $3, true, $4, $5) RETURNING txid_current()
            """, [.int(madeAt), .text(request), .text(summary), .int(before), .int(minor)])
    }

    private func entries(of set: ChangeSet, newestFirst: Bool) throws -> [Entry] {
        if let made = set.madeId { return [Entry(bookingId: made, before: nil, after: set.madeAfter, changeId: nil)] }
        return try session.run("""
            SELECT id, booking_id, before, after FROM change WHERE id BETWEEN $1 AND $2 AND change_set_id = $3
            ORDER BY id \(newestFirst ? "DESC" : "ASC")
            """, [.int(set.firstChange), .int(set.lastChange), .int(set.id)]).map {
            let cells = $0.makeRandomAccess()
            return Entry(bookingId: try cells[1].decode(Int64.self), before: try cells[2].decode(String?.self),
                         after: try cells[3].decode(String?.self), changeId: try cells[0].decode(Int64.self))
        }
    }

    private func newestSetInForce() throws -> ChangeSet? {
        try session.run("SELECT \(Self.setColumns) FROM change_set WHERE NOT undone ORDER BY id DESC LIMIT 1").first.map(ChangeSet.init)
    }

    private func billedBookings(_ invoice: Int64, limit: Int64?) throws -> [Booking] {
        try session.run("SELECT booking_id FROM billing WHERE invoice_id = $1 ORDER BY booking_id LIMIT $2", [.int(invoice), .int(limit)])
            .map { try $0.makeRandomAccess()[0].decode(Int64.self) }
            .compactMap { try booking(id: $0) }
    }

    func undoLatest(vetting vet: (JournalStep) throws -> Void) throws -> (summary: String, reverted: [Booking])? {
        guard let set = try newestSetInForce() else { return nil }
        if set.budgetSet {
            try setMonthlyBudget(set.budgetBefore)
            try session.send("UPDATE change_set SET undone = true, redoable = true WHERE id = $1", [.int(set.id)])
            return (set.summary, [])
        }
        if let invoice = set.invoiceId {
            let billed = try billedBookings(invoice, limit: Self.journalReplyLimit)
            try session.send("DELETE FROM billing WHERE invoice_id = $1", [.int(invoice)])
            try session.send("UPDATE change_set SET undone = true, redoable = true WHERE id = $1", [.int(set.id)])
            // As read after the undo: no longer invoiced.
            return (set.summary, try billed.compactMap { try booking(id: $0.id) })
        }
        // Leave goes first, so the checks of the bookings given back see their person without it.
        if let leave = set.leave { try takeOffLeave(id: leave.id) }
        var reverted: [Booking] = []
        for change in try entries(of: set, newestFirst: true) {
            let current = try booking(id: change.bookingId)
            if let beforeText = change.before {
                let before = try JSONDecoder().decode(Booking.self, from: Data(beforeText.utf8))
                try vet(.restore(state: before, current: current))
                try restore(before)
                reverted.append(before)
            } else {
                if let current { try vet(.remove(current: current)) }
                // What redo puts back is the booking as it is now.
                let now = current.map(StoredJSON.encode)
                if let changeId = change.changeId {
                    try session.send("UPDATE change SET after = $1 WHERE id = $2", [.text(now), .int(changeId)])
                } else {
                    try session.send("UPDATE change_set SET made_after = $1 WHERE id = $2", [.text(now), .int(set.id)])
                }
                try delete(id: change.bookingId)
                if let current { reverted.append(current) }
            }
        }
        try session.send("UPDATE change_set SET undone = true, redoable = true WHERE id = $1", [.int(set.id)])
        return (set.summary, reverted)
    }

    func redoLatest(vetting vet: (JournalStep) throws -> Void) throws -> (summary: String, restored: [Booking])? {
        guard let set = try session.run("SELECT \(Self.setColumns) FROM change_set WHERE redoable ORDER BY id ASC LIMIT 1").first
            .map(ChangeSet.init) else { return nil }
        if set.budgetSet {
            try setMonthlyBudget(set.budgetAfter)
            try session.send("UPDATE change_set SET undone = false, redoable = false WHERE id = $1", [.int(set.id)])
            return (set.summary, [])
        }
        if let invoice = set.invoiceId, let ids = set.billedIds {
            try bill(ids: ids, invoice: invoice)
            try session.send("UPDATE change_set SET undone = false, redoable = false WHERE id = $1", [.int(set.id)])
            return (set.summary, try billedBookings(invoice, limit: Self.journalReplyLimit))
        }
        if let leave = set.leave { try putBackLeave(leave) }
        var restored: [Booking] = []
        for change in try entries(of: set, newestFirst: false) {
            if let afterText = change.after {
                let after = try JSONDecoder().decode(Booking.self, from: Data(afterText.utf8))
                try vet(.restore(state: after, current: try booking(id: change.bookingId)))
                try restore(after)
                restored.append(after)
            } else {
                if let current = try booking(id: change.bookingId) {
                    try vet(.remove(current: current))
                    restored.append(current)
                }
                try delete(id: change.bookingId)
            }
        }
        try session.send("UPDATE change_set SET undone = false, redoable = false WHERE id = $1", [.int(set.id)])
        return (set.summary, restored)
    }

    func recentChanges(limit: Int) throws -> [ChangeSummary] {
        try session.run("SELECT id, made_at, request, summary, undone FROM change_set ORDER BY id DESC LIMIT $1", [.int(Int64(limit))]).map {
            let cells = $0.makeRandomAccess()
            return ChangeSummary(id: try cells[0].decode(Int64.self), madeAt: try cells[1].decode(Int64.self),
                                 request: try cells[2].decode(String.self), summary: try cells[3].decode(String.self),
                                 undone: try cells[4].decode(Bool.self))
        }
    }

    func latestChangedIds() throws -> [Int64] {
        guard let set = try newestSetInForce() else { return [] }
        return try entries(of: set, newestFirst: false).map(\.bookingId)
    }

    func changeCounts() throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for row in try session.run("""
            SELECT c.booking_id, (count(*) + sum(CASE WHEN s.undone THEN 1 ELSE 0 END))::bigint
            FROM change c JOIN change_set s ON s.id = c.change_set_id GROUP BY c.booking_id
            """) {
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
