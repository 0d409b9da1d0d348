import DeskKit
import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// Hostile input, in process: random bytes and mutated requests must never crash or hang the desk,
/// every line gets a reply, and the store keeps its invariants. Seeded, so a failure replays exactly:
/// VADESK_FUZZ_SEED picks another seed, VADESK_SOAK=1 runs a million lines.
@Suite struct FuzzTests {
    static let seed = UInt64(ProcessInfo.processInfo.environment["VADESK_FUZZ_SEED"] ?? "") ?? 0x5EED_DE5C

    static let requests = [
        "need a receptionist Tuesday", "book an admin assistant tomorrow 2pm for 3 hours", "need three packers Friday",
        "how much is a receptionist for 8 hours?", "what have I booked this week?", "cancel #2", "undo", "rates", "help",
        "need a PA 3/12 9-5", "get me IT support on 14 December at 10:30 for 90 minutes", "show my bookings",
        "need 2 customer service agents next Monday morning", "book a production operative 31/12 from 10 till 2",
        "need a packer this weekend", "how much for 5 hours 10 minutes of packing?", "quit", "hi", "thanks",
        "need a receptionist on the 3rd of January at half past two for 2 hours", "booking 1 cancel"
    ]
    static let hostile = [
        "99999999999999999999999", "9223372036854775807", "-9223372036854775808", "4294967296", "1e308", "0x7fffffff",
        "31/02", "30/02/2027", "29/02/2027", "00/00", "99/99/99999", "25:99", "24:00", "23:60", "99:99pm", "-1:30", "0:00am",
        "13pm", "12am", "#0", "#-1", "#99999999999", "booking 18446744073709551616", "£99999999999.99", "$-5",
        "for 999999999 hours", "for 10000 hours", "for 0 minutes", "for -3 hours", "1000000 packers", "nine hundred hours",
        "🧑‍💼", "👍🏽", "🇬🇧", "مرحبا أحتاج موظف استقبال", "שלום", "\u{202E}yadseuT", "\u{200F}\u{200E}", "é", "ﬁ", "İstanbul",
        "'; DROP TABLE booking; --", "\" OR 1=1 --", "x'); DELETE FROM booking; --", "$(rm -rf /)", "`reboot`", "; ls -la |",
        "&& curl evil", "%n%s%@%x%d%p", "%99999999d", "{{7*7}}", "${HOME}", "\\", "\\0", "\t", "  ", "", "#", "# comment",
        "=SUM(A1)", "+cmd|' /C calc'!A0", "@import", "null", "nil", "NaN", "Infinity"
    ]

    @Test func hostileLinesNeverBreakTheDesk() throws {
        let total = Int(ProcessInfo.processInfo.environment["VADESK_FUZZ_LINES"] ?? "") ?? Soak.scale(100_000, soak: 1_000_000)
        let template = try makeDesk()
        let started = Date()
        // One thread on purpose: parallel shards share the grammar's reference counts and ran slower.
        let result = FuzzShard(seed: FuzzTests.seed, lines: total, grammar: template.grammar, catalogue: template.catalogue).run()
        let elapsed = Date().timeIntervalSince(started)
        for problem in result.problems.prefix(30) { Issue.record("seed \(result.seed): \(problem)") }
        #expect(result.problems.isEmpty, "\(result.problems.count) problems")
        #expect(result.lines == total, "every line was fed and answered")
        // No line may stall the desk: the worst one stays far below a person's patience.
        #expect(result.slowest.seconds < 2, "slowest line took \(result.slowest.seconds) s: \(FuzzShard.show(result.slowest.line))")
        // Mutated requests that keep words the desk cannot read are asked about, not booked, so the share is lower
        // than the plain requests alone would give.
        #expect(result.booked > total / 50, "the run should also book plenty of valid requests, not only refuse")
        print(
            "fuzz: \(result.lines) lines, \(result.booked) bookings stored, \(Int(elapsed * 1000)) ms, slowest line \(Int(result.slowest.seconds * 1000)) ms, seed \(result.seed)"
        )
    }
}

/// One seeded stream of hostile lines through desks of its own.
struct FuzzShard {
    let seed: UInt64
    let lines: Int
    let grammar: Grammar
    let catalogue: Catalogue

    struct Result: Sendable {
        var seed: UInt64
        var lines = 0
        var booked = 0
        var slowest: (seconds: Double, line: [UInt8]) = (0, [])
        var problems: [String] = []
    }

    func makeDesk() throws -> Desk {
        let time = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
        return Desk(
            grammar: grammar, catalogue: catalogue, store: try SQLiteDeskStore(path: nil),
            clock: FixedClock(time.instant(LocalDateTime(iso: "2026-11-30T09:00")!)), time: time)
    }

    func run() -> Result {
        var result = Result(seed: seed)
        var random = SeededRandom(seed: seed)
        do {
            var desk = try makeDesk()
            for index in 0..<lines {
                // A fresh desk now and then keeps "show my bookings" short, so the run stays linear.
                if index > 0, index % FuzzShard.linesPerDesk == 0 {
                    result.booked += try checkStore(of: desk, &result.problems)
                    desk = try makeDesk()
                }
                let line = FuzzShard.line(index, &random)
                let before = Date()
                let reply = desk.respond(toBytes: line)
                let took = Date().timeIntervalSince(before)
                result.lines += 1
                if took > result.slowest.seconds { result.slowest = (took, line) }
                func problem(_ text: String) { result.problems.append("line \(index) \(FuzzShard.show(line)): \(text)") }
                if reply.text.isEmpty { problem("no reply") }
                if !reply.ok && reply.error == nil { problem("a refusal without a reason") }
                if let quote = reply.quote, let issue = check(quote) { problem(issue) }
                if reply.intent == .book, reply.bookings.contains(where: { $0.start < desk.now }) { problem("booked in the past") }
            }
            result.booked += try checkStore(of: desk, &result.problems)
        } catch {
            result.problems.append("the store failed: \(error)")
        }
        return result
    }

