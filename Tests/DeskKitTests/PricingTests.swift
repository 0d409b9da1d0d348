import DeskKit
import Testing

@Suite struct PricingTests {
    static let catalogue = try! Catalogue(files: IntentFiles.builtIn)
    var receptionist: Role { Self.catalogue.role("receptionist")! }  // £22/h, minimum 2 h
    var it: Role { Self.catalogue.role("it_support")! }  // £35/h, minimum 1 h

    @Test func wholeHours() {
        let q = Pricing.quote(receptionist, minutes: 480, catalogue: Self.catalogue)
        #expect(q.billableMinutes == 480)
        #expect(q.subtotalMinor == 17_600)
        #expect(q.taxMinor == 3_520)
        #expect(q.totalMinor == 17_600)
        #expect(q.totalWithTaxMinor == 21_120)
        #expect(q.currency == "GBP")
    }

    @Test func roundsUpToTheIncrement() {
        #expect(Pricing.quote(receptionist, minutes: 181, catalogue: Self.catalogue).billableMinutes == 195)
        #expect(Pricing.quote(receptionist, minutes: 195, catalogue: Self.catalogue).billableMinutes == 195)
        #expect(Pricing.quote(receptionist, minutes: 196, catalogue: Self.catalogue).billableMinutes == 210)
        #expect(Pricing.quote(receptionist, minutes: 195, catalogue: Self.catalogue).subtotalMinor == 7_150)
    }

    @Test func neverBelowTheMinimum() {
        #expect(Pricing.quote(receptionist, minutes: 30, catalogue: Self.catalogue).billableMinutes == 120)
        #expect(Pricing.quote(receptionist, minutes: 30, catalogue: Self.catalogue).subtotalMinor == 4_400)
        #expect(Pricing.quote(receptionist, minutes: 119, catalogue: Self.catalogue).billableMinutes == 120)
        #expect(Pricing.quote(receptionist, minutes: 121, catalogue: Self.catalogue).billableMinutes == 135)
        #expect(Pricing.quote(it, minutes: 1, catalogue: Self.catalogue).subtotalMinor == 3_500)
    }

    @Test func oddRatesRoundHalfUpOnce() {
        #expect(Pricing.cost(hourlyMinor: 2_250, minutes: 15) == 563)  // 562.5 → 563
        #expect(Pricing.cost(hourlyMinor: 2_249, minutes: 15) == 562)  // 562.25 → 562
        #expect(Pricing.cost(hourlyMinor: 1, minutes: 29) == 0)
        #expect(Pricing.cost(hourlyMinor: 1, minutes: 30) == 1)
    }

    @Test func ratesAreReadAsMinorUnitsWithoutFloatingPoint() {
        #expect(Money.parseMinor("22.00", digits: 2) == 2_200)
        #expect(Money.parseMinor("22.5", digits: 2) == 2_250)
        #expect(Money.parseMinor("0.07", digits: 2) == 7)
        #expect(Money.parseMinor("22", digits: 2) == 2_200)
        #expect(Money.parseMinor("22.005", digits: 2) == nil)
        #expect(Money.parseMinor("-1", digits: 2) == nil)
        #expect(Money.parseMinor("1e3", digits: 2) == nil)
    }

    @Test func moneyFormatting() {
        let f = MoneyFormat(symbol: "£", digits: 2)
        #expect(f.format(17_600) == "£176.00")
        #expect(f.format(5) == "£0.05")
        #expect(f.format(123_456_789) == "£1,234,567.89")
        #expect(f.format(-250) == "-£2.50")
    }
}
