import DeskKit
import Foundation

/// 100,000 mixed lines through `vadesk --json` into a database file, one transaction per line.
func pipeFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = (folder as NSString).appendingPathComponent("lines.txt")
    let lines = MixedSession.generate(count: 100_000)
    try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    let db = (folder as NSString).appendingPathComponent("desk.sqlite")
    let run = try Bench.runVadeskMeasured(["--json", "--db", db] + Bench.fixedClock, stdinPath: input, stdoutPath: "/dev/null")
    let perSecond = Double(lines.count) / run.seconds
    let peak = run.peakMegabytes
    print(
        "pipe (mixed): \(Int(perSecond)) lines/s (target ≥ 40000: \(Bench.verdict(perSecond >= 40_000))), peak memory \(Stopwatch.twoPlaces(peak)) MB (target ≤ 40: \(Bench.verdict(peak <= 40)))  [\(lines.count) lines in \(Bench.ms(run.seconds))]"
    )
}

/// A day of an owner's (or an agency's) traffic: mostly bookings, with quotes, lists, cancels and completions.
enum MixedSession {
    static let roles = [
        "a receptionist", "a PA", "an admin assistant", "customer service cover", "IT support", "a packer",
        "a production operative", "two packers", "someone to answer the phones", "data entry"
    ]
    static let times = ["", "9-5", "from 10 till 2", "at 2pm for 3 hours", "in the morning", "for 4 hours", "9am-12:30pm"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"
    ]

    /// `seed` varies the session, for several desks each with its own traffic.
    static func generate(count: Int, seed: UInt64 = 0) -> [String] {
        var random = RequestLines.Sequence()
        random.state ^= seed &* 0x2545_F491_4F6C_DD1D
        var lines: [String] = []
        lines.reserveCapacity(count)
        var booked = 0
        while lines.count < count {
            let kind = random.next(100)
            if kind < 60 {
                // Dates from December 2026 into 2028, so the store grows across many weeks.
                let day = 1 + random.next(28), month = months[random.next(12)], year = 2027 + random.next(2)
                lines.append("need \(random.pick(roles)) on \(day) \(month) \(year) \(random.pick(times))")
                booked += 1
            } else if kind < 72 {
                lines.append("how much is \(random.pick(roles)) for \(1 + random.next(9)) hours?")
            } else if kind < 82 {
                lines.append(random.next(2) == 0 ? "what have I booked this week?" : "show my bookings for tomorrow")
            } else if kind < 91 {
                lines.append("cancel #\(1 + random.next(max(booked, 1)))")
            } else {
                lines.append("#\(1 + random.next(max(booked, 1))) is done, took \(1 + random.next(6)) hours")
            }
        }
        return lines
    }
}
