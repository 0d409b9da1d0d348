import Foundation
import GRDB
import Testing
import VadeskTestSupport

/// A database that cannot be used stops the desk with a message and status 74, and is never
/// rewritten or "repaired": its bytes are the same afterwards.
@Suite(.serialized) struct BadFileTests {
    /// A real desk file with some bookings in it, its journal folded back in (the desk has exited).
    static func realDatabase(in folder: String, bookings: Int = 300) throws -> String {
        let path = folder + "/desk.sqlite"
        let run = try Run(["--db", path] + clockArguments, text: bookingLines(bookings, tag: "real").joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        return path
    }

    static func expectRefused(_ path: String, saying phrase: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let run = try Run(["--json", "--db", path] + clockArguments, text: "need a PA Friday\nshow my bookings\n")
        #expect(run.status == 74, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "no line is answered", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(phrase), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count == 1, "one clear line, no crash report: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file was changed", sourceLocation: sourceLocation)
    }

    @Test func notADatabase() throws {
        let path = temporaryFolder() + "/desk.sqlite"
        try Data("date,client\n2026-12-01,Acme\n".utf8 + Array(repeating: 0x2C, count: 5_000)).write(to: URL(fileURLWithPath: path))
        try BadFileTests.expectRefused(path, saying: "is not a vadesk database, or it is damaged")
    }

    @Test(arguments: ["inside the header", "after the first page", "half way"])
    func truncated(_ where: String) throws {
        let path = try BadFileTests.realDatabase(in: temporaryFolder())
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let size = ["inside the header": 60, "after the first page": 4_096][`where`] ?? whole.count / 8_192 * 4_096
        #expect(whole.count > 4 * 4_096 && size < whole.count)
        try whole.prefix(size).write(to: URL(fileURLWithPath: path))
        try BadFileTests.expectRefused(path, saying: "is not a vadesk database, or it is damaged")
    }

    @Test func fromANewerVadesk() throws {
        let path = try BadFileTests.realDatabase(in: temporaryFolder(), bookings: 3)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')") }
        try queue.close()
        try BadFileTests.expectRefused(path, saying: "was written by a newer vadesk")
    }

    /// Read-only for real: file modes stop an ordinary user, but root writes through them, so as
    /// root the file sits on a tmpfs remounted read-only.
    @Test func readOnly() throws {
        let folder = temporaryFolder()
        if getuid() == 0 {
            guard Mount.tmpfs(at: folder, size: "4m") else {
                print("readOnly: running as root without permission to mount; read-only not tested")
                return
            }
            defer { Mount.unmount(folder) }
            let path = try BadFileTests.realDatabase(in: folder, bookings: 3)
            #expect(Mount.remountReadOnly(folder))
            try BadFileTests.expectRefused(path, saying: "is read-only")
        } else {
            let path = try BadFileTests.realDatabase(in: folder, bookings: 3)
            chmod(path, 0o400)
            try BadFileTests.expectRefused(path, saying: "is read-only")
        }
    }

    /// A full disk, for real on a tiny tmpfs when mounting is allowed (root); otherwise a file size
    /// limit (ulimit -f), which fails SQLite's writes the same way.
    @Test func fullDisk() throws {
        let folder = temporaryFolder()
        let mounted = getuid() == 0 && Mount.tmpfs(at: folder, size: "512k")
        defer { if mounted { Mount.unmount(folder) } }
        let path = folder + "/desk.sqlite"
        let lines = bookingLines(3_000, tag: "full")
        let input = folder + (mounted ? "/../input-\(UUID().uuidString).txt" : "/input.txt")
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: false, encoding: .utf8)
        let limit = mounted ? "" : "ulimit -f 600; trap '' XFSZ; "
        let run = try Run(
            ["-c", "\(limit)exec \"$VADESK\" --json --db \"$DB\" \(clockArguments.joined(separator: " ")) < \"$IN\""],
            environment: ["VADESK": vadeskBinary, "DB": path, "IN": input], executable: "/bin/bash")
        print("fullDisk: \(mounted ? "a 512 KiB tmpfs" : "ulimit -f"), \(run.lines.count) lines answered before it filled")
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.contains("full") || run.stderr.contains("disk I/O error"), "\(run.stderr)")
        let replies = try run.lines.map(object)
        let last = try #require(replies.last)
        #expect(last["ok"] as? Bool == false && (last["error"] as? String)?.hasPrefix("storage: ") == true)
        #expect(replies.dropLast().allSatisfy { $0["ok"] as? Bool == true }, "every line before the full one was booked")
        #expect(replies.count > 1 && replies.count < lines.count, "it stopped at the first line that could not be kept")
        // Every answered line is stored, the one that failed is not, and the file is sound.
        let stored = try inspect(path) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
        #expect(stored == Array(lines.prefix(replies.count - 1)))
        #expect(try integrityCheck(path) == "ok")
    }

    /// Over `ulimit -f` a write would raise SIGXFSZ and kill the desk mid-line; it is ignored, so the
    /// line that cannot be kept gets a storage error, the desk exits 74, and every answered line is stored.
    @Test func aFileSizeLimitStopsTheDeskCleanly() throws {
        let (path, input, lines) = try bookingInput(3_000, tag: "limit")
        // The limit is set, and the signal put back to its default and unblocked (a test runner may ignore
        // or block it, and a child inherits both), by a small launcher.
        let launcher = """
            import os, resource, signal, sys
            signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGXFSZ])
            resource.setrlimit(resource.RLIMIT_FSIZE, (400 * 1024, 400 * 1024))
            os.dup2(os.open(sys.argv[1], os.O_RDONLY), 0)
            os.execv(sys.argv[2], sys.argv[2:])
            """
        let run = try Run(
            ["python3", "-c", launcher, input, vadeskBinary, "--json", "--db", path] + clockArguments,
            executable: "/usr/bin/env")
        #expect(run.status == 74, "killed by the limit instead of stopping: \(run.status) \(run.stderr)")
        #expect(run.stderr.contains("size limit"), "\(run.stderr)")
        let replies = try run.lines.map(object)
        #expect(replies.count > 1 && replies.count < lines.count)
        #expect(replies.dropLast().allSatisfy { $0["ok"] as? Bool == true })
        #expect((replies.last?["error"] as? String)?.hasPrefix("storage: ") == true)
        let stored = try inspect(path) { try String.fetchAll($0, sql: "SELECT request FROM booking ORDER BY id") }
        #expect(stored == Array(lines.prefix(replies.count - 1)))
        #expect(try integrityCheck(path) == "ok")
    }

    @Test func aMalformedIntentsFolderIsRefusedWithFileAndLine() throws {
        let folder = temporaryFolder()
        try "currency GBP\nrole receptionist\n  rate lots\n".write(toFile: folder + "/catalogue.roles", atomically: true, encoding: .utf8)
        let run = try Run(["--intents", folder, "--db", ":memory:"], text: "hello\n")
        #expect(run.status == 78)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("vadesk: rules: "), "\(run.stderr)")
        #expect(run.stderr.contains("catalogue.roles:"), "names the file and line: \(run.stderr)")
    }
}

/// tmpfs mounts for the tests that need a real full or read-only disk (root only).
enum Mount {
    static func tmpfs(at folder: String, size: String) -> Bool {
        run(["-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", folder])
    }

    static func remountReadOnly(_ folder: String) -> Bool { run(["-o", "remount,ro", folder]) }

    static func unmount(_ folder: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [folder]
        try? process.run()
        process.waitUntilExit()
    }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
