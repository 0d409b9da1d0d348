import DeskKit
import DeskStoreSQLite
import Foundation
import Understanding

/// A desk on an in-memory (or given) store, at Monday 30 November 2026 09:00 in London.
func makeDesk(path: String? = nil, now: String = "2026-11-30T09:00", zone: String = "Europe/London") throws -> Desk {
    let time = DeskTime(zone: TimeZone(identifier: zone)!)
    return try Desk(store: SQLiteDeskStore(path: path), clock: FixedClock(time.instant(LocalDateTime(iso: now)!)), time: time)
}

/// A fresh folder under the system's temporary directory.
func temporaryFolder() -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("vadesk-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
