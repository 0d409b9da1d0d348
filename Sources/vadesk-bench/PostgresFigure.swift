import DeskKit
import DeskStorePostgres
import Foundation
import Understanding

#if canImport(Glibc)
    import Glibc
#endif

/// The shared desk on a PostgreSQL server named by VADESK_BENCH_POSTGRES (loopback for the README's figures):
/// 100,000 mixed pipe lines one transaction a line, 8 desks at once, and this week's list and a new booking
/// at 1,000,000 bookings. Each part runs in a new schema of its own.
func postgresFigure() throws {
    guard let server = ProcessInfo.processInfo.environment["VADESK_BENCH_POSTGRES"], !server.isEmpty else {
        print("postgres: skipped (set VADESK_BENCH_POSTGRES=postgres://USER@127.0.0.1:PORT/DB?sslmode=disable)")
        return
    }
    let tag = String(UInt32(truncatingIfNeeded: getpid())) + "_" + String(Int(Date().timeIntervalSince1970) % 100_000)
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let clock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]
    let count = Int(ProcessInfo.processInfo.environment["VADESK_BENCH_POSTGRES_LINES"] ?? "") ?? 100_000

    // One desk.
    let input = (folder as NSString).appendingPathComponent("lines.txt")
    let lines = MixedSession.generate(count: count)
    try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    let one = try PostgresDeskStore.createSchema("bench_one_\(tag)", at: server)
    let seconds = try Bench.runVadesk(["--json", "--db", one] + clock, stdinPath: input)
    let single = Double(lines.count) / seconds
    print("postgres pipe: \(Int(single)) lines/s (target ≥ 4000: \(Bench.verdict(single >= 4_000)))  [\(lines.count) lines in \(Bench.ms(seconds))]")

    // Eight desks at once on one schema, each with an eighth of the lines.
    let desks = 8
    let shared = try PostgresDeskStore.createSchema("bench_eight_\(tag)", at: server)
    _ = try PostgresDeskStore(url: shared)
    let share = lines.count / desks
    var inputs: [String] = []
    for desk in 0..<desks {
        let path = (folder as NSString).appendingPathComponent("lines-\(desk).txt")
        try (MixedSession.generate(count: share, seed: UInt64(desk + 1)).joined(separator: "\n") + "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        inputs.append(path)
    }
    let started = Stopwatch.now()
    let done = DispatchGroup()
    for path in inputs {
        done.enter()
        DispatchQueue.global().async {
            _ = try? Bench.runVadesk(["--json", "--db", shared] + clock, stdinPath: path)
            done.leave()
        }
    }
    done.wait()
    let together = Double(share * desks) / (Stopwatch.now() - started)
    print(
        "postgres 8 desks: \(Int(together)) lines/s together, \(Stopwatch.twoPlaces(together / single))× one desk (target ≥ 3×: \(Bench.verdict(together >= 3 * single)))"
    )

    // A million bookings.
    let big = try PostgresDeskStore.createSchema("bench_size_\(tag)", at: server)
    let zone = TimeZone(identifier: "Europe/London")!
    let time = DeskTime(zone: zone)
    let store = try PostgresDeskStore(url: big)
    let size = Int(ProcessInfo.processInfo.environment["VADESK_BENCH_POSTGRES_SIZE"] ?? "") ?? 1_000_000
    let seedStart = Stopwatch.now()
    try seed(into: store, from: 0, to: size, time: time)
    let seeding = Stopwatch.now() - seedStart
    let desk = try Desk(store: store, clock: FixedClock(time.instant(LocalDateTime(iso: "2026-11-30T09:00")!)), time: time)
    let (list, book) = try listAndBookTimes(desk)
    print(
        "postgres size \(size) bookings: this week's list \(Bench.ms(list)) (≤ 10 ms: \(Bench.verdict(list <= 0.010))), "
            + "new booking \(Bench.ms(book)) (≤ 5 ms: \(Bench.verdict(book <= 0.005)))  [seeded in \(Bench.ms(seeding))]")
}
