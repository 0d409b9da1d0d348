import DeskKit
import Foundation
import Testing
import Understanding

/// Each pricing rule at its boundaries, on the built-in catalogue (evening 18:00-08:00 125%, weekend 150%,
/// holiday 200%, rush 24 h 20%, late cancellation 48 h 50%, VAT 20%), in London.
@Suite struct PricingRuleTests {
    static let catalogue = try! Catalogue(files: IntentFiles.builtIn)
    static let london = DeskTime(zone: TimeZone(identifier: "Europe/London")!)
    var receptionist: Role { Self.catalogue.role("receptionist")! }  // £22/h, minimum 2 h
    var it: Role { Self.catalogue.role("it_support")! }  // £35/h, minimum 1 h

    func at(_ iso: String) -> Int64 { Self.london.instant(LocalDateTime(iso: iso)!) }
    /// Booked long before, so no rush fee.
    let early = Int64(0)

    func quote(_ role: Role, _ start: String, minutes: Int, bookedAt: Int64? = nil) -> Quote {
        Pricing.quote(role, start: at(start), minutes: minutes, bookedAt: bookedAt ?? early, catalogue: Self.catalogue, time: Self.london)
    }

    func amount(_ q: Quote, _ kind: QuoteLine.Kind) -> Int64? { q.lines.first { $0.kind == kind }?.amountMinor }
    func minutes(_ q: Quote, _ kind: QuoteLine.Kind) -> Int? { q.lines.first { $0.kind == kind }?.minutes }

    @Test func theMinuteBeforeAndAfterTheEveningStarts() {
        let classes = { (start: String) in
            Pricing.minutesByClass(from: at(start), minutes: 1, rules: Self.catalogue.rules, time: Self.london)
        }
        #expect(classes("2026-12-01T17:59") == [.standard: 1])
        #expect(classes("2026-12-01T18:00") == [.evening: 1])
        #expect(classes("2026-12-02T07:59") == [.evening: 1])
        #expect(classes("2026-12-02T08:00") == [.standard: 1])
    }

    @Test func eveningSurchargeCountsOnlyTheEveningMinutes() {
        // Tue 1 Dec 17:01-19:01: 59 standard minutes, 61 evening minutes.
        let q = quote(receptionist, "2026-12-01T17:01", minutes: 120)
        #expect(amount(q, .base) == 4_400)
        #expect(minutes(q, .evening) == 61)
        #expect(amount(q, .evening) == 559)  // 2200 × 61 × 25 / 6000 = 559.17 → 559
        #expect(q.subtotalMinor == 4_959)
        #expect(amount(q, .tax) == 992)  // 991.8 → 992
        #expect(q.totalMinor == 4_959)
        #expect(q.totalWithTaxMinor == 5_951)
        // Ending exactly at 18:00 pays no surcharge at all.
        let before = quote(receptionist, "2026-12-01T16:00", minutes: 120)
        #expect(amount(before, .evening) == nil)
        #expect(before.totalMinor == 4_400)
        #expect(before.totalWithTaxMinor == 5_280)
    }

    @Test func aBookingCrossingMidnightIntoTheWeekendIsSplitByTheMinute() {
        // Fri 4 Dec 23:00 to Sat 5 Dec 01:00: an evening hour, then a weekend hour (150% beats the evening's 125%).
        let q = quote(receptionist, "2026-12-04T23:00", minutes: 120)
        #expect(minutes(q, .evening) == 60)
        #expect(minutes(q, .weekend) == 60)
        #expect(amount(q, .evening) == 550)
        #expect(amount(q, .weekend) == 1_100)
        #expect(q.subtotalMinor == 4_400 + 550 + 1_100)
        // Sunday night into Monday morning: weekend until midnight, then evening until 08:00.
        let sunday = quote(receptionist, "2026-12-06T23:30", minutes: 60)
        #expect(minutes(sunday, .weekend) == 30)
        #expect(minutes(sunday, .evening) == 90)  // the 2 h minimum runs on to 01:30
    }

