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

    /// Runs the vadesk binary with stdin from a file and stdout discarded; returns wall seconds.
    static func runVadesk(_ arguments: [String], stdinPath: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: vadesk)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdinPath))
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle.standardError
        let start = Stopwatch.now()
        try process.run()
        process.waitUntilExit()
        let seconds = Stopwatch.now() - start
        guard process.terminationStatus == 0 else {
            throw BenchError("vadesk \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return seconds
    }

    /// The largest resident set of any child waited for so far, in megabytes.
    static func peakChildMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// "PASS"/"MISS" beside a figure and its target.
    static func verdict(_ ok: Bool) -> String { ok ? "meets target" : "MISSES target" }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
