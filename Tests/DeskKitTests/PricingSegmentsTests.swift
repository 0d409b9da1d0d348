import DeskKit
import Foundation
import Testing
import Understanding

/// Pricing counts a booking's minutes by stretches between rate boundaries; the definition is minute by
/// minute, each by its own wall-clock date and time. Both ways must give the same minutes and the same pennies.
@Suite struct PricingSegmentsTests {
    static let catalogue = try! Catalogue(files: IntentFiles.builtIn)
    /// Zones with clock changes of an hour, of half an hour (Lord Howe), at odd minutes (Chatham), and none (Kolkata).
    static let zones = [
        "Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata",
        "America/St_Johns"
    ].map { DeskTime(zone: TimeZone(identifier: $0)!) }

    /// The rule as written: every minute classed on its own.
    static func minuteByMinute(from start: Int64, minutes: Int, rules: PricingRules, time: DeskTime) -> [RateClass: Int] {
        var counts: [RateClass: Int] = [:]
        for k in 0..<minutes {
            let local = time.local(start + Int64(k) * 60)
            counts[rules.rateClass(date: local.date, minute: local.minute), default: 0] += 1
        }
        return counts
    }

    /// The catalogue's rules, and others: an evening inside the day, one ending at midnight, none, and
    /// multipliers that rank the classes the other way round.
    static var ruleSets: [PricingRules] {
        let base = catalogue.rules
        var midday = base
        midday.eveningFrom = 12 * 60; midday.eveningUntil = 14 * 60 + 30; midday.eveningPercent = 175
        var toMidnight = base
        toMidnight.eveningFrom = 20 * 60 + 15; toMidnight.eveningUntil = 0; toMidnight.weekendPercent = 110
        var none = base
        none.eveningFrom = 8 * 60; none.eveningUntil = 8 * 60; none.holidayPercent = 100
        return [base, midday, toMidnight, none]
    }

    struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    @Test func tenThousandRandomBookingsPriceTheSameBothWays() {
        var random = Sequence(state: 0x0DDB_1A5E_5BAD_5EED)
        let first = Self.zones[0].instant(LocalDateTime(iso: "2025-01-01T00:00")!)
        let roles = Self.catalogue.roles
        var surcharged = 0, crossedAChange = 0
        for n in 0..<10_000 {
            let time = Self.zones[random.next(Self.zones.count)]
            // Mostly on the minute, some at odd seconds; most a working day long, some running over several days.
            var start = first + Int64(random.next(6 * 365 * 1440)) * 60
            if random.next(10) == 0 { start += Int64(random.next(60)) }
            let minutes = random.next(20) == 0 ? random.next(4 * 1440) : 1 + random.next(14 * 60)
            let rules = Self.ruleSets[n % Self.ruleSets.count]
            let expected = Self.minuteByMinute(from: start, minutes: minutes, rules: rules, time: time)
            let counted = Pricing.minutesByClass(from: start, minutes: minutes, rules: rules, time: time)
            #expect(counted == expected, "\(minutes) min from \(start) in \(time.zone.identifier)")
            if expected.count > 1 { surcharged += 1 }
            if time.offset(at: start) != time.offset(at: start + Int64(minutes) * 60) { crossedAChange += 1 }

            // The whole quote, with the catalogue's rules, to the penny.
            let role = roles[random.next(roles.count)]
            let quote = Pricing.quote(
                role, start: start, minutes: minutes, bookedAt: start - Int64(random.next(72)) * 3600,
                catalogue: Self.catalogue, time: time)
            let classes = Self.minuteByMinute(from: start, minutes: quote.billableMinutes, rules: Self.catalogue.rules, time: time)
            var work = Pricing.cost(hourlyMinor: role.hourlyMinor, minutes: quote.billableMinutes)
            for rateClass in [RateClass.evening, .weekend, .holiday] {
                let percent = Self.catalogue.rules.percent(rateClass)
                guard let n = classes[rateClass], percent > 100 else { continue }
                work += Pricing.rounded(role.hourlyMinor * Int64(n) * Int64(percent - 100), over: 6000)
            }
            #expect(quote.workMinor == work, "\(role.id) \(minutes) min from \(start) in \(time.zone.identifier)")
        }
        // The draw reached what the stretches must get right.
        #expect(surcharged > 3_000)
        #expect(crossedAChange > 10)
    }

    @Test func boundariesOfTheEvening() {
        var rules = PricingRules()
        rules.eveningFrom = 18 * 60; rules.eveningUntil = 8 * 60
        #expect(rules.nextEveningBoundary(after: 0) == 8 * 60)
        #expect(rules.nextEveningBoundary(after: 8 * 60) == 18 * 60)
        #expect(rules.nextEveningBoundary(after: 18 * 60) == 1440)
        rules.eveningFrom = 20 * 60; rules.eveningUntil = 0
        #expect(rules.nextEveningBoundary(after: 0) == 20 * 60)
        #expect(rules.nextEveningBoundary(after: 20 * 60) == 1440)
    }
}