    @Test func publicHolidaysPayTheHolidayMultiplier() {
        // Christmas Day 2026 is a Friday: every minute is a holiday minute, doubling the base.
        let q = quote(receptionist, "2026-12-25T09:00", minutes: 480)
        #expect(minutes(q, .holiday) == 480)
        #expect(amount(q, .holiday) == 17_600)
        #expect(amount(q, .evening) == nil)
        // Christmas Eve into Christmas Day: evening until midnight, holiday after.
        let night = quote(receptionist, "2026-12-24T22:00", minutes: 240)
        #expect(minutes(night, .evening) == 120)
        #expect(minutes(night, .holiday) == 120)
        // The substitute Boxing Day (Mon 28 Dec 2026) is listed; Tue 29 Dec is not.
        #expect(Self.catalogue.rules.holidays[CivilDate(year: 2026, month: 12, day: 28)] == "Boxing Day (substitute day)")
        #expect(amount(quote(receptionist, "2026-12-29T09:00", minutes: 480), .holiday) == nil)
    }

    @Test func theHighestMultiplierWinsAndTheyNeverStack() {
        var rules = PricingRules()
        rules.eveningPercent = 125
        rules.weekendPercent = 150
        rules.holidayPercent = 200
        let saturday = CivilDate(year: 2026, month: 12, day: 5)
        #expect(rules.rateClass(date: saturday, minute: 20 * 60) == .weekend)
        rules.holidays[saturday] = "a holiday on a Saturday"
        #expect(rules.rateClass(date: saturday, minute: 20 * 60) == .holiday)
        rules.weekendPercent = 100
        #expect(rules.rateClass(date: CivilDate(year: 2026, month: 12, day: 6), minute: 20 * 60) == .evening)
    }

    @Test func theMinimumAndRoundingMinutesFollowTheBookedTime() {
        // IT support for 10 minutes from 17:30 bills the 1 h minimum, 17:30-18:30: 30 of those minutes are evening.
        let q = quote(it, "2026-12-01T17:30", minutes: 10)
        #expect(q.billableMinutes == 60)
        #expect(minutes(q, .evening) == 30)
        #expect(amount(q, .evening) == 438)  // 3500 × 30 × 25 / 6000 = 437.5 → 438, half up
        // 2 h 50 min from 15:00 rounds up to 3 h, 15:00-18:00: no evening minute.
        let r = quote(receptionist, "2026-12-01T15:00", minutes: 170)
        #expect(r.billableMinutes == 180)
        #expect(amount(r, .evening) == nil)
    }

    @Test func rushFeeStartsInsideTwentyFourHours() {
        let booked = at("2026-11-30T09:00")
        let justInside = quote(receptionist, "2026-12-01T08:59", minutes: 480, bookedAt: booked)
        let exactly = quote(receptionist, "2026-12-01T09:00", minutes: 480, bookedAt: booked)
        // 08:59-16:59 includes the minute 08:59, which is standard time: base 17600, rush 20% = 3520.
        #expect(amount(justInside, .rush) == 3_520)
        #expect(justInside.totalMinor == 17_600 + 3_520)
        #expect(justInside.totalWithTaxMinor == (17_600 + 3_520) * 120 / 100)
        #expect(amount(exactly, .rush) == nil)
        #expect(exactly.totalMinor == 17_600)
        // The rush fee is a share of the surcharges too.
        let tonight = quote(it, "2026-11-30T19:00", minutes: 120, bookedAt: booked)
        #expect(amount(tonight, .rush) == 1_750)  // 20% of the £70.00 base and £17.50 evening surcharge
    }

    @Test func lateCancellationInsideTheNoticePeriod() throws {
        let q = quote(receptionist, "2026-12-03T09:00", minutes: 480)
        let start = at("2026-12-03T09:00")
        #expect(Pricing.cancellationFee(for: q, start: start, cancelledAt: start - 48 * 3600, catalogue: Self.catalogue) == nil)
        let fee = try #require(Pricing.cancellationFee(for: q, start: start, cancelledAt: start - 48 * 3600 + 60, catalogue: Self.catalogue))
        #expect(fee.lines.map(\.kind) == [.cancellation, .tax])
        #expect(fee.subtotalMinor == 8_800)  // half of the £176.00 work, not of the VAT
        #expect(fee.totalMinor == 8_800)
        #expect(fee.totalWithTaxMinor == 10_560)
    }

