import DeskKit
import DeskStorePostgres
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// Many desks on one PostgreSQL database, and a server that goes away under them.
@Suite struct PostgresDeskTests {
    static var server: String? { TestPostgres.url }

    /// 8 desks × 2,000 bookings under VADESK_SOAK=1 (the issue's size); fewer by default, to keep the suite short.
    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func eightDesksPipingIntoOneDatabaseLoseNothing() throws {
        let desks = 8
        let perDesk = Soak.scale(250, soak: 2_000)
        let url = try TestPostgres.freshSchema(Self.server!)
        let tags = (0..<desks).map { "desk" + String(UnicodeScalar(UInt8(97 + $0))) }
        // All start together on an empty schema, so they also race to migrate it.
        let running = try tags.map { tag in
            let desk = try LiveDesk(["--json", "--db", url] + clockArguments)
            desk.sendInBackground(Data((bookingLines(perDesk, tag: tag).joined(separator: "\n") + "\n").utf8))
            return desk
        }
        var replyIds: [Int64] = []
        var errors = 0
        for (desk, tag) in zip(running, tags) {
            let status = desk.wait(timeout: 900)
            #expect(status == 0, "\(tag) exited \(status): \(desk.errorOutput)")
            #expect(desk.errorOutput.isEmpty)
            #expect(desk.replies.count == perDesk)
            for line in desk.replies {
                let reply = try object(line)
                if reply["ok"] as? Bool != true { errors += 1 }
                for booking in reply["bookings"] as? [[String: Any]] ?? [] { replyIds.append(Int64(booking["id"] as? Int ?? -1)) }
            }
        }
        #expect(errors == 0)
        #expect(replyIds.count == desks * perDesk)
        #expect(Set(replyIds).count == replyIds.count, "a booking id was handed out twice")
        let stored = try TestPostgres.psql(url, "SELECT count(*), count(DISTINCT id), count(DISTINCT task) FROM booking")
        #expect(stored == "\(desks * perDesk)|\(desks * perDesk)|\(desks * perDesk)", "every line is stored exactly once")
        let journal = try TestPostgres.psql(url, "SELECT count(*) FROM change_set")
        #expect(journal == "\(desks * perDesk)")
    }

