import DeskKit
import PostgresNIO
import Understanding

extension PostgresTransaction {
    func assistants() throws -> [Assistant] {
        var leave: [Int64: [Leave]] = [:]
        for row in try session.run(
            """
            SELECT assistant_id, first_day, last_day FROM assistant_leave
            WHERE assistant_id IN (SELECT id FROM assistant WHERE removed_at IS NULL) ORDER BY assistant_id, first_day
            """)
        {
            let cells = row.makeRandomAccess()
            if let days = try Self.leave(first: cells[1].decode(String.self), last: cells[2].decode(String.self)) {
                leave[try cells[0].decode(Int64.self), default: []].append(days)
            }
        }
        return try session.run("SELECT id, name, roles, tz, hours FROM assistant WHERE removed_at IS NULL ORDER BY name_key, id").map { row in
            let id = try row.makeRandomAccess()[0].decode(Int64.self)
            return try Self.assistant(row, leave: leave[id] ?? [])
        }
    }

    func rosterCount() throws -> Int {
        Int(try session.number("SELECT count(*) FROM assistant WHERE removed_at IS NULL") ?? 0)
    }

    /// What `rosterStamp()` selects, as four columns.
    static let rosterStampColumns = """
        (SELECT count(*) FROM assistant WHERE removed_at IS NULL), (SELECT coalesce(max(id), 0) FROM assistant),
        (SELECT count(*) FROM assistant_leave), (SELECT coalesce(sum(id), 0)::bigint FROM assistant_leave)
        """

    func rosterStamp() throws -> RosterStamp {
        if let kept = session.reads.rosterStamp { return kept }
        guard let row = try session.run("SELECT \(Self.rosterStampColumns)").first else {
            return RosterStamp(count: 0, newest: 0, leave: 0, leaveIds: 0)
        }
        let stamp = try Self.rosterStamp(row.makeRandomAccess(), from: 0)
        session.reads.rosterStamp = stamp
        return stamp
    }

    static func rosterStamp(_ cells: PostgresRandomAccessRow, from first: Int) throws -> RosterStamp {
        RosterStamp(
            count: try cells[first].decode(Int64.self), newest: try cells[first + 1].decode(Int64.self),
            leave: try cells[first + 2].decode(Int64.self), leaveIds: try cells[first + 3].decode(Int64.self))
    }

    func assistant(id: Int64) throws -> Assistant? {
        guard let row = try session.run("SELECT id, name, roles, tz, hours FROM assistant WHERE id = $1", [.int(id)]).first else { return nil }
        let leave = try session.run("SELECT first_day, last_day FROM assistant_leave WHERE assistant_id = $1 ORDER BY first_day", [.int(id)])
            .compactMap { row in
                let cells = row.makeRandomAccess()
                return try Self.leave(first: cells[0].decode(String.self), last: cells[1].decode(String.self))
            }
        return try Self.assistant(row, leave: leave)
    }