    @Test func everyLineIsRoundedOnceAndTheTotalIsTheirSum() {
        #expect(Pricing.rounded(137_5, over: 10) == 138)
        #expect(Pricing.rounded(1_374, over: 10) == 137)
        #expect(Pricing.rounded(0, over: 60) == 0)
        for start in ["2026-12-01T17:07", "2026-12-04T22:13", "2026-12-24T20:41"] {
            for length in [1, 61, 199, 480, 1_440] {
                let q = quote(receptionist, start, minutes: length)
                #expect(q.totalWithTaxMinor == q.lines.reduce(0) { $0 + $1.amountMinor })
                #expect(q.lines.first?.minutes == q.billableMinutes)
                let surcharged = q.lines.filter { [QuoteLine.Kind.evening, .weekend, .holiday].contains($0.kind) }.compactMap(\.minutes).reduce(0, +)
                #expect(surcharged <= q.billableMinutes)
            }
        }
    }

    @Test func aBookingAcrossTheClockChangeIsPricedByRealMinutes() {
        // Sun 25 Oct 2026, London leaves summer time at 02:00 BST: 00:00-04:00 on the wall clock is 5 real hours,
        // all of them weekend minutes.
        let start = at("2026-10-25T00:00")
        let end = at("2026-10-25T04:00")
        #expect(end - start == 5 * 3600)
        let classes = Pricing.minutesByClass(from: start, minutes: 300, rules: Self.catalogue.rules, time: Self.london)
        #expect(classes == [.weekend: 300])
    }

    @Test func theCatalogueRefusesBadRulesWithTheirLine() {
        let base = IntentFiles.builtIn.filter { !$0.name.hasSuffix(".roles") }
        let roles = IntentFiles.builtIn.first { $0.name.hasSuffix("catalogue.roles") }!
        func error(_ extra: String) -> String? {
            let bad = (name: "extra.roles", text: "desk extra\n" + extra + "\n")
            do { _ = try Catalogue(files: base + [roles, bad]); return nil } catch { return "\(error)" }
        }
        #expect(error("  evening 18:00 125%") == "extra.roles:2: evening is hours and a multiplier like 18:00-08:00 125%")
        #expect(error("  weekend 1.5") == "extra.roles:2: weekend is a multiplier of at least 100%, like 150%")
        #expect(error("  public_holiday 2026-02-30 Not a day") == "extra.roles:2: public_holiday is a date and a name, like 2026-12-25 Christmas Day")
        #expect(error("  public_holiday 2027-01-01 Again\n  public_holiday 2027-01-01 Again") == "extra.roles:3: 2027-01-01 is listed twice")
        #expect(error("  tax 20%") == "extra.roles:2: tax is a name and a rate, like VAT 20%")
        #expect(error("  rush 90m 20%") == "extra.roles:2: rush is a notice period in hours and a percentage, like 24h 20%")
    }

    @Test func ratesJSONCarriesEveryRule() {
        let json = ReplyJSON(time: Self.london, catalogue: Self.catalogue).rates(years: 2026...2027).serialized
        #expect(json.contains(#""evening":{"from":"18:00","until":"08:00","percent":125}"#))
        #expect(json.contains(#""rush":{"within_hours":24,"percent":20}"#))
        #expect(json.contains(#""late_cancellation":{"within_hours":48,"percent":50}"#))
        #expect(json.contains(#""tax":{"name":"VAT","percent":20}"#))
        #expect(json.contains(#"{"date":"2027-12-28","name":"Boxing Day (substitute day)"}"#))
        #expect(json.contains(#""hourly_minor":2200"#))
    }
}
