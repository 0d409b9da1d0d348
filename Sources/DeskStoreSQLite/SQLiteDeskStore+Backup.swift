import DeskKit
import Foundation
import GRDB

extension SQLiteDeskStore {
    /// Writes a consistent copy of the database to `destination` with SQLite's online backup, while
    /// other desks go on reading and writing: the copy is taken inside one read transaction, so it
    /// holds every line committed before that moment and nothing after it.
    ///
    /// The copy is built under a temporary name beside `destination`, checked, flushed to disk and
    /// only then given its name, so a failed backup never leaves a half file behind, and an
    /// existing file is never replaced.
    public func backup(to destination: String) throws -> BackupSummary {
        guard path != nil else { throw StoreError("an in-memory desk has nothing to back up") }
        let fm = FileManager.default
        if fm.fileExists(atPath: destination) {
            throw StoreError("\(destination) already exists; choose a new name, or move the old file away first")
        }
        let folder = (destination as NSString).deletingLastPathComponent
        let partial = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((destination as NSString).lastPathComponent).partial-\(getpid())")
        let fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw StoreError("cannot write in \(folder.isEmpty ? "." : folder): \(String(cString: strerror(errno)))")
        }
        close(fd)
        var finished = false
        defer { if !finished { try? fm.removeItem(atPath: partial) } }
        do {
            let copy = try DatabaseQueue(path: partial)
            try writer.backup(to: copy)
            // A rollback-journal file needs no -wal beside it, so the copy stands alone as one file.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            let (check, counted) = try copy.read { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM booking") ?? 0)
            }
            try copy.close()
            guard check == ["ok"] else { throw StoreError("the copy failed its integrity check: \(check.joined(separator: "; "))") }
            try SQLiteDeskStore.flush(partial)
            // link() fails rather than replace a file that appeared meanwhile; rename() would not.
            guard link(partial, destination) == 0 else {
                throw StoreError("cannot create \(destination): \(String(cString: strerror(errno)))")
            }
            try? fm.removeItem(atPath: partial)
            finished = true
            if !folder.isEmpty { try? SQLiteDeskStore.flush(folder) }
            let size = (try? fm.attributesOfItem(atPath: destination)[.size] as? Int64) ?? nil
            return BackupSummary(path: destination, bookings: counted, bytes: size ?? 0)
        } catch let error as StoreError {
            throw error
        } catch {
            throw SQLiteDeskStore.describe(error, path: destination)
        }
    }

    /// fsync, so a backup reported as written survives a power cut.
    static func flush(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreError("cannot reopen \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StoreError("cannot flush \(path) to disk: \(String(cString: strerror(errno)))") }
    }
}
