import DeskKit
import DeskStorePostgres
import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// Every storage implementation the engine runs on; the conformance suite runs once per case. PostgreSQL is
/// among them when VADESK_TEST_POSTGRES names a server, each store in an empty schema of its own.
enum StorageBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqliteInMemory = "SQLite in memory"
    case sqliteFile = "SQLite file"
    case postgres = "PostgreSQL"

    static var allCases: [StorageBackend] {
        TestPostgres.url == nil ? [.sqliteInMemory, .sqliteFile] : [.sqliteInMemory, .sqliteFile, .postgres]
    }

    /// The backends whose stores can be opened again from their location.
    static var persistent: [StorageBackend] { allCases.filter { $0 != .sqliteInMemory } }

    var description: String { rawValue }

    /// A new, empty store of this kind.
    func makeStore() throws -> any DeskStore {
        if self == .sqliteInMemory { return try SQLiteDeskStore(path: nil) }
        return try open(try makeLocation())
    }

    /// Where a new, empty store of a persistent kind is, to open it (again) with `open`.
    func makeLocation() throws -> String {
        switch self {
        case .sqliteInMemory: return ":memory:"
        case .sqliteFile: return temporaryFolder() + "/desk.sqlite"
        case .postgres: return try TestPostgres.freshSchema(TestPostgres.url!)
        }
    }

    func open(_ location: String) throws -> any DeskStore {
        switch self {
        case .sqliteInMemory, .sqliteFile: return try SQLiteDeskStore(path: location)
        case .postgres: return try PostgresDeskStore(url: location)
        }
    }

    /// A desk on `store` at Monday 30 November 2026 09:00 in London.
    static func desk(_ store: any DeskStore, now: String = "2026-11-30T09:00") throws -> Desk {
        let time = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
        return try Desk(store: store, clock: FixedClock(time.instant(LocalDateTime(iso: now)!)), time: time)
    }
}

/// Says, once per run, whether the PostgreSQL half of the suite runs; under CI a missing server fails.
@Suite struct PostgresPresence {
    @Test func thePostgresBackendRunsWhereItMust() {
        if TestPostgres.url == nil {
            print(TestPostgres.skipMessage)
            #expect(!TestPostgres.isRequired, "CI=true but VADESK_TEST_POSTGRES is not set: the PostgreSQL tests must run under CI")
        }
    }
}
