import DeskKit
import DeskStoreSQLite
import Foundation
import Understanding

/// A desk on an in-memory (or given) SQLite store, at Monday 30 November 2026 09:00 in London unless told otherwise.
public func makeDesk(path: String? = nil, now: String = "2026-11-30T09:00", zone: String = "Europe/London") throws -> Desk {
    let time = DeskTime(zone: TimeZone(identifier: zone)!)
    return try Desk(store: SQLiteDeskStore(path: path), clock: FixedClock(time.instant(LocalDateTime(iso: now)!)), time: time)
}

/// A fresh folder under the system's temporary directory.
public func temporaryFolder() -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("vadesk-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Where a new database file goes, in a fresh folder.
public func temporaryDatabase() -> String { (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite") }

/// Parses one line of JSON output into a dictionary.
public func object(_ line: String) throws -> [String: Any] {
    guard let value = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw CocoaError(.coderReadCorrupt)
    }
    return value
}
