import ArgumentParser
import DeskKit
import DeskStorePostgres
import DeskStoreSQLite
import Foundation

/// Copies the database while desks keep working.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database to FILE, even while other desks are using it.",
        discussion: """
            The copy is a complete SQLite file holding every booking committed before the backup
            began. FILE must not exist yet. To restore, stop every desk and copy FILE over the
            database (removing its -wal and -shm files), or open it directly with --db FILE.

            A desk on a PostgreSQL server (--db postgres://…) is backed up with the server's own
            tool: `vadesk backup` then prints the pg_dump command for that database and exits 64.
            """
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: ArgumentHelp("Where to write the copy (a new file).", valueName: "file"))
    var file: String

    func run() throws {
        try reporting {
            let source = options.settings.databasePath
            guard source != ":memory:" else { throw Failure("an in-memory desk has nothing to back up", code: 64) }
            if PostgresURL.isServerAddress(source) {
                // The server's own tool takes a consistent copy while desks keep working.
                let url: PostgresURL
                do { url = try PostgresURL(source) } catch { throw Failure("\(error)", code: 74) }
                throw Failure("backup: \(PostgresDeskStore.backupAdvice(url))", code: 64)
            }
            guard FileManager.default.fileExists(atPath: source) else {
                throw Failure("there is no database at \(source) to back up", code: 74)
            }
            // The copy's own problems are the output file's (73), like any file vadesk writes.
            let folder = (file as NSString).deletingLastPathComponent
            if FileManager.default.fileExists(atPath: file) {
                throw Failure("backup: \(file) already exists; choose a new name, or move the old file away first", code: 73)
            }
            if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
                let place = folder.isEmpty ? "." : folder
                throw Failure("backup: cannot write \(file): \(SafeFile.reason(errno, folder: place))", code: 73)
            }
            let store: DeskStore
            do { store = try SQLiteDeskStore(path: source) } catch { throw Failure("\(error)", code: 74) }
            let summary: BackupSummary
            do { summary = try store.backup(to: file) } catch { throw Failure("backup: \(error)", code: 74) }
            let plural = summary.bookings == 1 ? "booking" : "bookings"
            print("Backed up \(summary.bookings) \(plural) from \(source) to \(summary.path) (\(summary.bytes) bytes).")
        }
    }
}
