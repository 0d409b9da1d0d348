import DeskKit
import Foundation
import NIOCore
import PostgresNIO

/// The shared store: one PostgreSQL database (or schema) per desk, used by any number of desks at once.
/// Every user line is one transaction, and write transactions take turns under one advisory lock, so desks
/// on several machines see the same rules hold as one desk on one SQLite file (budgets, duplicates, undo,
/// ids). A serialization failure or deadlock, should the server report one, rolls the line back and it runs
/// again, a bounded number of times; a line is never applied twice.
/// Sendable by hand: the one connection is used under `lock`, one line at a time.
public final class PostgresDeskStore: DeskStore, @unchecked Sendable {
    public let url: PostgresURL
    private let session: PostgresSession
    private let lock = NSLock()
    /// How often a line that lost a serialization race runs again before the desk gives up on it.
    public static let attempts = 30

    /// The URL with its password left out.
    public var path: String? { url.description }

    /// Connects and brings the schema up to date; a database that is not a desk's, or is from a newer vadesk,
    /// is refused and left untouched.
    public convenience init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(url: try PostgresURL(text, environment: environment))
    }

    public init(url: PostgresURL) throws {
        self.url = url
        session = PostgresSession(url: url)
        try lock.withLock {
            try session.connectIfNeeded()
            try checkServerVersion()
            try migrate()
        }
    }

    private func checkServerVersion() throws {
        let version = try describing { try session.number("SELECT current_setting('server_version_num')::bigint") } ?? 0
        if let problem = PostgresDeskStore.serverTooOld(version, at: url.description) { throw StoreError(problem) }
    }

    /// Why a server reporting `version` (its `server_version_num`) cannot hold a desk, or nil when it can.
    public static func serverTooOld(_ version: Int64, at place: String) -> String? {
        guard version < PostgresSchema.oldestServer else { return nil }
        // Since version 10 the number is major × 10,000 + minor; before it, major × 10,000 + minor × 100 + patch.
        let shown = version >= 100_000 ? "\(version / 10_000).\(version % 10_000)" : "\(version / 10_000).\(version % 10_000 / 100)"
        return "the PostgreSQL server at \(place) is version \(shown); vadesk needs \(PostgresSchema.oldestServerName) or newer"
    }

    /// Creates an empty schema for a desk on the server `url` names and returns the URL of a desk kept in it:
    /// for benchmarks and set-up scripts; the role needs CREATE on the database.
    public static func createSchema(_ name: String, at url: String) throws -> String {
        let parsed = try PostgresURL(url)
        _ = try PostgresURL.schemaName(name) { StoreError("\(name) is not a schema name vadesk can use: \($0)") }
        let session = PostgresSession(url: parsed)
        do {
            try session.connectIfNeeded()
            try session.run("CREATE SCHEMA \(name)")
        } catch let failure as PostgresFailure {
            throw storeError(failure)
        }
        return url + (url.contains("?") ? "&" : "?") + "search_path=\(name)"
    }

    // MARK: Migrations

    /// Runs the migrations not yet applied, in one transaction under an advisory lock: desks starting together
    /// on an empty database wait for the first, which then finds everything done. Refusals roll back, so the
    /// database is left exactly as it was.
    private func migrate() throws {
        try describing {
            try session.run("BEGIN")
            do {
                try session.run("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.migrationLock)])
                let pending = try pendingMigrations()
                for migration in pending {
                    for statement in migration.statements { try session.run(statement) }
                    try session.run(
                        "INSERT INTO vadesk_migration (identifier, applied_at) VALUES ($1, $2)",
                        [.text(migration.identifier), .int(Int64(Date().timeIntervalSince1970))])
                }
                if pending.isEmpty { try session.run("ROLLBACK") } else { try session.commit() }
            } catch {
                session.rollback()
                throw error
            }
        }
    }

    /// What is left to apply; throws for a database that is not a desk's or is from a newer vadesk.
    private func pendingMigrations() throws -> [PostgresSchema.Migration] {
        guard let schemaRow = try session.run("SELECT current_schema()").first,
            let schema = try schemaRow.makeRandomAccess()[0].decode(String?.self)
        else {
            let named = url.schema.map { "the schema \($0)" } ?? "a schema on the search path"
            throw PostgresFailure.failed(
                StoreError(
                    "\(url.description) has no \(named) to keep the desk in; create it first (CREATE SCHEMA \(url.schema ?? "desk") AUTHORIZATION \(url.user))"
                ))
        }
        let hasJournal =
            try session.number(
                "SELECT count(*) FROM pg_tables WHERE schemaname = $1 AND tablename = 'vadesk_migration'",
                [.text(schema)]) ?? 0
        if hasJournal == 0 {
            let others =
                try session.number(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'm', 'p', 'f')",
                    [.text(schema)]) ?? 0
            if others > 0 {
                throw PostgresFailure.failed(
                    StoreError(
                        "\(url.description) is not a vadesk database: the schema \(schema) holds other tables; it has been left as it is (give the desk a database or schema of its own)"
                    ))
            }
            try session.run("CREATE TABLE vadesk_migration (identifier TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)")
            return PostgresSchema.migrations
        }
        let applied = Set(try session.run("SELECT identifier FROM vadesk_migration").map { try $0.makeRandomAccess()[0].decode(String.self) })
        let known = Set(PostgresSchema.migrations.map(\.identifier))
        if !applied.isSubset(of: known) {
            throw PostgresFailure.failed(
                StoreError("\(url.description) was written by a newer vadesk; upgrade vadesk to open it. It has been left as it is"))
        }
        return PostgresSchema.migrations.filter { !applied.contains($0.identifier) }
    }

    // MARK: Transactions

    /// Runs one user line as one transaction, holding the desks' write lock. A serialization failure or deadlock (40001, 40P01)
    /// rolls it back and runs the line again, at most `attempts` times with a growing random pause. A lost
    /// connection before COMMIT was sent provably stored nothing: the line runs again once on a new connection.
    /// A connection lost during COMMIT leaves the outcome to the server: the desk asks it after reconnecting.
    public func transaction<T>(_ body: (any DeskTransaction) throws -> T) throws -> T {
        try lock.withLock {
            var reconnected = false
            var pause: UInt32 = 500
            for attempt in 1...PostgresDeskStore.attempts {
                var xid: (answer: EventLoopFuture<PostgresQueryResult>, column: Int)?
                do {
                    try describing { try session.connectIfNeeded() }
                    // One writer at a time, as on SQLite (BEGIN IMMEDIATE): the lock is taken before any read, and
                    // READ COMMITTED gives every statement after it a snapshot that holds all earlier lines, so
                    // lines apply in one order and a check (budget, duplicate) always sees the line before it.
                    try session.begin("BEGIN ISOLATION LEVEL READ COMMITTED")
                    try session.send("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.writeLock)])
                    let result = try body(PostgresTransaction(session: session))
                    // A line that wrote nothing has no id to ask about: if its COMMIT is lost, it runs again.
                    if session.wrote { xid = try session.transactionId ?? (session.send("SELECT txid_current()"), 0) }
                    try session.commit()
                    return result
                } catch PostgresFailure.retryable(let message) {
                    session.rollback()
                    if attempt == PostgresDeskStore.attempts {
                        throw StoreError("other desks kept changing the same bookings (\(message)); tried \(attempt) times, nothing was stored")
                    }
                    usleep(pause + UInt32.random(in: 0...pause))
                    pause = min(pause * 2, 20_000)
                } catch PostgresFailure.lost(let message) {
                    session.disconnect()
                    if let xid, let id = PostgresSession.number(in: xid.answer, column: xid.column) {
                        // COMMIT was sent: whether it happened is the server's to say once it is back.
                        guard let committed = try? committedAfterReconnecting(id) else {
                            throw StoreError(
                                "the connection to \(url.description) was lost while committing (\(message)); whether this line was stored is not known: check with \"history\" once the server is back",
                                outcome: .unknown)
                        }
                        if committed {
                            throw StoreError(
                                "the connection was lost just after this line was stored; it was stored (see \"history\")", outcome: .kept)
                        }
                    }
                    if reconnected {
                        throw StoreError("the connection to \(url.description) was lost (\(message)); this line was not stored")
                    }
                    reconnected = true
                    do { try session.connectIfNeeded() } catch {
                        throw StoreError(
                            "the connection to \(url.description) was lost (\(message)) and could not be made again; this line was not stored")
                    }
                } catch let failure as PostgresFailure {
                    session.rollback()
                    throw PostgresDeskStore.storeError(failure)
                } catch {
                    // The engine's own refusal (StartedWork, a reply that wrote nothing): nothing of the line is kept.
                    if session.isConnected { session.rollback() }
                    throw error
                }
            }
            throw StoreError("unreachable: the last attempt returns or throws")
        }
    }

    /// The outcome of a commit whose answer was lost: true committed, false provably not.
    private func committedAfterReconnecting(_ xid: Int64) throws -> Bool {
        try session.connectIfNeeded()
        let rows = try session.run("SELECT txid_status($1)", [.int(xid)])
        let status = try rows.first?.makeRandomAccess()[0].decode(String?.self)
        return status == "committed"
    }

    /// Reads in a snapshot of their own (REPEATABLE READ, READ ONLY), which never blocks a writer. Most reads are
    /// one statement, whose own snapshot is already the read's: it is sent alone, without BEGIN and COMMIT. A read
    /// that asks for a second statement stops there and runs again inside a transaction. A lost connection is made
    /// again once and the reads run again: they changed nothing.
    public func read<T>(_ body: (any DeskTransaction) throws -> T) throws -> T {
        try lock.withLock {
            var lost = false
            var standalone = true
            while true {
                do {
                    try describing { try session.connectIfNeeded() }
                    if standalone {
                        session.beginStandaloneRead()
                        defer { session.endStandaloneRead() }
                        return try body(PostgresTransaction(session: session))
                    }
                    try session.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    let result = try body(PostgresTransaction(session: session))
                    // A read-only COMMIT stores nothing, so nothing waits for it: the next statement settles it.
                    try session.send("COMMIT")
                    return result
                } catch PostgresFailure.needsTransaction {
                    standalone = false
                } catch PostgresFailure.lost(let message) {
                    session.disconnect()
                    if lost { throw StoreError("the connection to \(url.description) was lost (\(message))") }
                    lost = true
                } catch let failure as PostgresFailure {
                    if !standalone { session.rollback() }
                    throw PostgresDeskStore.storeError(failure)
                } catch {
                    if !standalone, session.isConnected { session.rollback() }
                    throw error
                }
            }
        }
    }

    // MARK: Group commit

    /// Group commit, as on SQLite: commits stop waiting for the server's disk (synchronous_commit = off), and
    /// `syncToDisk()` waits once for every commit so far. The caller shows no answer before that sync.
    public func deferSyncing() throws {
        try lock.withLock {
            session.syncDeferred = true
            try describing { try session.run("SET synchronous_commit = off") }
        }
    }

    /// A durable commit of a transaction that has an id: the server flushes its log up to that commit, and so
    /// every commit this desk made before it.
    public func syncToDisk() throws {
        try lock.withLock {
            guard session.syncDeferred else { return }
            if session.lostUnsyncedCommits {
                session.lostUnsyncedCommits = false
                throw StoreError("the connection to \(url.description) was lost before the latest lines were made durable; they may not be stored")
            }
            // Lines that wrote nothing since the last sync leave nothing to make durable.
            guard session.unsyncedCommits > 0 else { return }
            try describing {
                try session.send("BEGIN")
                try session.send("SET LOCAL synchronous_commit = on")
                try session.send("SELECT txid_current()")
                try session.commit()
            }
            session.unsyncedCommits = 0
        }
    }

    /// A PostgreSQL desk is copied with the server's own tools.
    public func backup(to destination: String) throws -> BackupSummary {
        throw StoreError(PostgresDeskStore.backupAdvice(url))
    }

    public static func backupAdvice(_ url: PostgresURL) -> String {
        "a PostgreSQL desk is backed up with pg_dump, not vadesk backup: pg_dump --format=custom --file=FILE '\(url.description)'"
            + (url.schema.map { " --schema=\($0)" } ?? "") + "; restore with pg_restore"
    }

    /// Runs `body`, turning the session's failures into messages.
    private func describing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as PostgresFailure { throw PostgresDeskStore.storeError(failure) }
    }

    static func storeError(_ failure: PostgresFailure) -> StoreError {
        switch failure {
        case .failed(let error): return error
        case .lost(let message): return StoreError("the connection to the PostgreSQL server was lost (\(message))")
        case .retryable(let message): return StoreError("the line clashed with another desk's (\(message)); nothing was stored")
        case .needsTransaction: return StoreError("a read of one statement asked for a second outside a transaction")
        }
    }
}
