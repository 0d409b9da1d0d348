import DeskKit
import Understanding

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Release-mode figures for vadesk: `swift run -c release vadesk-bench [--only NAME]`.
/// Each figure is one function; the inputs are built before the clock starts.
let figures: [(name: String, run: () throws -> Void)] = [
    ("parse", parseFigure),
    ("pipe", pipeFigure),
    ("bookings", bookingPipeFigure),
    ("explain", explainBatchFigure),
    ("percall", perCallFigure),
    ("startup", startupFigure),
    ("size", sizeFigure),
    ("replay", replayFigure),
    ("postgres", postgresFigure),
    ("roster", rosterFigure)
]

func parseFigure() throws {
    let grammar = try Grammar(files: IntentFiles.builtIn)
    let now = LocalDateTime(iso: "2026-11-30T09:00")!
    let lines = RequestLines.generate(count: 120_000)
    // One untimed pass warms caches and the allocator.
    var checksum = 0
    for line in lines.prefix(5_000) { checksum &+= grammar.parse(line, now: now).intent.rawValue.utf8.count }
    // Three timed rounds; the figure is the fastest, as other work on a shared machine only ever slows
    // a round down. It is per core: CPU time of this thread. The slowest round is shown beside it.
    var rounds: [(cpu: Double, wall: Double)] = []
    for _ in 0..<3 {
        let started = (wall: Stopwatch.now(), cpu: Stopwatch.threadCPU())
        for line in lines {
            let parse = grammar.parse(line, now: now)
            checksum &+= parse.intent.rawValue.utf8.count &+ (parse.slots.date?.day ?? 0) &+ (parse.slots.start ?? 0)
        }
        rounds.append((Stopwatch.threadCPU() - started.cpu, Stopwatch.now() - started.wall))
    }
    let best = rounds.min { $0.cpu < $1.cpu }!, slowest = rounds.max { $0.cpu < $1.cpu }!
    let perSecond = Int(Double(lines.count) / best.cpu)
    let micros = best.cpu * 1_000_000 / Double(lines.count)
    print(
        "parse: \(perSecond) lines/s, \(Stopwatch.twoPlaces(micros)) µs/line (target ≥ 200000 lines/s)"
            + "  [best of 3 rounds of \(lines.count) lines, one thread; slowest round \(Int(Double(lines.count) / slowest.cpu)) lines/s;"
            + " wall clock \(Stopwatch.twoPlaces(best.wall)) s; checksum \(checksum)]")
}

/// Monotonic seconds, and seconds of this thread's CPU time.
enum Stopwatch {
    static func now() -> Double { seconds(CLOCK_MONOTONIC) }

    static func threadCPU() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

    private static func seconds(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1_000_000_000
    }

    static func twoPlaces(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

var only: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--only":
        guard let name = arguments.popFirst() else { print("--only needs a figure name"); exit(64) }
        only = name
    case "--write-pipe-input":
        // The pipe figure's input, to run or profile `vadesk --json < FILE` by hand.
        guard let path = arguments.popFirst() else { print("--write-pipe-input needs a file name"); exit(64) }
        do {
            try (MixedSession.generate(count: 100_000).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            print("cannot write \(path): \(error)")
            exit(73)
        }
        exit(0)
    case "--write-booking-input":
        // The bookings figure's input, for counting a booking line's instructions with callgrind (see README).
        guard let path = arguments.popFirst(), let count = arguments.popFirst().flatMap({ Int($0) }) else {
            print("--write-booking-input needs a file name and a number of lines")
            exit(64)
        }
        do {
            try (BookingSession.generate(count: count).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            print("cannot write \(path): \(error)")
            exit(73)
        }
        exit(0)
    case "-h", "--help":
        print(
            "usage: vadesk-bench [--only \(figures.map(\.name).joined(separator: "|"))] | --write-pipe-input FILE | --write-booking-input FILE COUNT")
        exit(0)
    default:
        print("unknown argument '\(argument)'; usage: vadesk-bench [--only \(figures.map(\.name).joined(separator: "|"))]")
        exit(64)
    }
}
if let only, !figures.contains(where: { $0.name == only }) {
    print("no figure named '\(only)'; known: \(figures.map(\.name).joined(separator: ", "))")
    exit(64)
}
for figure in figures where only == nil || figure.name == only {
    do { try figure.run() } catch {
        print("\(figure.name): failed: \(error)")
        exit(1)
    }
}
