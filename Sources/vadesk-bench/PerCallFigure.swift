import DeskKit
import Foundation
import Understanding

/// One `vadesk --json` process per request against a store of 10,000 bookings, as a tool calling vadesk
/// once per request sees it: this week's list, and a new booking. Medians of 30 runs, start-up included.
func perCallFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let db = (folder as NSString).appendingPathComponent("desk.sqlite")
    let time = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
    try seed(path: db, from: 0, to: 10_000, time: time)
    let week = (folder as NSString).appendingPathComponent("week.txt")
    try "what have I booked this week?\n".write(toFile: week, atomically: true, encoding: .utf8)
    // A file per run: each booking is another job (its own task), so none is asked about as a duplicate.
    var requests: [String] = []
    for run in 0..<31 {
        let path = (folder as NSString).appendingPathComponent("book-\(run).txt")
        try "need a PA on \(1 + run % 28) March 2027 from 9 to 1 to file call notes \(rosterLetters(run + 26))\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        requests.append(path)
    }
    let arguments = ["--json", "--db", db] + Bench.fixedClock
    let output = (folder as NSString).appendingPathComponent("reply.json")
    var peak = 0.0
    func call(_ input: String, expecting text: String) throws -> Double {
        let run = try Bench.runVadeskMeasured(arguments, stdinPath: input, stdoutPath: output)
        peak = max(peak, run.peakMegabytes)
        guard try Bench.countLines(in: output, containing: text) == 1 else {
            throw BenchError("unexpected reply: \((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")")
        }
        return run.seconds
    }
    // One untimed run of each warms the page cache.
    _ = try call(week, expecting: "\"intent\":\"list\",\"ok\":true")
    _ = try call(requests[30], expecting: "\"intent\":\"book\",\"ok\":true")
    let list = try Bench.medianTime(runs: 30) { _ in _ = try call(week, expecting: "\"intent\":\"list\",\"ok\":true") }
    let book = try Bench.medianTime(runs: 30) { run in _ = try call(requests[run], expecting: "\"intent\":\"book\",\"ok\":true") }
    print(
        "per call at 10000 bookings: this week's list \(Bench.ms(list)) (target ≤ 6 ms: \(Bench.verdict(list <= 0.006))), "
            + "new booking \(Bench.ms(book)) (target ≤ 7 ms: \(Bench.verdict(book <= 0.007))), "
            + "peak memory \(Stopwatch.twoPlaces(peak)) MB (target ≤ 40: \(Bench.verdict(peak <= 40)))  [medians of 30 processes each]")
}

/// 100,000 request lines through one `vadesk explain --json` process: parsing without booking, as a tool
/// checking a file of requests runs it. The in-process `parse` figure is the same parse without the process.
func explainBatchFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = (folder as NSString).appendingPathComponent("requests.txt")
    let output = (folder as NSString).appendingPathComponent("explained.jsonl")
    let lines = RequestLines.generate(count: 100_000)
    try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    let run = try Bench.runVadeskMeasured(["explain", "--json"] + Bench.fixedClock, stdinPath: input, stdoutPath: output)
    let answered = try Bench.countLines(in: output, containing: "\"intent\":")
    guard answered == lines.count else { throw BenchError("\(answered) of \(lines.count) lines explained") }
    let perSecond = Double(lines.count) / run.seconds
    print(
        "explain batch: \(Int(perSecond)) lines/s (target ≥ 150000: \(Bench.verdict(perSecond >= 150_000))), "
            + "peak memory \(Stopwatch.twoPlaces(run.peakMegabytes)) MB (target ≤ 40: \(Bench.verdict(run.peakMegabytes <= 40)))"
            + "  [\(lines.count) lines in \(Bench.ms(run.seconds))]")
}