    func insertAssistant(_ assistant: Assistant) throws -> Assistant {
        var stored = assistant
        stored.id =
            try session.number(
                "INSERT INTO assistant (name, name_key, roles, tz, hours) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                [
                    .text(assistant.name), .text(assistant.nameKey), .text(assistant.roles.joined(separator: ",")),
                    .text(assistant.zone), .text(assistant.hours.text)
                ]) ?? 0
        for leave in assistant.leave { try addLeave(leave, assistant: stored.id) }
        return stored
    }

    @discardableResult
    func addLeave(_ leave: Leave, assistant id: Int64) throws -> Int64 {
        try session.number(
            "INSERT INTO assistant_leave (assistant_id, first_day, last_day) VALUES ($1, $2, $3) RETURNING id",
            [.int(id), .text(leave.first.description), .text(leave.last.description)]) ?? 0
    }

    /// Undo of a change set that added leave: the row goes.
    func takeOffLeave(id: Int64) throws {
        try session.send("DELETE FROM assistant_leave WHERE id = $1", [.int(id)])
    }

    /// Redo of a change set that added leave: the same row, id included, comes back.
    func putBackLeave(_ journalled: JournalledLeave) throws {
        try session.send(
            """
            INSERT INTO assistant_leave (id, assistant_id, first_day, last_day) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO NOTHING
            """,
            [.int(journalled.id), .int(journalled.assistant), .text(journalled.leave.first.description), .text(journalled.leave.last.description)])
    }

    func removeAssistant(id: Int64, at instant: Int64) throws {
        try session.send("UPDATE assistant SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL", [.int(instant), .int(id)])
    }

    static func leave(first: String, last: String) -> Leave? {
        guard let first = CivilDate(iso: Substring(first)), let last = CivilDate(iso: Substring(last)) else { return nil }
        return Leave(first: first, last: last)
    }

    static func assistant(_ row: PostgresRow, leave: [Leave]) throws -> Assistant {
        let cells = row.makeRandomAccess()
        let id = try cells[0].decode(Int64.self)
        let hours: WorkingHours
        do { hours = try WorkingHours(try cells[4].decode(String.self)) } catch let problem as StaffProblem {
            throw StoreError("the stored hours of assistant \(id) cannot be read: \(problem)")
        }
        return Assistant(
            id: id, name: try cells[1].decode(String.self),
            roles: try cells[2].decode(String.self).split(separator: ",").map(String.init),
            zone: try cells[3].decode(String.self), hours: hours, leave: leave)
    }
}

extension PostgresTransaction {
    func busyAssistants(from start: Int64, until end: Int64, excluding: [Int64]) throws -> Set<Int64> {
        var busy: Set<Int64> = []
        for row in try session.run(
            """
            SELECT id, assistant_id FROM booking
            WHERE start > $1 AND start < $2 AND "end" > $3 AND assistant_id IS NOT NULL AND status <> 'cancelled'
              AND is_deadline IS NOT TRUE
            """, [.int(start - longestBookingSeconds), .int(end), .int(start)])
        {
            let cells = row.makeRandomAccess()
            if !excluding.contains(try cells[0].decode(Int64.self)) { busy.insert(try cells[1].decode(Int64.self)) }
        }
        return busy
    }

    func busyTimes(from start: Int64, until end: Int64) throws -> [BusyTime] {
        try session.run(
            """
            SELECT assistant_id, start, "end" FROM booking
            WHERE start > $1 AND start < $2 AND "end" > $3 AND assistant_id IS NOT NULL AND status <> 'cancelled'
              AND is_deadline IS NOT TRUE
            """, [.int(start - longestBookingSeconds), .int(end), .int(start)]
        ).map { row in
            let cells = row.makeRandomAccess()
            return BusyTime(assistant: try cells[0].decode(Int64.self), start: try cells[1].decode(Int64.self), end: try cells[2].decode(Int64.self))
        }
    }

    func bookedMinutes(of assistants: [Int64], startingFrom from: Int64, before to: Int64) throws -> [Int64: Int] {
        var minutes: [Int64: Int] = [:]
        guard !assistants.isEmpty else { return minutes }
        for row in try session.run(
            """
            SELECT assistant_id, (sum("end" - start) / 60)::bigint FROM booking
            WHERE assistant_id = ANY (string_to_array($3, ',')::bigint[]) AND start >= $1 AND start < $2
              AND status <> 'cancelled' AND is_deadline IS NOT TRUE
            GROUP BY assistant_id
            """, [.int(from), .int(to), .text(assistants.map(String.init).joined(separator: ","))])
        {
            let cells = row.makeRandomAccess()
            minutes[try cells[0].decode(Int64.self)] = Int(try cells[1].decode(Int64.self))
        }
        return minutes
    }

    func lastAssistant(role: String) throws -> Int64? {
        try session.number(
            "SELECT assistant_id FROM booking WHERE role = $1 AND assistant_id IS NOT NULL ORDER BY id DESC LIMIT 1",
            [.text(role)])
    }
}
