import Foundation
import Understanding

/// 100,000 booking lines through `vadesk --json` into a database file, one transaction per line: every
/// line books, so nothing cheap (a list, a refusal) lifts the figure. The replies are checked afterwards.
func bookingPipeFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = (folder as NSString).appendingPathComponent("bookings.txt")
    let output = (folder as NSString).appendingPathComponent("replies.jsonl")
    let lines = BookingSession.generate(count: 100_000)
    try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    let db = (folder as NSString).appendingPathComponent("desk.sqlite")
    let run = try Bench.runVadeskMeasured(["--json", "--db", db] + Bench.fixedClock, stdinPath: input, stdoutPath: output)
    let booked = try Bench.countLines(in: output, containing: "\"intent\":\"book\",\"ok\":true")
    guard booked == lines.count else { throw BenchError("only \(booked) of \(lines.count) lines booked; see the replies in \(output)") }
    let perSecond = Double(lines.count) / run.seconds
    print(
        "bookings pipe: \(Int(perSecond)) lines/s (target ≥ 30000: \(Bench.verdict(perSecond >= 30_000))), "
            + "peak memory \(Stopwatch.twoPlaces(run.peakMegabytes)) MB (target ≤ 40: \(Bench.verdict(run.peakMegabytes <= 40)))"
            + "  [\(lines.count) bookings in \(Bench.ms(run.seconds)); instructions per line: see README]")
}

/// Booking lines that each book: every line names another role, day or hours, so none is asked about as a
/// duplicate, on the days of the coming year (weekends and bank holidays among them; a day further off would be
/// asked about), at hours from early morning (charged at the evening rate before 08:00) to the end of the afternoon;
/// hours much further from a role's shift would be asked about too.
enum BookingSession {
    static let roles = [
        "a receptionist", "a PA", "an admin assistant", "customer service cover", "IT support", "a packer",
        "a production operative"
    ]
    /// Starts on the hour and half hour from 07:00 to 14:00, each for 2 to 4 hours: 45 different spans of a day.
    static let starts = (14...28).map { "\($0 / 2):\($0 % 2 == 0 ? "00" : "30")" }
    static let lengths = [2, 3, 4]
    static let first = CivilDate(year: 2026, month: 12, day: 1)
    static let days = 360

    static func generate(count: Int) -> [String] {
        let spans = starts.count * lengths.count
        let combinations = roles.count * spans * days
        precondition(count <= combinations, "only \(combinations) distinct booking lines")
        // Stepping by a number prime to the total visits each combination once, in an order that jumps about the calendar.
        let step = 7_919
        precondition(gcd(step, combinations) == 1)
        var lines: [String] = []
        lines.reserveCapacity(count)
        for n in 0..<count {
            let k = n * step % combinations
            let date = first.adding(days: k / (roles.count * spans))
            let role = roles[k % roles.count], span = k / roles.count % spans
            lines.append(
                "need \(role) on \(date.day) \(MixedSession.months[date.month - 1]) \(date.year) at \(starts[span / lengths.count])"
                    + " for \(lengths[span % lengths.count]) hours")
        }
        return lines
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
