import DeskKit
import DeskStoreSQLite
import Foundation
import Understanding

/// A desk with a roster of 200 assistants and 100,000 bookings that name them: what a booking costs when the
/// desk must find someone free for it inside the commit.
func rosterFigure() throws {
    let folder = Bench.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = (folder as NSString).appendingPathComponent("desk.sqlite")
    let time = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
    let clock = FixedClock(time.instant(LocalDateTime(iso: "2026-11-30T09:00")!))
    let store = try SQLiteDeskStore(path: path)
    let desk = try Desk(store: store, clock: clock, time: time)
    let roster = Roster(desk: desk)
    let roles = ["receptionist", "personal_assistant", "admin_assistant", "customer_service", "it_support", "packer"]
    let zones = ["Europe/London", "Asia/Manila", "America/New_York", "Asia/Kolkata"]
    let hours = [
        "Europe/London": "Mon-Fri 08:00-18:00", "Asia/Manila": "Mon-Fri 15:00-02:00",
        "America/New_York": "Mon-Fri 03:00-13:00", "Asia/Kolkata": "Mon-Sat 13:00-23:30"
    ]
    var people: [Assistant] = []
    for i in 0..<200 {
        let zone = zones[i % zones.count]
        people.append(
            try roster.add(
                try roster.assistant(
                    name: "Assistant \(rosterLetters(i))", roles: roles[i % roles.count] + "," + roles[(i + 1) % roles.count],
                    zone: zone, hours: hours[zone]!)))
    }
    // 100,000 bookings over two years from January 2026, each done by one of the people who do its role.
    let catalogue = desk.catalogue
    let first = time.instant(LocalDateTime(iso: "2026-01-05T09:00")!)
    var random = RequestLines.Sequence()
    var made = 0
    while made < 100_000 {
        try store.transaction { tx in
            for _ in 0..<10_000 {
                let person = people[random.next(people.count)]
                let role = catalogue.role(person.roles[random.next(2)])!
                let start = first + Int64(random.next(730)) * 86_400 + Int64(random.next(6)) * 3600
                let quote = Pricing.quote(role, start: start, minutes: 120, bookedAt: start - 7 * 86_400, catalogue: catalogue, time: time)
                _ = try tx.insert(
                    Booking(
                        role: role.id, start: start, end: start + 7200, task: nil, currency: quote.currency,
                        quoteMinor: quote.totalMinor, billableMinutes: quote.billableMinutes, createdAt: start - 7 * 86_400,
                        request: "seeded", quote: quote,
                        assistant: BookedAssistant(id: person.id, name: person.name, zone: person.zone),
                        assignedBecause: AssignmentReason.name.rawValue))
            }
        }
        made += 10_000
    }
    // Bookings, each naming another day and task so none is a duplicate; the check, the choice of person and the
    // insert are one write transaction, committed to the file (synchronous = FULL, as the desk runs).
    // Weekdays of February 2027 (the 1st is a Monday), when the roster works.
    let (book, why) = try timedBookings(desk, runs: 60) { run in
        "need an admin assistant on \(1 + (run / 5 % 4) * 7 + run % 5) February 2027 from 10 to 12 to file \(rosterLetters(run))"
    }
    print(
        "roster of 200, 100000 bookings: booking with assignment \(Bench.ms(book.wall)) (target ≤ 3 ms: \(Bench.verdict(book.wall <= 0.003)))"
            + "  [median of 60; CPU \(Bench.ms(book.cpu)) of this thread, the rest waiting for the disk and, on a busy machine, for a core; chosen by \(why)]"
    )
    // Then bookings all at one time, so the person who did the last one is busy and the choice falls to fairness:
    // the hours each free person has booked in the 28 days before, one grouped range read.
    let (fair, fairWhy) = try timedBookings(desk, runs: 40) { run in
        "need an admin assistant on 26 February 2027 from 10 to 12 to sort \(rosterLetters(run))"
    }
    print(
        "roster of 200, 100000 bookings: booking when the usual person is busy \(Bench.ms(fair.wall)) (target ≤ 3 ms: \(Bench.verdict(fair.wall <= 0.003)))"
            + "  [median of 40; CPU \(Bench.ms(fair.cpu)); chosen by \(fairWhy)]")
    // What one commit costs on this file and disk, whatever is in it: a one-row write (the monthly budget, put back
    // after), committed the same way. The bookings above can't be quicker than this.
    let commit = try Bench.medianTimes(runs: 40) { run in
        try store.transaction { tx in try tx.setMonthlyBudget(Int64(100_000 + run)) }
    }
    try store.transaction { tx in try tx.setMonthlyBudget(nil) }
    print(
        "roster of 200, 100000 bookings: a one-row commit on the same file \(Bench.ms(commit.wall))  [median of 40; CPU \(Bench.ms(commit.cpu)); the floor under each booking above]"
    )
    // The question as the owner says it, at the bench's clock (Mon 30 Nov 2026): Friday 4 December, 13:00-17:00.
    let free = try Bench.medianTimes(runs: 60) { _ in
        let reply = desk.respond(to: "is anyone free Friday afternoon?")
        guard reply.ok, reply.intent == .free, reply.text.hasPrefix("Free Fri 4 Dec, 13:00-17:00:") else {
            throw BenchError("the question failed: \(reply.text)")
        }
    }
    print(
        "roster of 200, 100000 bookings: \"is anyone free Friday afternoon?\" \(Bench.ms(free.wall)) (target ≤ 5 ms: \(Bench.verdict(free.wall <= 0.005)))"
            + "  [median of 60; CPU \(Bench.ms(free.cpu))]")
}

/// Letters for a number ("ab"): digits in a name or a task would be read as times or counts.
func rosterLetters(_ n: Int) -> String {
    var text = "", rest = n
    repeat {
        text.append(Character(UnicodeScalar(UInt8(97 + rest % 26))))
        rest /= 26
    } while rest > 0
    return text
}

/// Books the line `line(run)` gives, `runs` times, each with someone assigned; the median times and how
/// often each reason chose the person ("continuity 12, fairness 48").
private func timedBookings(_ desk: Desk, runs: Int, _ line: (Int) -> String) throws -> (times: (wall: Double, cpu: Double), why: String) {
    var reasons: [String: Int] = [:]
    let times = try Bench.medianTimes(runs: runs) { run in
        let reply = desk.respond(to: line(run))
        guard reply.ok, let made = reply.bookings.first, made.assistant != nil else { throw BenchError("booking failed: \(reply.text)") }
        reasons[made.assignedBecause ?? "none", default: 0] += 1
    }
    return (times, reasons.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
}
