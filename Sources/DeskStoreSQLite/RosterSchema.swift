import GRDB

/// The roster's tables (migration v11). An assistant taken off the roster keeps their row, marked removed,
/// so bookings they did keep their name; names are unique among those still on it.
enum RosterSchema {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE assistant (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL,
                  roles TEXT NOT NULL,
                  tz TEXT NOT NULL,
                  hours TEXT NOT NULL,
                  removed_at INTEGER
                );
                CREATE UNIQUE INDEX assistant_by_name ON assistant(name_key) WHERE removed_at IS NULL;
                CREATE TABLE assistant_leave (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  assistant_id INTEGER NOT NULL REFERENCES assistant(id),
                  first_day TEXT NOT NULL,
                  last_day TEXT NOT NULL
                );
                CREATE INDEX leave_by_assistant ON assistant_leave(assistant_id, first_day);
                ALTER TABLE booking ADD COLUMN assistant_id INTEGER;
                ALTER TABLE booking ADD COLUMN assigned_because TEXT;
                CREATE INDEX booking_by_assistant ON booking(assistant_id, start) WHERE assistant_id IS NOT NULL;
                CREATE INDEX booking_by_role_assigned ON booking(role, id) WHERE assistant_id IS NOT NULL;
                """)
    }
}
