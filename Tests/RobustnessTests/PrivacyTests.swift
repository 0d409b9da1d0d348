import Foundation
import Testing
import VadeskTestSupport

/// Bookings and history are the owner's alone, and nothing typed can reach a shell or a format string.
@Suite struct PrivacyTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func theDefaultDatabaseIsPrivateEvenUnderALooseUmask() throws {
        let home = temporaryFolder()
        let run = try Run(
            ["-c", "umask 000; exec \"$VADESK\" --now 2026-11-30T09:00 --tz Europe/London"],
            input: Data("need a PA Friday\n".utf8),
            environment: ["VADESK": vadeskBinary, "XDG_DATA_HOME": home + "/data", "VADESK_DB": ""], executable: "/bin/bash")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try PrivacyTests.mode(home + "/data/vadesk") == 0o700)
        #expect(try PrivacyTests.mode(home + "/data/vadesk/desk.sqlite") == 0o600)
    }

    /// The REPL only runs on a terminal, so it gets one: `script` gives it a pseudo-terminal.
    @Test func theHistoryFileIsPrivateAndHoldsTheLine() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("history: /usr/bin/script (util-linux) is missing; the REPL history was not tested")
            return
        }
        let home = temporaryFolder()
        let command = "umask 000; exec \"$VADESK\" --db :memory: --now 2026-11-30T09:00 --tz Europe/London"
        let run = try Run(
            ["-qec", command, "/dev/null"], input: Data("need a PA Friday\nquit\n".utf8),
            environment: ["VADESK": vadeskBinary, "XDG_STATE_HOME": home + "/state", "VADESK_HISTORY": "", "TERM": "dumb"],
            executable: "/usr/bin/script")
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("Booked #1: personal assistant"), "\(run.stdout)")
        let history = home + "/state/vadesk/history"
        #expect(try PrivacyTests.mode(home + "/state/vadesk") == 0o700)
        #expect(try PrivacyTests.mode(history) == 0o600)
        #expect(try String(contentsOfFile: history, encoding: .utf8).contains("need a PA Friday"))
    }

    @Test func shellAndFormatTextIsKeptAsWords() throws {
        let folder = temporaryFolder()
        // Letters only: digits in the path would be read as times.
        let letters = String(
            UUID().uuidString.unicodeScalars.compactMap {
                $0.properties.isASCIIHexDigit ? Character(UnicodeScalar(UInt8(97 + (Int(String($0), radix: 16) ?? 0)))) : nil
            })
        let marker = NSTemporaryDirectory() + "/vadesk-touched-" + letters
        let task = "check $(touch \(marker)) `touch \(marker)` ; touch \(marker) %n%s%@%x"
        let run = try Run(["--json", "--db", folder + "/desk.sqlite"] + clockArguments, text: "need a receptionist Tuesday to \(task)\n")
        let booked = try #require((try object(run.lines[0])["bookings"] as? [[String: Any]])?.first)
        #expect(booked["task"] as? String == task)
        #expect(!FileManager.default.fileExists(atPath: marker), "user text reached a shell")
        let stored = try inspect(folder + "/desk.sqlite") { try String.fetchOne($0, sql: "SELECT task FROM booking") }
        #expect(stored == task)
    }

    /// The audit as a test: no code in the product formats with String(format:) or starts a shell,
    /// so user text cannot reach either. Adding one makes this fail and asks for a look.
    @Test func noSourceFormatsOrShellsOut() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        // What ships and sees user text; the benchmark tool starts the binary on purpose.
        let shipped = ["Understanding", "DeskKit", "vadesk"]
        let files = try shipped.flatMap { folder in
            try #require(FileManager.default.enumerator(atPath: sources.appendingPathComponent(folder).path))
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { folder + "/" + $0 }
        }
        #expect(files.count > 10)
        let forbidden = ["String(format:", "NSString(format:", "Process(", "system(", "popen(", "execv", "posix_spawn", "/bin/sh"]
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for word in forbidden { #expect(!text.contains(word), "\(file) uses \(word)") }
        }
    }
}
