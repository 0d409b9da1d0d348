import DeskKit
import DeskStoreSQLite
import Foundation

/// Every storage implementation the engine runs on; the conformance suite runs once per case.
enum StorageBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqliteInMemory = "SQLite in memory"
    case sqliteFile = "SQLite file"

    var description: String { rawValue }

    /// A new, empty store of this kind.
    func makeStore() throws -> any DeskStore {
        switch self {
        case .sqliteInMemory: return try SQLiteDeskStore(path: nil)
        case .sqliteFile: return try SQLiteDeskStore(path: temporaryFolder() + "/desk.sqlite")
        }
    }
}
