import DeskKit
import GRDB
import Understanding

extension SQLiteTransaction {
    public func assistants() throws -> [Assistant] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, name, roles, tz, hours FROM assistant WHERE removed_at IS NULL ORDER BY name_key, id
                    """))
        let leave = try allLeave()
        return try rows.map { try SQLiteTransaction.assistant($0, leave: leave[$0["id"]] ?? []) }
    }

    public func rosterCount() throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM assistant WHERE removed_at IS NULL")) ?? 0
    }

    public func rosterStamp() throws -> RosterStamp {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT (SELECT COUNT(*) FROM assistant WHERE removed_at IS NULL), (SELECT COALESCE(MAX(id), 0) FROM assistant),
                           (SELECT COUNT(*) FROM assistant_leave), (SELECT COALESCE(SUM(id), 0) FROM assistant_leave)
                    """))
        return RosterStamp(count: row?[0] ?? 0, newest: row?[1] ?? 0, leave: row?[2] ?? 0, leaveIds: row?[3] ?? 0)
    }

    public func assistant(id: Int64) throws -> Assistant? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, name, roles, tz, hours FROM assistant WHERE id = ?"),
                arguments: [id])
        else { return nil }
        let days = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT first_day, last_day FROM assistant_leave WHERE assistant_id = ? ORDER BY first_day"),
            arguments: [id])
        return try SQLiteTransaction.assistant(row, leave: days.compactMap(SQLiteTransaction.leave))
    }

    public func insertAssistant(_ assistant: Assistant) throws -> Assistant {
        try db.cachedStatement(sql: "INSERT INTO assistant (name, name_key, roles, tz, hours) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [assistant.name, assistant.nameKey, assistant.roles.joined(separator: ","), assistant.zone, assistant.hours.text])
        var stored = assistant
        stored.id = db.lastInsertedRowID
        for leave in assistant.leave { try addLeave(leave, assistant: stored.id) }
        return stored
    }

    @discardableResult
    public func addLeave(_ leave: Leave, assistant id: Int64) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO assistant_leave (assistant_id, first_day, last_day) VALUES (?, ?, ?)")
            .execute(arguments: [id, leave.first.description, leave.last.description])
        return db.lastInsertedRowID
    }

    /// Undo of a change set that added leave: the row goes.
    public func takeOffLeave(id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM assistant_leave WHERE id = ?").execute(arguments: [id])
    }

    /// Redo of a change set that added leave: the same row, id included, comes back.
    public func putBackLeave(_ journalled: JournalledLeave) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO assistant_leave (id, assistant_id, first_day, last_day) VALUES (?, ?, ?, ?)")
            .execute(arguments: [journalled.id, journalled.assistant, journalled.leave.first.description, journalled.leave.last.description])
    }

    public func removeAssistant(id: Int64, at instant: Int64) throws {
        try db.cachedStatement(sql: "UPDATE assistant SET removed_at = ? WHERE id = ? AND removed_at IS NULL").execute(arguments: [instant, id])
    }

    private func allLeave() throws -> [Int64: [Leave]] {
        var leave: [Int64: [Leave]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT assistant_id, first_day, last_day FROM assistant_leave
                    WHERE assistant_id IN (SELECT id FROM assistant WHERE removed_at IS NULL) ORDER BY assistant_id, first_day
                    """))
        {
            if let days = SQLiteTransaction.leave(row) { leave[row["assistant_id"], default: []].append(days) }
        }
        return leave
    }

    static func leave(_ row: Row) -> Leave? {
        guard let first = CivilDate(iso: Substring(row["first_day"] as String)),
            let last = CivilDate(iso: Substring(row["last_day"] as String))
        else { return nil }
        return Leave(first: first, last: last)
    }

    static func assistant(_ row: Row, leave: [Leave]) throws -> Assistant {
        let hours: WorkingHours
        do { hours = try WorkingHours(row["hours"]) } catch {
            throw StoreError("the stored hours of assistant \(row["id"] as Int64) cannot be read: \(error)")
        }
        let roles: String = row["roles"]
        return Assistant(
            id: row["id"], name: row["name"], roles: roles.split(separator: ",").map(String.init), zone: row["tz"],
            hours: hours, leave: leave)
    }
}

extension SQLiteTransaction {
    public func busyAssistants(from start: Int64, until end: Int64, excluding: [Int64]) throws -> Set<Int64> {
        // The range on start keeps to the index by start: an overlapping booking starts within a day before the slot.
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT id, assistant_id FROM booking
                    WHERE start > ? AND start < ? AND "end" > ? AND assistant_id IS NOT NULL AND status <> 'cancelled' AND is_deadline IS NOT 1
                    """), arguments: [start - longestBookingSeconds, end, start])
        // One row read in place after another, columns by position: rows made and looked up by name cost more
        // than the rest of the check.
        var busy: Set<Int64> = []
        while let row = try rows.next() {
            if excluding.isEmpty || !excluding.contains(row[0]) { busy.insert(row[1]) }
        }
        return busy
    }

    public func busyTimes(from start: Int64, until end: Int64) throws -> [BusyTime] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT assistant_id, start, "end" FROM booking
                    WHERE start > ? AND start < ? AND "end" > ? AND assistant_id IS NOT NULL AND status <> 'cancelled' AND is_deadline IS NOT 1
                    """), arguments: [start - longestBookingSeconds, end, start])
        var times: [BusyTime] = []
        while let row = try rows.next() { times.append(BusyTime(assistant: row[0], start: row[1], end: row[2])) }
        return times
    }

    public func bookedMinutes(of assistants: [Int64], startingFrom from: Int64, before to: Int64) throws -> [Int64: Int] {
        var minutes: [Int64: Int] = [:]
        guard !assistants.isEmpty else { return minutes }
        // The ids as a JSON array, so one prepared statement serves any number of people, each read from the
        // index by assistant and start (which holds the end, status and deadline flag too).
        let ids = "[" + assistants.map(String.init).joined(separator: ",") + "]"
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT assistant_id, SUM("end" - start) / 60 AS minutes FROM booking
                    WHERE assistant_id IN (SELECT value FROM json_each(?)) AND start >= ? AND start < ? AND status <> 'cancelled' AND is_deadline IS NOT 1
                    GROUP BY assistant_id
                    """), arguments: [ids, from, to])
        {
            minutes[row["assistant_id"]] = row["minutes"]
        }
        return minutes
    }

    public func lastAssistant(role: String) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT assistant_id FROM booking WHERE role = ? AND assistant_id IS NOT NULL ORDER BY id DESC LIMIT 1
                    """), arguments: [role])
    }
}
