import DeskKit
import Foundation
import GRDB
import GRDBSQLite

/// The SQLite store: the only code that knows SQL. One database per desk; every user line
/// is one transaction, so a line's changes are all stored or none are.
/// Sendable by hand: `writer` serialises its own access, and the one mutable flag is behind a lock.
public final class SQLiteDeskStore: DeskStore, @unchecked Sendable {
    let writer: any DatabaseWriter
    public let path: String?
    private let syncLock = NSLock()
    /// Set by `deferSyncing()`: commits no longer wait for the disk until `syncToDisk()`.
    private var _syncDeferred = false
    private var syncDeferred: Bool {
        get { syncLock.withLock { _syncDeferred } }
        set { syncLock.withLock { _syncDeferred = newValue } }
    }

    /// Opens (creating if need be) the database at `path`; nil or ":memory:" keeps nothing.
    /// A file that is not a vadesk database, or is from a newer vadesk, is refused and left untouched.
    /// `createFolder` false refuses a path whose folder is missing instead of creating it: a path the
    /// owner gave is taken as said, so a typo does not leave new folders behind.
    public init(path: String?, createFolder: Bool = true) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        if let path, path != ":memory:" {
            self.path = path
            try SQLiteDeskStore.prepareFile(path, createFolder: createFolder)
            try SQLiteDeskStore.inspectBeforeWriting(path)
            do {
                let queue = try SQLiteDeskStore.retryingWhileBusy { try SQLiteDeskStore.openWriter(path, configuration: config) }
                // Read again on the connection that writes: another desk may have migrated the file since the look.
                let applied = try queue.writeWithoutTransaction { db in try SQLiteDeskStore.appliedMigrations(db.sqliteConnection) }
                // A file already at the latest schema needs none of the migrator's reads and writes, nor a pool.
                if let applied, SQLiteDeskStore.isCurrent(applied) {
                    writer = queue
                    return
                }
                // A new or older file is migrated, perhaps by several desks at once, through a pool as always:
                // its readers start with a fresh copy of the schema while other desks change it.
                try queue.close()
                let pool = try SQLiteDeskStore.retryingWhileBusy { try DatabasePool(path: path, configuration: config) }
                // GRDB sets NORMAL for WAL; a booking the desk has confirmed must survive a power cut too.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                writer = pool
            } catch {
                throw SQLiteDeskStore.describe(error, path: path)
            }
        } else {
            self.path = nil
            writer = try DatabaseQueue(configuration: config)
        }
        try migrate()
    }

    /// Releasing GRDB's queue removes it from the notification centre, a dynamic cast whose first use
    /// searches the runtime's conformances: a tenth of `echo help | vadesk`. Closing it is what matters.
    /// A pool is left to its release: closed by hand, its writer goes first, and the read-only readers
    /// closed after it cannot fold the write-ahead log back into the file.
    public func closeBeforeExit() -> Bool {
        guard let queue = writer as? DatabaseQueue else { return false }
        return (try? queue.close()) != nil
    }

    /// The desk's one connection to its file, in WAL mode with `synchronous = FULL`. One connection is all a
    /// desk uses on a file at the latest schema: it reads between its own writes.
    private static func openWriter(_ path: String, configuration: Configuration) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            let connection = db.sqliteConnection
            // WAL is kept in the file, so only a new file is switched to it; asking is not a write.
            if try texts(connection, sql: "PRAGMA journal_mode") != ["wal"] {
                guard try texts(connection, sql: "PRAGMA journal_mode = WAL") == ["wal"] else {
                    throw DatabaseError(message: "could not turn on write-ahead logging")
                }
            }
            // Kept per connection, not in the file: a booking the desk has confirmed must survive a power cut.
            _ = try texts(connection, sql: "PRAGMA synchronous = FULL")
        }
        return queue
    }

    /// Turning a new file to WAL needs the file to itself, and SQLite reports a clash there at once
    /// instead of waiting, so desks starting together on a new file try again for up to the busy timeout.
    private static func retryingWhileBusy<T>(_ open: () throws -> T) throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        var pauseMicroseconds: UInt32 = 1_000
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && clock.now < deadline {
                usleep(pauseMicroseconds + UInt32.random(in: 0...pauseMicroseconds))
                pauseMicroseconds = min(pauseMicroseconds * 2, 50_000)
            }
        }
    }

    private func migrate() throws {
        let migrator = SQLiteDeskStore.migrator
        do {
            let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded {
                throw StoreError("\(path ?? "the database") was written by a newer vadesk; upgrade vadesk to open it")
            }
            // Desks starting together on a new file race to migrate it. GRDB reads which steps are
            // applied before it takes the write lock, so a desk can try a step another desk has just
            // made, and fail; it can lose that way at every step. It tries again for as long as
            // some desk is getting on with the steps; a step that fails with nobody making progress
            // is a real failure and is reported.
            var applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
            while true {
                do {
                    try migrator.migrate(writer)
                    break
                } catch {
                    if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { break }
                    let now = try writer.read { db in try migrator.appliedIdentifiers(db) }
                    guard now != applied else { throw error }
                    applied = now
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw SQLiteDeskStore.describe(error, path: path ?? ":memory:")
        }
    }

    /// Creates the folder (0700) and an empty file (0600) so that nobody else can read bookings.
    private static func prepareFile(_ path: String, createFolder: Bool) throws {
        let fm = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError(
                "\(path) is a folder, not a database file; give a file inside it, like \((path as NSString).appendingPathComponent("desk.sqlite"))")
        }
        if !folder.isEmpty, !fm.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard createFolder else {
                throw StoreError(
                    "the folder \(folder) does not exist, so \(path) cannot be created; create the folder first (mkdir -p \(folder)) or check the path"
                )
            }
            if let problem = makeFolders(folder) {
                throw StoreError("cannot create the folder \(folder): \(problem)")
            }
        } else if !folder.isEmpty, !isFolder.boolValue {
            throw StoreError("\(folder) is a file, not a folder, so \(path) cannot be created there; check the path")
        }
        if !fm.fileExists(atPath: path) {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd < 0, errno != EEXIST {
                // The folder is known to exist here, so "no such file" means it takes no new files (/proc).
                let place = folder.isEmpty ? "." : folder
                let reason = errno == ENOENT ? "\(place) does not take new files; choose another place" : SafeFile.reason(errno, folder: place)
                throw StoreError("cannot create \(path): \(reason)")
            }
            if fd >= 0 { close(fd) }
        }
        // SQLite would open a write-protected file read-only and fail only at the first booking.
        if access(path, W_OK) != 0 {
            throw StoreError("\(path) is read-only (\(String(cString: strerror(errno)))); vadesk needs to write to it, so nothing was done")
        }
        let parent = folder.isEmpty ? "." : folder
        if access(parent, W_OK) != 0 {
            throw StoreError(
                "the folder \(parent) is read-only (\(String(cString: strerror(errno)))); vadesk keeps its journal beside \(path), so nothing was done"
            )
        }
    }

    /// Creates a folder and any missing parents (0700); nil on success, else what went wrong.
    private static func makeFolders(_ folder: String) -> String? {
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder, !FileManager.default.fileExists(atPath: parent), let problem = makeFolders(parent) {
            return problem
        }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            switch errno {
            case EACCES, EPERM: return "there is no permission to create it; check the path, or set --db to a place you can write to"
            case EROFS: return "the disk is read-only"
            case ENOSPC: return "the disk is full"
            default: return String(cString: strerror(errno)).lowercased()
            }
        }
        return nil
    }

    /// Opening for writing changes the file even when nothing is booked (SQLite sets up the journal),
    /// so a file that is not ours, is damaged, or is from a newer vadesk is first looked at read-only
    /// and refused with its bytes untouched. The look goes straight to SQLite: a second GRDB connection,
    /// made and closed again, cost more than the rest of opening the store.
    private static func inspectBeforeWriting(_ path: String) throws {
        var connection: OpaquePointer?
        defer { sqlite3_close(connection) }
        do {
            let opened = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil)
            guard opened == SQLITE_OK else { throw failure(connection, code: opened) }
            sqlite3_busy_timeout(connection, 10_000)
            // A table another desk is making just now is a new file's, not a newer vadesk's.
            let applied = try appliedMigrations(connection) ?? []
            if applied.contains(where: { !migrator.migrations.contains($0) }) {
                throw StoreError("\(path) was written by a newer vadesk; upgrade vadesk to open it. It has been left as it is")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw describe(error, path: path)
        }
    }

    /// The migrations applied to the file, by name; none for a new file. Reading the schema first also
    /// finds a file that is not a database, or is damaged. Nil when the table is listed but the connection
    /// cannot read it yet: another desk made it after the connection read the schema.
    private static func appliedMigrations(_ connection: OpaquePointer?) throws -> [String]? {
        let tables = try texts(connection, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'")
        if tables.isEmpty { return [] }
        do {
            return try texts(connection, sql: "SELECT identifier FROM grdb_migrations")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            return nil
        }
    }

    /// Whether every shipped migration, and nothing else, has been applied.
    private static func isCurrent(_ applied: [String]) -> Bool {
        let shipped = migrator.migrations
        return applied.count == shipped.count && shipped.allSatisfy(applied.contains)
    }

    /// The first column of every row of one statement, as text, read through SQLite's own interface:
    /// GRDB's generic fetching makes the runtime look up protocol conformances, which costs more at
    /// start-up than the few rows read.
    private static func texts(_ connection: OpaquePointer?, sql: String) throws -> [String] {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        let prepared = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK else { throw failure(connection, code: prepared) }
        var rows: [String] = []
        while true {
            let stepped = sqlite3_step(statement)
            if stepped == SQLITE_DONE { return rows }
            guard stepped == SQLITE_ROW else { throw failure(connection, code: stepped) }
            rows.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
    }

    private static func failure(_ connection: OpaquePointer?, code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) })
    }

    static func describe(_ error: Error, path: String) -> StoreError {
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return StoreError("\(path) is not a vadesk database, or it is damaged; it has been left as it is")
            case .SQLITE_READONLY:
                return StoreError("\(path) is read-only; vadesk needs to write to it")
            case .SQLITE_CANTOPEN:
                return StoreError("cannot open \(path): check that the folder exists and is writable")
            case .SQLITE_FULL:
                return StoreError("the disk holding \(path) is full; nothing was written")
            case .SQLITE_IOERR:
                // What the system said is not passed on by SQLite; a full disk or a file size limit is the usual cause.
                return StoreError(
                    "could not write to \(path) (\(db.message ?? "disk I/O error")): the disk may be full, or the file over a size limit")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return StoreError("\(path) is busy in another desk for too long; try again")
            case .SQLITE_PERM, .SQLITE_AUTH:
                return StoreError("no permission to use \(path)")
            default:
                return StoreError("database error on \(path): \(db.message ?? "\(db.resultCode)")")
            }
        }
        return StoreError("database error on \(path): \(error)")
    }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // Shipped migrations are never edited; later schema changes add new ones.
        migrator.registerMigration("v1 bookings and undo journal") { db in
            try db.execute(
                sql: """
                    CREATE TABLE booking (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      role TEXT NOT NULL,
                      start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      status TEXT NOT NULL,
                      task TEXT,
                      currency TEXT NOT NULL,
                      quote_minor INTEGER NOT NULL,
                      billable_minutes INTEGER NOT NULL,
                      created_at INTEGER NOT NULL,
                      request TEXT NOT NULL
                    );
                    CREATE INDEX booking_by_start ON booking(start);
                    CREATE TABLE change_set (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      made_at INTEGER NOT NULL,
                      request TEXT NOT NULL,
                      summary TEXT NOT NULL,
                      undone INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE change (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      change_set_id INTEGER NOT NULL REFERENCES change_set(id),
                      booking_id INTEGER NOT NULL,
                      before TEXT,
                      after TEXT
                    );
                    CREATE INDEX change_by_set ON change(change_set_id);
                    """)
        }
        migrator.registerMigration("v2 redo") { db in
            // Set when a change set is undone, cleared when it is redone or a new change makes it stale.
            try db.execute(sql: "ALTER TABLE change_set ADD COLUMN redoable INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v3 money: stored quotes, work done, deadlines, budgets, invoices") { db in
            try MoneySchema.create(db)
        }
        migrator.registerMigration("v4 indexes for large stores") { db in
            // The queries a line runs must not scan a store of a million bookings.
            try db.execute(
                sql: """
                    CREATE INDEX booking_by_start_status_quote ON booking(start, status, quote_minor);
                    CREATE INDEX booking_by_status_end ON booking(status, "end");
                    CREATE INDEX booking_by_invoice ON booking(invoice_id) WHERE invoice_id IS NOT NULL;
                    CREATE INDEX change_by_booking ON change(booking_id);
                    CREATE INDEX change_set_redoable ON change_set(redoable) WHERE redoable = 1;
                    """)
            // An invoice is journalled as one entry naming the invoice and the bookings it billed, not a
            // copy of every booking before and after: a month can bill thousands.
            try db.execute(sql: "ALTER TABLE change_set ADD COLUMN invoice_id INTEGER")
            try db.execute(sql: "ALTER TABLE change_set ADD COLUMN billed_ids TEXT")
        }
        migrator.registerMigration("v5 charge columns") { db in
            // A charge's net and tax as numbers, so an invoice sums thousands of bookings in SQL
            // instead of decoding every charge; filled here from the charges already stored.
            try db.execute(
                sql: """
                    ALTER TABLE booking ADD COLUMN charge_net_minor INTEGER;
                    ALTER TABLE booking ADD COLUMN charge_tax_minor INTEGER;
                    UPDATE booking SET
                      charge_net_minor = (SELECT COALESCE(SUM(json_extract(line.value, '$.amountMinor')), 0)
                                          FROM json_each(booking.charge_json, '$.lines') AS line
                                          WHERE json_extract(line.value, '$.kind') IS NOT 'tax'),
                      charge_tax_minor = (SELECT COALESCE(SUM(json_extract(line.value, '$.amountMinor')), 0)
                                          FROM json_each(booking.charge_json, '$.lines') AS line
                                          WHERE json_extract(line.value, '$.kind') = 'tax')
                    WHERE charge_json IS NOT NULL;
                    """)
        }
        migrator.registerMigration("v6 billing table") { db in
            // Which invoice billed a booking lives in a narrow table of its own: billing a month of
            // thousands of bookings then writes a small row each instead of rewriting every booking.
            // "invoiced" is no longer stored as a status; it is work done that has a billing row.
            // No foreign key: undo puts a booking back with INSERT OR REPLACE, which must not drop its billing.
            try db.execute(
                sql: """
                    CREATE TABLE billing (
                      booking_id INTEGER PRIMARY KEY,
                      invoice_id INTEGER NOT NULL
                    );
                    CREATE INDEX billing_by_invoice ON billing(invoice_id);
                    INSERT INTO billing (booking_id, invoice_id) SELECT id, invoice_id FROM booking WHERE invoice_id IS NOT NULL;
                    UPDATE booking SET status = 'done' WHERE status = 'invoiced';
                    DROP INDEX booking_by_invoice;
                    ALTER TABLE booking DROP COLUMN invoice_id;
                    """)
            // What an invoice sums, straight from an index: a month of 10,000 charges without reading their rows.
            try db.execute(
                sql: """
                    CREATE INDEX booking_charges ON booking(start, id, status, charge_net_minor, charge_tax_minor)
                    WHERE charge_net_minor IS NOT NULL AND status IN ('done', 'cancelled');
                    """)
        }
        migrator.registerMigration("v7 journal found by id range") { db in
            // A line's changes are inserted together, so their ids are one run: the change set keeps
            // the first and last, and undo reads that range by id. The two indexes on change go, and
            // with them two of the pages every line wrote to the log.
            try db.execute(
                sql: """
                    ALTER TABLE change_set ADD COLUMN first_change_id INTEGER;
                    ALTER TABLE change_set ADD COLUMN last_change_id INTEGER;
                    UPDATE change_set SET
                      first_change_id = (SELECT MIN(id) FROM change WHERE change_set_id = change_set.id),
                      last_change_id = (SELECT MAX(id) FROM change WHERE change_set_id = change_set.id);
                    DROP INDEX change_by_set;
                    DROP INDEX change_by_booking;
                    """)
        }
        migrator.registerMigration("v8 one index by start") { db in
            // Ordered by start then id, it gives a listing its order and covers the counts and totals of a range
            // (status, quote): it replaces the index by start and the one by start, status and quote, so
            // a new booking writes one index page fewer.
            try db.execute(
                sql: """
                    CREATE INDEX booking_by_start_id ON booking(start, id, status, quote_minor);
                    DROP INDEX booking_by_start;
                    DROP INDEX booking_by_start_status_quote;
                    """)
        }
        migrator.registerMigration("v9 one booking made, kept on its change set") { db in
            // Most lines make one booking and change nothing else. Such a set keeps the booking's id itself,
            // with no row in change: one row and one page fewer for every booking line.
            try db.execute(
                sql: """
                    ALTER TABLE change_set ADD COLUMN made_id INTEGER;
                    ALTER TABLE change_set ADD COLUMN made_after TEXT;
                    """)
        }
        migrator.registerMigration("v10 owed column") { db in
            // What each booking is owed, as the engine works it out, in a column of its own: sums need no
            // knowledge of statuses or of the stored JSON's keys. Filled here by the rule as it stood; the
            // index by start holds it instead of the quote, so a listing's totals still come from the index.
            try db.execute(
                sql: """
                    ALTER TABLE booking ADD COLUMN owed_minor INTEGER NOT NULL DEFAULT 0;
                    UPDATE booking SET owed_minor = CASE status WHEN 'booked' THEN quote_minor
                      WHEN 'cancelled' THEN COALESCE(json_extract(charge_json, '$.totalMinor'), 0)
                      ELSE COALESCE(json_extract(charge_json, '$.totalMinor'), quote_minor) END;
                    DROP INDEX booking_by_start_id;
                    CREATE INDEX booking_by_start_id ON booking(start, id, status, owed_minor);
                    """)
        }
        migrator.registerMigration("v11 budget changes journalled") { db in
            // Setting the monthly budget is a change set of its own: the budget before (NULL for none) and
            // after, so undo and redo step through it in turn with the bookings.
            try db.execute(
                sql: """
                    ALTER TABLE change_set ADD COLUMN budget_set INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE change_set ADD COLUMN budget_before INTEGER;
                    ALTER TABLE change_set ADD COLUMN budget_after INTEGER;
                    """)
        }
        migrator.registerMigration("v12 roster: assistants, leave, who does each booking") { db in
            try RosterSchema.create(db)
        }
        migrator.registerMigration("v13 one booking at a time per assistant") { _ in
            // PostgreSQL adds an exclusion constraint here. SQLite has one writer at a time, and the desk's check
            // and insert share its write transaction, so the rule holds without one; the version keeps both
            // backends' schemas at the same level.
        }
        migrator.registerMigration("v14 leave journalled") { db in
            // Leave said at the desk or given with `staff leave` is a change set of its own, with the bookings it
            // handed over: the leave row's id and what it held, so undo takes it off and redo puts it back.
            try db.execute(
                sql: """
                    ALTER TABLE change_set ADD COLUMN leave_id INTEGER;
                    ALTER TABLE change_set ADD COLUMN leave_assistant_id INTEGER;
                    ALTER TABLE change_set ADD COLUMN leave_first_day TEXT;
                    ALTER TABLE change_set ADD COLUMN leave_last_day TEXT;
                    """)
        }
        migrator.registerMigration("v15 each assistant's booked time from the index") { db in
            // Fairness sums the hours of the people free for a slot over four weeks: read from the first index alone,
            // one short range per person. Who is busy around a slot, and the roster's questions, read the second
            // alone, one range by start. Neither reads a booking row.
            try db.execute(
                sql: """
                    DROP INDEX booking_by_assistant;
                    CREATE INDEX booking_by_assistant ON booking(assistant_id, start, "end", status, is_deadline) WHERE assistant_id IS NOT NULL;
                    CREATE INDEX booking_assigned_by_start ON booking(start, "end", assistant_id, status, is_deadline) WHERE assistant_id IS NOT NULL;
                    """)
        }
        return migrator
    }()

    /// Group commit: from now on a commit does not wait for the disk, and `syncToDisk()` makes every
    /// commit so far durable with one wait. The caller must show no answer before the sync that keeps it;
    /// pipe mode syncs a batch of lines, then prints their replies. A crash of vadesk loses nothing
    /// committed either way (WAL); a power cut can lose only lines whose replies were not yet shown.
    public func deferSyncing() throws {
        guard let path else { return }
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A longer log between checkpoints: pages that every line touches (the newest leaf of each
                // index) are copied back once per checkpoint, so fewer checkpoints copy fewer pages.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 4000")
            }
        } catch {
            throw SQLiteDeskStore.describe(error, path: path)
        }
        syncDeferred = true
    }

    /// Waits until every commit so far is on disk: the write-ahead log they are in is flushed, as
    /// `synchronous = FULL` does at each commit. (SQLite flushes it anyway before copying it into the database.)
    public func syncToDisk() throws {
        guard syncDeferred, let path else { return }
        let log = path + "-wal"
        let fd = open(log, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            // No log: nothing written since the last desk closed, which leaves everything in the database, synced.
            if errno == ENOENT { return }
            throw StoreError("cannot open \(log) to write it to disk: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        if fsync(fd) != 0 {
            throw StoreError("could not write \(log) to disk: \(String(cString: strerror(errno)))")
        }
    }

    /// Runs one user line's reads and writes as a single transaction.
    /// Another desk holding the file longer than the busy timeout is retried twice before giving up.
    public func transaction<T>(_ body: (any DeskTransaction) throws -> T) throws -> T {
        for attempt in 1... {
            do {
                return try writer.writeWithoutTransaction { db in
                    try SQLiteDeskStore.inTransaction(db, immediate: true) { try body(SQLiteTransaction(db: db)) }
                }
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError where attempt < 3 && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                continue
            } catch let error as DatabaseError {
                throw SQLiteDeskStore.describe(error, path: path ?? ":memory:")
            }
        }
        fatalError("unreachable: the last attempt returns or throws")
    }

    /// Runs `body` in a transaction whose BEGIN and COMMIT are prepared once and kept with the connection
    /// (GRDB prepares both afresh for each of its transactions, a measurable part of a pipe line's cost).
    /// A write begins IMMEDIATE, taking the write lock at once, so it never fails half way to upgrade a read.
    private static func inTransaction<T>(_ db: Database, immediate: Bool, _ body: () throws -> T) throws -> T {
        try db.cachedStatement(sql: immediate ? "BEGIN IMMEDIATE TRANSACTION" : "BEGIN DEFERRED TRANSACTION").execute()
        do {
            let result = try body()
            try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
            return result
        } catch {
            // Whatever failed, the body or the commit, nothing of the line is kept.
            if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK TRANSACTION") }
            throw error
        }
    }

    /// Read-only access in a deferred transaction, which never waits for a writer in WAL mode.
    /// It runs on the desk's own connection: a desk reads between its writes, one line at a time, and
    /// a second connection would cost every read a snapshot of its own (and an in-memory store has none).
    public func read<T>(_ body: (any DeskTransaction) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                try SQLiteDeskStore.inTransaction(db, immediate: false) { try body(SQLiteTransaction(db: db)) }
            }
        } catch let error as DatabaseError {
            throw SQLiteDeskStore.describe(error, path: path ?? ":memory:")
        }
    }
}
