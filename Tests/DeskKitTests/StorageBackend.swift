import DeskKit
import DeskStorePostgres
import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// The backends the storage conformance suite runs on: SQLite always, PostgreSQL when VADESK_TEST_POSTGRES
/// names a server. Each `makeStore()` is a new, empty desk.
enum StorageBackend: String, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var all: [StorageBackend] { TestPostgres.url == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// A new empty store, and the location that opens it again.
    func makeLocation() throws -> String {
        switch self {
        case .sqlite: return (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        case .postgres: return try TestPostgres.freshSchema(TestPostgres.url!)
        }
    }

    func open(_ location: String) throws -> DeskStore {
        switch self {
        case .sqlite: return try SQLiteDeskStore(path: location)
        case .postgres: return try PostgresDeskStore(url: location)
        }
    }

    func makeStore() throws -> DeskStore { try open(try makeLocation()) }

    /// A desk on `store` at Monday 30 November 2026 09:00 in London, or the time given.
    static func desk(_ store: DeskStore, now: String = "2026-11-30T09:00") throws -> Desk {
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
