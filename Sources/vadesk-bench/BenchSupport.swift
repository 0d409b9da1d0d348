import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the figures share: where the package and the built binary are, temporary files, medians.
enum Bench {
    /// The package folder, found from this source file, for Transcripts/.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The vadesk binary built beside this one (same configuration).
    static var vadesk: String {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return here.appendingPathComponent("vadesk").path
    }

    static func temporaryFolder() -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("vadesk-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Milliseconds with two decimals.
    static func ms(_ seconds: Double) -> String { Stopwatch.twoPlaces(seconds * 1000) + " ms" }

    /// Times a body `runs` times and returns the median in seconds.
    static func medianTime(runs: Int, _ body: (Int) throws -> Void) rethrows -> Double {
        var times: [Double] = []
        times.reserveCapacity(runs)
        for run in 0..<runs {
            let start = Stopwatch.now()
            try body(run)
            times.append(Stopwatch.now() - start)
        }
        return median(times)
    }

    /// Times a body `runs` times: the median wall time, and the median CPU time of this thread (what the work costs
    /// here, without the waits for the disk or for other processes on a shared machine), in seconds.
    static func medianTimes(runs: Int, _ body: (Int) throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var walls: [Double] = [], cpus: [Double] = []
        walls.reserveCapacity(runs)
        cpus.reserveCapacity(runs)
        for run in 0..<runs {
            let start = (wall: Stopwatch.now(), cpu: Stopwatch.threadCPU())
            try body(run)
            walls.append(Stopwatch.now() - start.wall)
            cpus.append(Stopwatch.threadCPU() - start.cpu)
        }
        return (median(walls), median(cpus))
    }

    /// Runs the vadesk binary with stdin from a file and stdout discarded; returns wall seconds.
    /// Spawned and waited for directly: Foundation's `Process.waitUntilExit` on Linux polls its run loop
    /// every 50 ms, which made every start-up figure about 50 ms whatever vadesk did.
    static func runVadesk(_ arguments: [String], stdinPath: String) throws -> Double {
        try runVadeskMeasured(arguments, stdinPath: stdinPath, stdoutPath: "/dev/null").seconds
    }

    /// Runs the vadesk binary with stdin from a file and stdout into `stdoutPath`; returns wall seconds
    /// and the peak resident memory of that one process in megabytes (from `wait4`, so earlier children don't count).
    static func runVadeskMeasured(_ arguments: [String], stdinPath: String, stdoutPath: String) throws -> (seconds: Double, peakMegabytes: Double) {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([vadesk] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = Stopwatch.now()
        let spawned = posix_spawn(&pid, vadesk, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(vadesk): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Stopwatch.now() - start
        // The wait status holds a signal number in its low 7 bits, else the exit status in the next 8.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw BenchError("vadesk \(arguments.joined(separator: " ")) exited with status \(status)")
        }
        return (seconds, Double(usage.ru_maxrss) / 1024)
    }

    /// The largest resident set of any child waited for so far, in megabytes.
    static func peakChildMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The clock and zone every figure that books runs at, so dates in the inputs are always ahead.
    static let fixedClock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

    /// How many lines of a file contain `text`.
    static func countLines(in path: String, containing text: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return String(decoding: data, as: UTF8.self).split(separator: "\n").count { $0.contains(text) }
    }

    /// "PASS"/"MISS" beside a figure and its target.
    static func verdict(_ ok: Bool) -> String { ok ? "meets target" : "MISSES target" }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
