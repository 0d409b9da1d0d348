import DeskKit
import Testing

@testable import Understanding

/// Holiday names with the words around them, read at Monday 30 November 2026, 09:00, on a desk in England.
@Suite struct HolidayNameTests {
    static let cases: [(String, String)] = [
        ("need a receptionist on thanksgiving", "book date=2027-11-25"),
        ("need a receptionist this thanksgiving", "book date=2027-11-25"),
        ("need a receptionist on thanksgiving 2031", "book date=2031-11-27"),
        ("need a receptionist on thanksgiving in a year", "book date=2027-11-25"),
        ("need a receptionist on thanksgiving in 3 years", "book date=2029-11-22"),
        ("need a receptionist on next christmas", "book date=2026-12-25"),
        ("need a receptionist on christmas of next year", "book date=2027-12-25"),
        ("need a receptionist on christmas next year", "book date=2027-12-25"),
        ("need a receptionist on boxing day 2030", "book date=2030-12-26"),
        ("need a receptionist on boxing day two years from now", "book date=2028-12-26"),
        ("need a receptionist on easter monday in 2028", "book date=2028-04-17"),
        ("need a receptionist on good friday", "book date=2027-03-26"),
        ("need a receptionist on Christmas Eve", "book date=2026-12-24"),
        ("need a receptionist on new year's eve", "book date=2026-12-31"),
        ("need a receptionist on new years day", "book date=2027-01-01"),
        ("need a receptionist on pancake day", "book date=2027-02-09"),
        ("need a receptionist on st patrick's day", "book date=2027-03-17"),
        ("need a receptionist on labor day", "book date=2027-09-06"),
        ("need a receptionist on labour day", "book date=2027-05-01"),
        ("need a receptionist on halloween", "book date=2027-10-31"),
        ("need a receptionist on black friday", "book date=2027-11-26"),
        ("need a receptionist on the early may bank holiday", "book date=2027-05-03"),
        ("need a receptionist on the august bank holiday 2027", "book date=2027-08-30"),
        // "mother's day" in England is Mothering Sunday, three weeks before Easter.
        ("need a receptionist on mother's day", "book date=2027-03-07"),
        ("need a receptionist on father's day", "book date=2027-06-20"),
        ("need a receptionist on super tuesday", "book date=2028-03-07"),
        ("need a receptionist on yom kippur 2027", "book date=2027-10-11"),
        ("need a receptionist for hanukkah", "book date=2026-12-05 days=8"),
        ("need a receptionist on diwali", "book date=2027-10-29"),
        ("need a receptionist on gurpurab", "book date=-"),
        ("need a receptionist on monday of the holy spirit", "book date=2027-05-17"),
        ("need a receptionist a week from christmas", "book date=2027-01-01")
    ]

    @Test(arguments: cases)
    func phrasing(_ line: String, _ expected: String) {
        Phrasing.check(line, expected)
    }

    static let past: [(String, String)] = [
        ("what did we book for last easter", "2026-04-05"),
        ("what did we book for thanksgiving 3 years ago", "2023-11-23"),
        ("what did we book for good friday of last year", "2025-04-18"),
        ("what did we book for christmas 2019", "2019-12-25")
    ]

    @Test(arguments: past)
    func daysBeforeToday(_ line: String, _ date: String) {
        #expect(Phrasing.grammar.parse(line, now: Phrasing.now).slots.date?.description == date, "\(line)")
    }

    @Test func aNameMeansTheDesksRegionsHolidayFirst() {
        var us = Phrasing.grammar
        let usKnown = us.selectRegion("us")
        #expect(usKnown)
        #expect(us.parse("need a receptionist on mother's day", now: Phrasing.now).slots.date?.description == "2027-05-09")
        var ireland = Phrasing.grammar
        let irelandKnown = ireland.selectRegion("Ireland")
        #expect(irelandKnown)
        #expect(ireland.parse("need a receptionist on labour day", now: Phrasing.now).slots.date?.description == "2027-05-03")
        #expect(ireland.parse("need a receptionist on boxing day", now: Phrasing.now).slots.dateNote?.contains("St Stephen's Day") == true)
        var india = Phrasing.grammar
        let indiaKnown = india.selectRegion("india")
        #expect(indiaKnown)
        #expect(india.parse("need a receptionist on independence day", now: Phrasing.now).slots.date?.description == "2027-08-15")
        #expect(Phrasing.grammar.parse("need a receptionist on independence day", now: Phrasing.now).slots.date?.description == "2027-07-04")
        let narnia = us.selectRegion("narnia")
        #expect(!narnia)
    }

    @Test func aModifierAtTheEndOfALineIsNoHoliday() {
        for line in ["need a receptionist next", "book a PA this", "cover last"] {
            #expect(Phrasing.grammar.parse(line, now: Phrasing.now).slots.date == nil, "\(line)")
        }
        // A range or bound cut short looks past the last word for a date, and finds none there.
        for line in ["a PA every Monday from", "a PA every Monday until", "PA Monday to"] {
            #expect(Phrasing.grammar.parse(line, now: Phrasing.now).slots.date?.description == "2026-12-07", "\(line)")
        }
    }

    @Test func aDayNoArithmeticDatesIsAskedAbout() {
        let slots = Phrasing.grammar.parse("need a receptionist for guru nanak jayanti", now: Phrasing.now).slots
        #expect(slots.date == nil)
        #expect(slots.dateProblem == "the date of Guru Nanak Jayanti follows a moon or calendar I don't compute")
        // Chinese New Year comes from the moon: not 1 January.
        #expect(Phrasing.grammar.parse("need a receptionist for chinese new year", now: Phrasing.now).slots.date?.description == "2027-02-06")
    }

    @Test func aYearOutsideTheRulesIsAskedAbout() {
        let slots = Phrasing.grammar.parse("need a receptionist on christmas 1850", now: Phrasing.now).slots
        #expect(slots.date == nil)
        #expect(slots.dateProblem == "christmas 1850 is outside the years I date holidays for, 1970 to 2100")
    }
}
