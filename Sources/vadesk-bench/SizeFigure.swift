import DeskKit
import DeskStoreSQLite
import Foundation
import Understanding

/// How the desk holds up as the store grows: the same operations at 10k, 100k and 1M bookings.
func sizeFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = (folder as NSString).appendingPathComponent("desk.sqlite")
    let zone = TimeZone(identifier: "Europe/London")!
    let time = DeskTime(zone: zone)
    let now = time.instant(LocalDateTime(iso: "2026-11-30T09:00")!)
    let clock = FixedClock(now)
    let files = IntentFiles.builtIn
    var seeded = 0
    let invoicedMonths = ["January 2023", "February 2023", "March 2023"]
    for (round, size) in [10_000, 100_000, 1_000_000].enumerated() {
        try seed(path: path, from: seeded, to: size, time: time)
        seeded = size
        let open = try Bench.medianTime(runs: 20) { _ in
            _ = try Desk(files: files, store: SQLiteDeskStore(path: path), clock: clock, time: time)
        }
        let desk = try Desk(files: files, store: SQLiteDeskStore(path: path), clock: clock, time: time)
        let (list, book) = try listAndBookTimes(desk)
        // An invoice over 10,000 completed bookings in one month (each size bills a month of its own).
        try seedCompletedMonth(path: path, month: round + 1, count: 10_000, time: time)
        let invoiceStart = Stopwatch.now()
        let invoice = desk.respond(to: "invoice for \(invoicedMonths[round])")
        let invoiceTime = Stopwatch.now() - invoiceStart
        guard invoice.ok, invoice.text.contains("10000") || invoice.text.contains("10,000") || invoice.bookings.count == 10_000 else {
            throw BenchError("invoice failed: \(invoice.text.prefix(300))")
        }
        print(
            "size \(size) bookings: invoice of 10,000 \(Bench.ms(invoiceTime)) (≤ 50 ms: \(Bench.verdict(invoiceTime <= 0.050))), open \(Bench.ms(open)) (≤ 20 ms: \(Bench.verdict(open <= 0.020))), "
                + "this week's list \(Bench.ms(list)) (≤ 5 ms: \(Bench.verdict(list <= 0.005))), "
                + "new booking \(Bench.ms(book)) (≤ 2 ms: \(Bench.verdict(book <= 0.002)))")
    }
}

/// Adds `count` bookings marked done, with their charges, in the given month of 2023.
func seedCompletedMonth(path: String, month: Int, count: Int, time: DeskTime) throws {
    try seedCompletedMonth(into: SQLiteDeskStore(path: path), month: month, count: count, time: time)
}

func seedCompletedMonth(into store: DeskStore, month: Int, count: Int, time: DeskTime) throws {
    let catalogue = try Catalogue(files: IntentFiles.builtIn)
    let role = catalogue.role("admin_assistant")!
    let first = time.instant(LocalDateTime(date: CivilDate(year: 2023, month: month, day: 1), minute: 9 * 60))
    var random = RequestLines.Sequence()
    try store.transaction { tx in
        for _ in 0..<count {
            let startAt = first + Int64(random.next(27)) * 86_400
            let quote = Pricing.quote(role, start: startAt, minutes: 180, bookedAt: startAt - 7 * 86_400, catalogue: catalogue, time: time)
            _ = try tx.insert(
                Booking(
                    role: role.id, start: startAt, end: startAt + 3 * 3600, status: .done, task: nil,
                    currency: quote.currency, quoteMinor: quote.totalMinor, billableMinutes: quote.billableMinutes,
                    createdAt: startAt - 7 * 86_400, request: "seeded", quote: quote, charge: quote, workedMinutes: 180))
        }
    }
}

/// Adds bookings seeded..<size spread over five years around the clock, a realistic mix of roles and states.
func seed(path: String, from start: Int, to end: Int, time: DeskTime) throws {
    try seed(into: SQLiteDeskStore(path: path), from: start, to: end, time: time)
}

/// The same bookings into any store.
func seed(into store: DeskStore, from start: Int, to end: Int, time: DeskTime) throws {
    let catalogue = try Catalogue(files: IntentFiles.builtIn)
    let roles = ["receptionist", "personal_assistant", "admin_assistant", "customer_service", "it_support", "packer"]
    let first = time.instant(LocalDateTime(iso: "2024-01-01T09:00")!)
    let span: Int64 = 5 * 365 * 86_400
    var random = RequestLines.Sequence()
    var index = start
    while index < end {
        let batchEnd = min(end, index + 50_000)
        try store.transaction { tx in
            for _ in index..<batchEnd {
                let day = Int64(random.next(Int(span / 86_400)))
                let startAt = first + day * 86_400 + Int64(random.next(8)) * 3600
                let hours = 2 + random.next(6)
                let status: BookingStatus = random.next(10) == 0 ? .cancelled : .booked
                let role = catalogue.role(roles[random.next(roles.count)])!
                // Every booking carries its priced quote, as real ones do.
                let quote = Pricing.quote(
                    role, start: startAt, minutes: hours * 60, bookedAt: startAt - 7 * 86_400,
                    catalogue: catalogue, time: time)
                _ = try tx.insert(
                    Booking(
                        role: role.id, start: startAt, end: startAt + Int64(hours) * 3600,
                        status: status, task: nil, currency: quote.currency, quoteMinor: quote.totalMinor,
                        billableMinutes: quote.billableMinutes, createdAt: startAt - 7 * 86_400, request: "seeded",
                        quote: quote))
            }
        }
        index = batchEnd
    }
}

/// Median times of this week's list and of a new booking on `desk`.
func listAndBookTimes(_ desk: Desk) throws -> (list: Double, book: Double) {
    let list = try Bench.medianTime(runs: 50) { _ in
        let reply = desk.respond(to: "what have I booked this week?")
        guard reply.ok else { throw BenchError("list failed: \(reply.text)") }
    }
    let book = try Bench.medianTime(runs: 50) { run in
        // A task of its own, so a seeded booking at the same hours is another job, not a duplicate to ask about.
        let reply = desk.respond(to: "need a PA on \(1 + run % 28) March 2027 from 9 to 1 to file bench notes \(letterCode(run))")
        guard reply.ok, !reply.bookings.isEmpty else { throw BenchError("booking failed: \(reply.text)") }
    }
    return (list, book)
}

/// A run number in letters ("ba", "bb", …): a number in a task would be read as a time or a count.
private func letterCode(_ n: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return String(letters[1 + n / 26 % 25]) + String(letters[n % 26])
}
