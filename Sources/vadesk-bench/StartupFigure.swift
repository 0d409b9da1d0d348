import Foundation

/// `echo help | vadesk` wall time, median of 30 runs, on a database file as an owner has one.
func startupFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = (folder as NSString).appendingPathComponent("help.txt")
    try "help\n".write(toFile: input, atomically: true, encoding: .utf8)
    let db = (folder as NSString).appendingPathComponent("desk.sqlite")
    _ = try Bench.runVadesk(["--db", db], stdinPath: input)  // creates the file once
    let seconds = try Bench.medianTime(runs: 30) { _ in _ = try Bench.runVadesk(["--db", db], stdinPath: input) }
    let memory = try Bench.medianTime(runs: 30) { _ in _ = try Bench.runVadesk(["--db", ":memory:"], stdinPath: input) }
    print("start-up: \(Bench.ms(seconds)) median of 30 (target ≤ 4 ms: \(Bench.verdict(seconds <= 0.004)))  [with --db :memory: \(Bench.ms(memory))]")
}
