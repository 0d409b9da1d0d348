import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// `vadesk backup FILE` while another desk keeps booking: the copy is whole and consistent.
@Suite struct BackupTests {
    @Test func aBackupTakenWhileADeskWritesIsAConsistentPrefix() throws {
        let folder = temporaryFolder()
        let path = folder + "/desk.sqlite", copy = folder + "/backup.sqlite"
        let lines = bookingLines(Soak.scale(3_000, soak: 30_000), tag: "backup")
        let writer = try LiveDesk(["--json", "--db", path] + clockArguments)
        writer.sendInBackground(Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(writer.waitForReplies(300))
        let answeredBefore = writer.replies.count
        let backup = try Run(["backup", "--db", path, copy])
        let answeredAfter = writer.replies.count
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(writer.wait() == 0)
        #expect(writer.replies.count == lines.count, "the writer was not disturbed")
        #expect(writer.replies.allSatisfy { $0.contains("\"ok\":true") })

        #expect(try integrityCheck(copy) == "ok")
        #expect(try PrivacyTests.mode(copy) == 0o600)
        let saved = try inspect(copy) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
        // Prefix-consistent: the first n lines, whole, for an n between what had been answered
        // when the backup started and what had been committed when it finished: what was answered,
        // and at most one batch of lines (512) whose replies wait for their sync to disk.
        #expect(saved == Array(lines.prefix(saved.count)))
        #expect(saved.count >= answeredBefore && saved.count <= answeredAfter + 512, "\(answeredBefore) ≤ \(saved.count) ≤ \(answeredAfter) + 512")
        #expect(
            backup.stdout
                == "Backed up \(saved.count) bookings from \(path) to \(copy) (\(try Data(contentsOf: URL(fileURLWithPath: copy)).count) bytes).\n")
        let journal = try inspect(copy) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM change_set") }
        #expect(journal == saved.count, "the undo journal matches the bookings")
        // The copy stands alone and is a working desk database.
        let restored = try Run(["--json", "--db", copy] + clockArguments, text: "undo\n")
        #expect(try object(restored.lines[0])["ok"] as? Bool == true)
    }

    @Test func aBackupNeverReplacesAFile() throws {
        let folder = temporaryFolder()
        let path = folder + "/desk.sqlite"
        _ = try Run(["--db", path] + clockArguments, text: "need a PA Friday\n")
        let existing = folder + "/old.sqlite"
        try Data("last week's backup".utf8).write(to: URL(fileURLWithPath: existing))
        let run = try Run(["backup", "--db", path, existing])
        #expect(run.status == 73, "the output file is the problem: \(run.stderr)")
        #expect(run.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "last week's backup")
        let itself = try Run(["backup", "--db", path, path])
        #expect(itself.status == 73, "backing up onto the live database is refused")
        let nowhere = try Run(["backup", "--db", path, folder + "/no/such/folder/copy.sqlite"])
        #expect(nowhere.status == 73, "\(nowhere.stderr)")
        #expect(
            nowhere.stderr
                == "vadesk: backup: cannot write \(folder)/no/such/folder/copy.sqlite: the folder \(folder)/no/such/folder does not exist; create it first or choose another place\n"
        )
        let missing = try Run(["backup", "--db", folder + "/none.sqlite", folder + "/copy.sqlite"])
        #expect(missing.status == 74 && missing.stderr.contains("there is no database"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/none.sqlite"), "backup does not create the source")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("partial") }.isEmpty)
    }
}
