import DeskKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// A value bound to a statement's `$n`.
enum Bind {
    case int(Int64?)
    case text(String?)
    case bool(Bool?)
}

/// Why a statement failed, in the terms the store acts on.
enum PostgresFailure: Error {
    /// Serialization failure or deadlock: the transaction was rolled back and may run again.
    case retryable(String)
    /// The connection is gone; nothing more can be sent on it.
    case lost(String)
    /// Anything else, described for the owner.
    case failed(StoreError)
    /// A read begun as one statement of its own asked for a second: it runs again inside a transaction.
    case needsTransaction
}

/// Reads a transaction makes once and answers again from memory until it writes: under the write lock (or in a
/// read's snapshot) no other desk can change them meanwhile. A duplicate check brings the roster's stamp and the
/// monthly budget with it, which a booking line reads next.
struct TransactionReads {
    var rosterStamp: RosterStamp?
    /// The monthly budget, once read: `.some(nil)` when none is set.
    var monthlyBudget: Int64??
}

/// One connection to the server, used synchronously: the engine is synchronous, so the client runs its own
/// event loop thread and the calling line waits for each answer it needs. Statements whose answers the line
/// does not need (BEGIN, journal bookkeeping) are sent without waiting, and queue behind one another on the
/// connection; the next awaited statement or the COMMIT reports any failure among them.
/// Not thread-safe: the store serialises its use.
final class PostgresSession {
    let url: PostgresURL
    private let group: MultiThreadedEventLoopGroup
    private let logger = Logger(label: "vadesk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private var connection: PostgresConnection?
    private var unanswered: [EventLoopFuture<PostgresQueryResult>] = []
    /// The answer holding the open transaction's id (txid_current()) in the column given, when a statement of it
    /// asked already: a write that returns it spares the line a statement of its own before COMMIT.
    var transactionId: (answer: EventLoopFuture<PostgresQueryResult>, column: Int)?
    /// Whether the open transaction has sent anything but a SELECT: a transaction that wrote nothing needs no
    /// id to ask about after a lost COMMIT (running it again changes nothing) and no durable sync.
    private(set) var wrote = false
    /// What the open transaction read once and keeps until it writes (see `TransactionReads`).
    var reads = TransactionReads()
    /// A read outside a transaction, its one statement a snapshot of its own: false until that statement is sent,
    /// true after it; nil inside a transaction.
    private(set) var standaloneReadSent: Bool?
    /// Group commit: commits on this session don't wait for the server's disk (set on every new connection).
    var syncDeferred = false
    /// Commits made without waiting for the server's disk since the last durable one (group commit).
    var unsyncedCommits = 0
    /// Set when a connection went away holding such commits: a crash may have lost them, and no later
    /// sync on a new connection can vouch for them.
    var lostUnsyncedCommits = false

    init(url: PostgresURL) {
        self.url = url
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    deinit {
        if let connection { _ = try? connection.close().wait() }
        try? group.syncShutdownGracefully()
    }

    var isConnected: Bool { connection.map { !$0.isClosed } ?? false }

    /// Connects if there is no live connection; a failure is described for the owner.
    func connectIfNeeded() throws {
        if isConnected { return }
        connection = nil
        unanswered = []
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: try tls())
        configuration.options.connectTimeout = .seconds(Int64(url.connectTimeout))
        if url.tls == .verifyFull { configuration.options.tlsServerName = url.host }
        var parameters: [(String, String)] = [("application_name", url.applicationName ?? "vadesk")]
        if let schema = url.schema { parameters.append(("search_path", schema)) }
        configuration.options.additionalStartupParameters = parameters
        do {
            connection = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw describeConnectFailure(error)
        }
        // Every query the desk runs has an index made for it; a small table would otherwise be scanned whole.
        try run("SET enable_seqscan = off")
        if syncDeferred { try run("SET synchronous_commit = off") }
    }

    /// Drops the connection, after a failure that left it unusable.
    func disconnect() {
        if let connection { _ = try? connection.close().wait() }
        connection = nil
        unanswered = []
        if unsyncedCommits > 0 { lostUnsyncedCommits = true }
        unsyncedCommits = 0
    }

    /// Starts a transaction with `sql` (BEGIN …), sent without waiting: nothing of it is written or read yet.
    func begin(_ sql: String) throws {
        try send(sql)
        transactionId = nil
        wrote = false
        reads = TransactionReads()
    }

    /// Starts a read that runs its first statement alone, without BEGIN or COMMIT (see `PostgresDeskStore.read`).
    func beginStandaloneRead() {
        transactionId = nil
        wrote = false
        reads = TransactionReads()
        standaloneReadSent = false
    }

    /// Ends a read begun by `beginStandaloneRead`.
    func endStandaloneRead() {
        standaloneReadSent = nil
    }

    /// Every statement but a SELECT may write; once one has been sent, what the transaction read and kept is read again.
    /// A standalone read's second statement stops it, to run again inside a transaction.
    private func noteWrite(_ sql: String) throws {
        if let sent = standaloneReadSent {
            if sent { throw PostgresFailure.needsTransaction }
            standaloneReadSent = true
        }
        guard !sql.hasPrefix("SELECT") else { return }
        wrote = true
        reads = TransactionReads()
    }

    /// Sends a statement without waiting for its answer, which the returned future holds.
    @discardableResult
    func send(_ sql: String, _ binds: [Bind] = []) throws -> EventLoopFuture<PostgresQueryResult> {
        guard let connection, !connection.isClosed else { throw PostgresFailure.lost("the connection is closed") }
        try noteWrite(sql)
        let future = connection.query(PostgresQuery(unsafeSQL: sql, binds: try PostgresSession.bindings(binds)), logger: logger)
        unanswered.append(future)
        return future
    }

    /// A column of the first row of an answer already received, as a number.
    static func number(in future: EventLoopFuture<PostgresQueryResult>, column: Int = 0) -> Int64? {
        guard let result = try? future.wait(), let row = result.rows.first else { return nil }
        return try? row.makeRandomAccess()[column].decode(Int64?.self)
    }

    /// Runs a statement and waits for its rows; a failure of a statement sent before it is reported first.
    @discardableResult
    func run(_ sql: String, _ binds: [Bind] = []) throws -> [PostgresRow] {
        guard let connection, !connection.isClosed else { throw PostgresFailure.lost("the connection is closed") }
        try noteWrite(sql)
        let future = connection.query(PostgresQuery(unsafeSQL: sql, binds: try PostgresSession.bindings(binds)), logger: logger)
        let outcome = Result { try future.wait() }
        try settleUnanswered()
        switch outcome {
        case .success(let result): return Array(result.rows)
        case .failure(let error): throw classify(error)
        }
    }

    /// Waits for the rows of a statement sent earlier; a failure of one sent before it is reported first.
    func rows(of sent: EventLoopFuture<PostgresQueryResult>) throws -> [PostgresRow] {
        try settleUnanswered()
        do { return Array(try sent.wait().rows) } catch { throw classify(error) }
    }

    /// Sends a write whose answer holds the transaction's id in `column`, kept for a COMMIT whose answer is lost.
    @discardableResult
    func sendNamingTransaction(_ sql: String, _ binds: [Bind], column: Int = 0) throws -> EventLoopFuture<PostgresQueryResult> {
        let sent = try send(sql, binds)
        if transactionId == nil { transactionId = (sent, column) }
        return sent
    }

    /// Commits, and makes sure the server did: COMMIT of a transaction a failed statement aborted answers
    /// ROLLBACK without an error, which must not pass for a stored line.
    func commit() throws {
        guard let connection, !connection.isClosed else { throw PostgresFailure.lost("the connection is closed") }
        let future = connection.query("COMMIT", logger: logger)
        let outcome = Result { try future.wait() }
        try settleUnanswered()
        switch outcome {
        case .success(let result) where result.metadata.command == "COMMIT":
            if syncDeferred, wrote { unsyncedCommits += 1 }
        case .success: throw PostgresFailure.failed(StoreError("the server rolled the line back; nothing was stored"))
        case .failure(let error): throw classify(error)
        }
    }

    /// Ends a failed transaction; a connection that is gone has nothing to roll back.
    func rollback() {
        guard isConnected else { return }
        _ = try? run("ROLLBACK")
    }

    /// Waits for the statements sent without waiting, throwing the first failure among them.
    func settleUnanswered() throws {
        let waiting = unanswered
        unanswered = []
        var first: Error?
        for future in waiting {
            do { _ = try future.wait() } catch { if first == nil { first = error } }
        }
        if let first { throw classify(first) }
    }

    /// The first row's first column as a number.
    func number(_ sql: String, _ binds: [Bind] = []) throws -> Int64? {
        guard let row = try run(sql, binds).first else { return nil }
        return try row.makeRandomAccess()[0].decode(Int64?.self)
    }

    private static func bindings(_ binds: [Bind]) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case .int(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            case .bool(let value): bindings.append(value)
            }
        }
        return bindings
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch url.tls {
        case .disable: return .disable
        case .allow, .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: configuration) } catch {
            throw PostgresFailure.failed(StoreError("cannot set up TLS for \(url.description): \(error)"))
        }
        return url.tls == .allow || url.tls == .prefer ? .prefer(context) : .require(context)
    }

    /// The server's SQLSTATE of a failure, if it sent one.
    static func sqlState(_ error: Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    private static func serverMessage(_ error: Error) -> String {
        if let psql = error as? PSQLError, let message = psql.serverInfo?[.message] { return message }
        if let psql = error as? PSQLError, let underlying = psql.underlying { return "\(underlying)" }
        return "\(error)"
    }

    /// A statement's failure as the store acts on it.
    func classify(_ error: Error) -> Error {
        if let failure = error as? PostgresFailure { return failure }
        guard let psql = error as? PSQLError else { return PostgresFailure.failed(StoreError("PostgreSQL error on \(url.description): \(error)")) }
        switch psql.code {
        case .server:
            let state = PostgresSession.sqlState(psql) ?? ""
            let message = PostgresSession.serverMessage(psql)
            switch state {
            case "40001", "40P01": return PostgresFailure.retryable(message)
            // The overlap constraint (v13): another writer gave the assistant that time first. Run again, the
            // line's assignment sees that booking and picks someone else or offers alternatives.
            case "23P01": return PostgresFailure.retryable(message)
            // The server shutting down or restarting, or the connection cut under it.
            case "57P01", "57P02", "57P03", "08000", "08003", "08006":
                disconnect()
                return PostgresFailure.lost(message)
            case "42501": return PostgresFailure.failed(StoreError("the role \(url.user) may not do that on \(url.description): \(message)"))
            case "53100": return PostgresFailure.failed(StoreError("the PostgreSQL server's disk is full; nothing was written"))
            default: return PostgresFailure.failed(StoreError("PostgreSQL error \(state) on \(url.description): \(message)"))
            }
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
            disconnect()
            return PostgresFailure.lost(PostgresSession.serverMessage(psql))
        default:
            return PostgresFailure.failed(StoreError("PostgreSQL error on \(url.description): \(PostgresSession.serverMessage(psql))"))
        }
    }

    /// Why a connection could not be made, in one line naming the URL without its password.
    private func describeConnectFailure(_ error: Error) -> StoreError {
        let place = url.description
        if let failure = error as? PostgresFailure, case .failed(let store) = failure { return store }
        guard let psql = error as? PSQLError else { return StoreError("cannot connect to \(place): \(error)") }
        let passwordHint = url.passwordFileNote.map { " (\($0))" } ?? ""
        switch psql.code {
        case .server:
            let message = PostgresSession.serverMessage(psql)
            switch PostgresSession.sqlState(psql) ?? "" {
            case "28P01":
                return StoreError("the PostgreSQL server refused the password for \(url.user) at \(place)\(passwordHint)")
            case "28000":
                return StoreError("the PostgreSQL server does not let \(url.user) connect to \(place): \(message)")
            case "3D000":
                return StoreError("there is no database \(url.database) on the server at \(place); create it first (createdb \(url.database))")
            case "57P03":
                return StoreError("the PostgreSQL server at \(place) is starting up or shutting down; try again shortly")
            case "53300":
                return StoreError("the PostgreSQL server at \(place) has too many connections: \(message)")
            default:
                return StoreError("cannot connect to \(place): \(message)")
            }
        case .authMechanismRequiresPassword:
            return StoreError(
                "the PostgreSQL server at \(place) wants a password for \(url.user): give it in the URL, PGPASSWORD or ~/.pgpass\(passwordHint)")
        case .sslUnsupported:
            return StoreError("the PostgreSQL server at \(place) does not offer TLS, which sslmode=\(url.tls.rawValue) needs")
        case .unsupportedAuthMechanism:
            return StoreError(
                "the PostgreSQL server at \(place) asks for a way of signing in vadesk does not support; use scram-sha-256, md5 or trust")
        default:
            let underlying = psql.underlying.map { "\($0)" } ?? "\(psql.code)"
            if underlying.contains("connectTimeout") {
                return StoreError("cannot connect to \(place): no answer within \(url.connectTimeout) s (is the server running and reachable?)")
            }
            if underlying.contains("connectionRefused") || underlying.contains("Connection refused") {
                return StoreError("cannot connect to \(place): connection refused (is the server running on that port?)")
            }
            if underlying.contains("Handshake") || underlying.contains("NIOSSL") || underlying.contains("certificate") {
                return StoreError("cannot connect to \(place): TLS failed (\(underlying))")
            }
            return StoreError("cannot connect to \(place): \(underlying)")
        }
    }
}