    /// The budget check and the booking are one SERIALIZABLE transaction: desks racing for its last pounds never overrun it.
    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func desksRacingForTheBudgetNeverOverrunIt() throws {
        let url = try TestPostgres.freshSchema(Self.server!)
        let setUp = try LiveDesk(["--db", url] + clockArguments)
        setUp.sendInBackground(Data("set my monthly budget to £200\n".utf8))
        #expect(setUp.wait() == 0, "\(setUp.errorOutput)")
        let running = try (0..<4).map { _ in
            let desk = try LiveDesk(["--json", "--db", url] + clockArguments)
            desk.sendInBackground(Data(String(repeating: "can someone transcribe 20 pages by Friday\n", count: 6).utf8))
            return desk
        }
        for desk in running { #expect(desk.wait() == 0, "\(desk.errorOutput)") }
        #expect(try TestPostgres.psql(url, "SELECT count(*), sum(quote_minor) FROM booking") == "10|20000")
    }

    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func backupPointsToPgDump() throws {
        let url = try TestPostgres.freshSchema(Self.server!)
        let run = try TestPostgres.run(vadeskBinary, ["backup", "--db", url, "/tmp/never-written.sqlite"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("pg_dump"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.sqlite"))
    }

    /// The server stops and starts again while a desk pipes bookings into it: the desk stops at the line in flight
    /// with a storage error (exit 74), every booking it answered is stored exactly once, nothing is stored twice,
    /// and a store that lived through the restart reconnects at its next line.
    @Test(.enabled(if: ThrowawayCluster.available, "needs PostgreSQL's initdb and pg_ctl"))
    func aServerRestartMidPipeLosesNoAnsweredBooking() throws {
        let cluster = try ThrowawayCluster()
        defer { cluster.stop() }
        let url = cluster.url
        let survivor = try pgDesk(try PostgresDeskStore(url: url))
        #expect(survivor.respond(to: "need a PA Friday to handle survivor xa").ok)

        let lines = bookingLines(400, tag: "piped")
        let desk = try LiveDesk(["--json", "--db", url] + clockArguments)
        desk.sendInBackground(Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(desk.waitForReplies(50, timeout: 120))
        try cluster.control(["restart", "-m", "fast", "-w", "-t", "60"])
        let status = desk.wait(timeout: 300)
        let answered = try desk.replies.map(object).filter { $0["ok"] as? Bool == true }
        let answeredTasks = answered.compactMap { (($0["bookings"] as? [[String: Any]])?.first?["task"] as? String) }
        #expect(answeredTasks.count == answered.count)
        if status != 0 {
            #expect(status == 74)
            #expect(desk.errorOutput.contains("stopped:"), "\(desk.errorOutput)")
        }
        let stored = try TestPostgres.psql(url, "SELECT task, count(*) FROM booking WHERE task LIKE 'handle piped %' GROUP BY task")
            .split(separator: "\n").map { $0.split(separator: "|") }
        #expect(stored.allSatisfy { $0.last == "1" }, "a line was stored twice")
        let storedTasks = Set(stored.map { String($0[0]) })
        #expect(Set(answeredTasks).isSubset(of: storedTasks), "an answered booking was lost")
        // Unanswered but stored: at most the batch whose durable commit the restart cut off, and the line in flight.
        #expect(storedTasks.count - Set(answeredTasks).count <= 513)
        #expect(answered.count >= 50)

        // The store opened before the restart reconnects at its next line.
        #expect(survivor.respond(to: "need a PA Thursday to handle survivor xb").ok)
        #expect(try TestPostgres.psql(url, "SELECT count(*) FROM booking WHERE task LIKE 'handle survivor %'") == "2")
    }

    @Test(.enabled(if: ThrowawayCluster.available, "needs PostgreSQL's initdb and pg_ctl"))
    func aWrongPasswordIsOneClearLineAndNeverShown() throws {
        let cluster = try ThrowawayCluster(passwords: true)
        defer { cluster.stop() }
        let wrong = cluster.url.replacingOccurrences(of: "vadesk@", with: "vadesk:not-the-secret@")
        let run = try TestPostgres.run(
            vadeskBinary, ["--db", wrong], input: "help\n",
            environment: BuiltBinary.environment(["HOME": temporaryFolder()]))
        #expect(run.status == 74)
        #expect(run.stderr.contains("refused the password"), "\(run.stderr)")
        #expect(!run.stderr.contains("not-the-secret"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        let right = cluster.url.replacingOccurrences(of: "vadesk@", with: "vadesk:\(ThrowawayCluster.password)@")
        let ok = try TestPostgres.run(vadeskBinary, ["--db", right] + clockArguments, input: "need a PA Friday\n")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.hasPrefix("Booked #1"))
        // From PGPASSWORD, and from a ~/.pgpass only when it is private (libpq's rule).
        let env = try TestPostgres.run(
            vadeskBinary, ["--db", cluster.url] + clockArguments, input: "show my bookings\n",
            environment: BuiltBinary.environment(["PGPASSWORD": ThrowawayCluster.password]))
        #expect(env.status == 0, "\(env.stderr)")
        let home = temporaryFolder()
        let pgpass = (home as NSString).appendingPathComponent(".pgpass")
        try "127.0.0.1:\(cluster.port):*:vadesk:\(ThrowawayCluster.password)\n".write(toFile: pgpass, atomically: true, encoding: .utf8)
        chmod(pgpass, 0o644)
        let open = try TestPostgres.run(
            vadeskBinary, ["--db", cluster.url] + clockArguments, input: "show my bookings\n",
            environment: BuiltBinary.environment(["HOME": home]))
        #expect(open.status == 74)
        #expect(open.stderr.contains("0600"), "\(open.stderr)")
        chmod(pgpass, 0o600)
        let closed = try TestPostgres.run(
            vadeskBinary, ["--db", cluster.url] + clockArguments, input: "show my bookings\n",
            environment: BuiltBinary.environment(["HOME": home]))
        #expect(closed.status == 0, "\(closed.stderr)")
    }
}

/// Encryption as sslmode asks, against a server that takes only encrypted connections.
@Suite struct PostgresTLSTests {
    @Test(
        .enabled(
            if: ThrowawayCluster.available && FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"),
            "needs PostgreSQL's initdb and pg_ctl, and openssl"))
    func sslmodeDecidesWhetherTheDeskEncryptsAndWhatItTrusts() throws {
        let cluster = try ThrowawayCluster(tlsOnly: true)
        defer { cluster.stop() }
        func url(_ mode: String) -> String { cluster.url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=" + mode) }
        // require and prefer encrypt without checking the certificate, as libpq does, and the desk works.
        for mode in ["require", "prefer"] {
            let run = try TestPostgres.run(vadeskBinary, ["--db", url(mode)] + clockArguments, input: "need a PA Friday\nshow my bookings\n")
            #expect(run.status == 0, "sslmode=\(mode): \(run.stderr)")
            #expect(run.stdout.contains("personal assistant"), "sslmode=\(mode): \(run.stdout)")
        }
        // The server turns away a connection in the clear: one line naming the server, exit 74.
        let clear = try TestPostgres.run(vadeskBinary, ["--db", url("disable")], input: "help\n")
        #expect(clear.status == 74)
        #expect(clear.stderr.contains("127.0.0.1:\(cluster.port)"), "\(clear.stderr)")
        #expect(clear.stderr.split(separator: "\n").count == 1, "\(clear.stderr)")
        // verify-full checks the certificate against the trusted authorities; a self-signed one is refused.
        let verified = try TestPostgres.run(vadeskBinary, ["--db", url("verify-full")], input: "help\n")
        #expect(verified.status == 74)
        #expect(verified.stderr.contains("TLS failed"), "\(verified.stderr)")
        #expect(verified.stderr.split(separator: "\n").count == 1, "\(verified.stderr)")
    }

    @Test func aServerOlderThanTheSchemaNeedsIsNamedWithItsVersion() {
        #expect(
            PostgresDeskStore.serverTooOld(90_624, at: "postgres://vadesk@db/desk")
                == "the PostgreSQL server at postgres://vadesk@db/desk is version 9.6; vadesk needs 11 or newer")
        #expect(
            PostgresDeskStore.serverTooOld(100_012, at: "postgres://vadesk@db/desk")
                == "the PostgreSQL server at postgres://vadesk@db/desk is version 10.12; vadesk needs 11 or newer")
        #expect(PostgresDeskStore.serverTooOld(110_000, at: "x") == nil)
        #expect(PostgresDeskStore.serverTooOld(150_010, at: "x") == nil)
    }
}

/// Bad addresses: one clear line on stderr, exit 74, no password shown.
@Suite struct PostgresBadInputTests {
    @Test func aPasswordIsHiddenEvenWhenItBreaksTheURL() {
        #expect(PostgresURL.redacted("postgres://vadesk:sek/rit@db:5432/desk") == "postgres://vadesk@db:5432/desk")
        #expect(PostgresURL.redacted("postgres://vadesk:s?k#r@db/desk?sslmode=disable") == "postgres://vadesk@db/desk?sslmode=disable")
        #expect(PostgresURL.redacted("postgres://vadesk:sekrit@db/desk") == "postgres://vadesk@db/desk")
        #expect(PostgresURL.redacted("postgres://vadesk@db:5432/desk") == "postgres://vadesk@db:5432/desk")
        #expect(PostgresURL.redacted("postgres://db/desk?password=sekrit&sslmode=disable") == "postgres://db/desk?password=(hidden)&sslmode=disable")
    }

    @Test(arguments: [
        ("postgres://vadesk:sekrit@127.0.0.1:99999/desk", "port"),
        ("postgres://vadesk:sekrit@127.0.0.1/desk?sslmode=sometimes", "sslmode"),
        ("postgres://vadesk:sekrit@127.0.0.1/desk?colour=blue", "colour"),
        ("postgres://vadesk:sekrit@127.0.0.1:1/desk?sslmode=disable", "connection refused"),
        ("postgres://vadesk:sekrit@[::1/desk", "IPv6"),
        ("postgres://vadesk:sekrit/a@127.0.0.1/desk", "%-escaped")
    ])
    func aBadAddressIsOneLineAndExit74(_ url: String, _ said: String) throws {
        let run = try TestPostgres.run(vadeskBinary, ["--db", url], input: "help\n")
        #expect(run.status == 74)
        #expect(run.stderr.contains(said), "\(run.stderr)")
        #expect(!run.stderr.contains("sekrit"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }

    @Test func anUnreachableHostGivesUpWithinTheTimeout() throws {
        // A TEST-NET address: nothing answers there, so only the connect timeout ends the wait.
        let started = Date()
        let run = try TestPostgres.run(
            vadeskBinary, ["--db", "postgres://vadesk@192.0.2.1:5432/desk?connect_timeout=2&sslmode=disable"], input: "help\n")
        #expect(run.status == 74)
        #expect(run.stderr.contains("cannot connect to postgres://vadesk@192.0.2.1:5432/desk"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func theEnvironmentVariableChoosesTheBackendToo() throws {
        let run = try TestPostgres.run(
            vadeskBinary, [], input: "help\n",
            environment: BuiltBinary.environment(["VADESK_DB": "postgresql://vadesk:sekrit@127.0.0.1:1/desk?sslmode=disable"]))
        #expect(run.status == 74)
        #expect(run.stderr.contains("cannot connect to postgres://vadesk@127.0.0.1:1/desk"), "\(run.stderr)")
        #expect(!run.stderr.contains("sekrit"))
    }
}

/// A desk on `store` at the suite's fixed clock.
private func pgDesk(_ store: DeskStore) throws -> Desk {
    let time = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
    return try Desk(store: store, clock: FixedClock(time.instant(LocalDateTime(iso: "2026-11-30T09:00")!)), time: time)
}