    func check(_ quote: Quote) -> String? {
        guard let role = catalogue.role(quote.role) else { return "quote for unknown role \(quote.role)" }
        if quote.totalMinor <= 0 || quote.totalMinor > 100_000_000 { return "odd price \(quote.totalMinor)" }
        if quote.billableMinutes < role.minimumMinutes { return "quote under the minimum: \(quote.billableMinutes) min" }
        if quote.totalMinor < Pricing.cost(hourlyMinor: role.hourlyMinor, minutes: role.minimumMinutes) { return "quote under minimum × rate" }
        return nil
    }

    static let linesPerDesk = 500

    /// Every stored booking is in the future, of a catalogue role, within a day, and priced from the
    /// catalogue at no less than the role's minimum. Returns how many there are.
    func checkStore(of desk: Desk, _ problems: inout [String]) throws -> Int {
        let stored = try desk.store.read { try $0.bookings(startingFrom: Int64.min, before: Int64.max) }
        for booking in stored {
            let what = "booking #\(booking.id) from \(booking.request.debugDescription)"
            guard let role = catalogue.role(booking.role) else { problems.append("\(what): unknown role"); continue }
            if booking.start < desk.now { problems.append("\(what): starts in the past") }
            if booking.end <= booking.start || booking.end - booking.start > 24 * 3600 {
                problems.append("\(what): lasts \(booking.end - booking.start) s")
            }
            if booking.billableMinutes < role.minimumMinutes || booking.billableMinutes > 24 * 60 {
                problems.append("\(what): bills \(booking.billableMinutes) min")
            }
            if booking.quoteMinor < Pricing.cost(hourlyMinor: role.hourlyMinor, minutes: role.minimumMinutes) && booking.status == .booked {
                problems.append("\(what): \(booking.quoteMinor) is under the role's minimum × rate")
            }
            // Priced again from scratch, the booking costs what the desk quoted.
            let again = Pricing.quote(
                role, start: booking.start, minutes: booking.minutes, bookedAt: booking.createdAt,
                catalogue: catalogue, time: desk.time)
            if booking.status == .booked && booking.quoteMinor != again.totalMinor {
                problems.append("\(what): \(booking.quoteMinor) is not \(again.totalMinor), its price from the catalogue")
            }
        }
        // Whatever was thrown at it, the desk still books normally afterwards.
        var after = desk.respond(to: "need a receptionist Tuesday")
        // The run may have booked that very slot already: the desk then asks before booking it again.
        if after.needs == .confirmation, after.text.hasPrefix("You already have #") { after = desk.respond(to: "yes") }
        if !after.ok || after.bookings.first?.quoteMinor != 17_600 { problems.append("a plain booking failed afterwards: \(after.text)") }
        return stored.count
    }

    /// One fuzz line: every tenth is raw random bytes, the rest mutate a real request.
    static func line(_ index: Int, _ random: inout SeededRandom) -> [UInt8] {
        // Twenty very long lines per 100,000: 10,000 words (about 60 KB, under the 64 KiB limit), or over it.
        if index % 5_000 == 2_500 {
            let words = (0..<10_000).map { _ in
                random.pick(["need", "a", "receptionist", "9", "pm", "for", "hours", "Tuesday", "#1", "£5", "and", "x"])
            }
            var text = words.joined(separator: " ")
            if random.next(below: 4) == 0 { text += String(repeating: " padding", count: 2_000) }
            return Array(text.utf8)
        }
        switch random.next(below: 20) {
        case 0, 1:
            return (0..<random.next(below: 120)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case 2:
            // Mostly text with a few bytes that break UTF-8 or are controls.
            var bytes = Array(random.pick(FuzzTests.requests).utf8)
            for _ in 0...random.next(below: 3) {
                let at = Int(random.next(below: UInt64(bytes.count + 1)))
                bytes.insert(random.pick([0xFF, 0xC0, 0xE2, 0x82, 0x00, 0x07, 0x1B, 0x0D, 0x7F, 0xED, 0xA0]), at: at)
            }
            return bytes
        default:
            var words = random.pick(FuzzTests.requests).split(separator: " ").map(String.init)
            for _ in 0...random.next(below: 4) {
                let at = Int(random.next(below: UInt64(words.count + 1)))
                switch random.next(below: 6) {
                case 0: words.insert(random.pick(FuzzTests.hostile), at: at)
                case 1 where !words.isEmpty: words[min(at, words.count - 1)] = random.pick(FuzzTests.hostile)
                case 2: words.insert(String(random.next() >> random.next(below: 64)), at: at)
                case 3 where !words.isEmpty: words.remove(at: min(at, words.count - 1))
                case 4: words.insert(random.pick(FuzzTests.requests), at: at)
                default: words.insert("\(random.next(below: 40))/\(random.next(below: 15))", at: at)
                }
            }
            return Array(words.joined(separator: random.next(below: 8) == 0 ? "  " : " ").utf8)
        }
    }

    static func show(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(160), as: UTF8.self)
        return "\"\(text.debugDescription.dropFirst().dropLast())\" (\(line.count) bytes)"
    }
}
