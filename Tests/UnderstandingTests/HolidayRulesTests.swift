import DeskKit
import Testing

@testable import Understanding

/// The holiday rules of Intents/holidays.roles against the dates governments published, region by region.
@Suite struct HolidayRulesTests {
    static let rules = Phrasing.grammar.holidays

    /// The public holidays of a region in a year, as "MM-DD Name" lines.
    func days(_ region: String, _ year: Int) -> [String] {
        let rules = Self.rules
        guard let index = rules.region(named: region) else { return ["no region \(region)"] }
        return rules.publicHolidays(region: index, year: year).map { "\(CivilDate.pad($0.date.month))-\(CivilDate.pad($0.date.day)) \($0.name)" }
    }

    func dates(_ region: String, _ year: Int) -> [String] { days(region, year).map { String($0.prefix(5)) } }

    @Test func englandAndWales2026And2027AreTheListTheDeskAlwaysCharged() {
        #expect(
            days("england-wales", 2026) == [
                "01-01 New Year's Day", "04-03 Good Friday", "04-06 Easter Monday", "05-04 Early May bank holiday",
                "05-25 Spring bank holiday", "08-31 Summer bank holiday", "12-25 Christmas Day", "12-28 Boxing Day (substitute day)"
            ])
        #expect(
            days("england-wales", 2027) == [
                "01-01 New Year's Day", "03-26 Good Friday", "03-29 Easter Monday", "05-03 Early May bank holiday",
                "05-31 Spring bank holiday", "08-30 Summer bank holiday", "12-27 Christmas Day (substitute day)",
                "12-28 Boxing Day (substitute day)"
            ])
    }

    @Test(arguments: [
        (2020, ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"]),
        (2021, ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"]),
        (2022, ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"]),
        (2023, ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"]),
        (2024, ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"]),
        (2025, ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"]),
        (2012, ["01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26"])
    ])
    func englandAndWalesBankHolidays(year: Int, expected: [String]) {
        #expect(dates("england-wales", year) == expected)
    }

    @Test func substituteDaysTakeTheNextFreeWeekdayInOrder() {
        // 2022: Christmas on a Sunday and Boxing Day on the Monday: Christmas moves past Boxing Day to Tuesday.
        #expect(days("england-wales", 2022).suffix(2) == ["12-26 Boxing Day", "12-27 Christmas Day (substitute day)"])
        // 2021: both on the weekend: Monday and Tuesday, each named.
        #expect(days("england-wales", 2021).suffix(2) == ["12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)"])
        #expect(days("england-wales", 2022).contains("09-19 Bank Holiday for the State Funeral of Queen Elizabeth II"))
    }

    @Test(arguments: [
        (2022, ["01-03", "01-04", "04-15", "05-02", "06-02", "06-03", "08-01", "09-19", "11-30", "12-26", "12-27"]),
        (2023, ["01-02", "01-03", "04-07", "05-01", "05-08", "05-29", "08-07", "11-30", "12-25", "12-26"]),
        (2024, ["01-01", "01-02", "03-29", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"])
    ])
    func scotland(year: Int, expected: [String]) {
        #expect(dates("scotland", year) == expected)
    }

    @Test(arguments: [
        (2023, ["01-02", "03-17", "04-07", "04-10", "05-01", "05-08", "05-29", "07-12", "08-28", "12-25", "12-26"]),
        (2024, ["01-01", "03-18", "03-29", "04-01", "05-06", "05-27", "07-12", "08-26", "12-25", "12-26"]),
        (2025, ["01-01", "03-17", "04-18", "04-21", "05-05", "05-26", "07-14", "08-25", "12-25", "12-26"])
    ])
    func northernIreland(year: Int, expected: [String]) {
        #expect(dates("northern-ireland", year) == expected)
    }

    @Test(arguments: [
        (2022, ["03-17", "03-18", "04-18", "05-02", "06-06", "08-01", "10-31"]),
        (2023, ["02-06", "03-17", "04-10", "05-01", "06-05", "08-07", "10-30", "12-25", "12-26"]),
        (2024, ["01-01", "02-05", "03-18", "04-01", "05-06", "06-03", "08-05", "10-28", "12-25", "12-26"]),
        (2025, ["01-01", "02-03", "03-17", "04-21", "05-05", "06-02", "08-04", "10-27", "12-25", "12-26"])
    ])
    func ireland(year: Int, expected: [String]) {
        // 2022's New Year and Christmas fell on weekends; the days checked are those of the rules themselves.
        let found = dates("ireland", year)
        #expect(expected.allSatisfy(found.contains), "\(found)")
        if year >= 2023 { #expect(found.filter { $0 < "12-20" && $0 > "01-05" } == expected.filter { $0 < "12-20" && $0 > "01-05" }) }
        #expect(!dates("ireland", 2022).contains("02-07"), "St Brigid's Day is kept from 2023")
        #expect(days("ireland", 2024).contains("12-26 St Stephen's Day"))
    }

    @Test(arguments: [
        (2020, ["01-01", "01-20", "02-17", "05-25", "07-03", "09-07", "10-12", "11-11", "11-26", "12-25"]),
        (2021, ["01-01", "01-18", "02-15", "05-31", "06-18", "07-05", "09-06", "10-11", "11-11", "11-25", "12-24", "12-31"]),
        (2023, ["01-02", "01-16", "02-20", "05-29", "06-19", "07-04", "09-04", "10-09", "11-10", "11-23", "12-25"]),
        (2024, ["01-01", "01-15", "02-19", "05-27", "06-19", "07-04", "09-02", "10-14", "11-11", "11-28", "12-25"])
    ])
    func unitedStatesFederal(year: Int, expected: [String]) {
        #expect(dates("us", year) == expected)
    }

    @Test(arguments: [
        (2025, ["01-01", "04-18", "05-19", "07-01", "09-01", "09-30", "10-13", "11-11", "12-25", "12-26"]),
        (2026, ["01-01", "04-03", "05-18", "07-01", "09-07", "09-30", "10-12", "11-11", "12-25", "12-28"])
    ])
    func canadaFederal(year: Int, expected: [String]) {
        #expect(dates("canada", year) == expected)
    }

    @Test(arguments: [
        (2025, ["01-01", "01-02", "02-06", "04-18", "04-21", "04-25", "06-02", "06-20", "10-27", "12-25", "12-26"]),
        (2026, ["01-01", "01-02", "02-06", "04-03", "04-06", "04-27", "06-01", "07-10", "10-26", "12-25", "12-28"])
    ])
    func newZealand(year: Int, expected: [String]) {
        #expect(dates("new-zealand", year) == expected)
    }

    @Test func australiaKeepsTheNationalDaysAndMovesAustraliaDayOffTheWeekend() {
        #expect(dates("australia", 2025) == ["01-01", "01-27", "04-18", "04-21", "04-25", "06-09", "12-25", "12-26"])
        #expect(days("australia", 2025)[1] == "01-27 Australia Day (observed)")
    }

    @Test func observedDaysAreNamedAndNewYearMayFallInTheOldYear() {
        #expect(days("us", 2021).contains("12-31 New Year's Day (observed)"))
        #expect(days("us", 2022).first == "01-17 Birthday of Martin Luther King, Jr.")
        #expect(days("us", 2021).contains("06-18 Juneteenth National Independence Day (observed)"))
        #expect(!dates("us", 2020).contains("06-19"), "Juneteenth is kept from 2021")
    }

    @Test(arguments: [1990, 2024, 2030, 2100])
    func india(year: Int) {
        #expect(days("india", year) == ["01-26 Republic Day", "08-15 Independence Day", "10-02 Gandhi Jayanti"])
    }

    @Test func everyYearFrom1970To2100HasItsHolidaysAndNoneOutside() {
        for region in Self.rules.regionIds {
            for year in HolidayRules.years {
                let found = Self.rules.publicHolidays(region: Self.rules.region(named: region)!, year: year)
                #expect(found.count >= 3, "\(region) \(year)")
                #expect(Set(found.map(\.date)).count == found.count, "\(region) \(year) dates a day twice")
                let misplaced = found.filter { $0.date.year != year || ($0.date.weekday >= 6 && region != "india") }
                #expect(misplaced.isEmpty, "\(region) \(year)")
            }
        }
        #expect(Self.rules.publicHolidays(region: 0, year: 1969).isEmpty)
        #expect(Self.rules.publicHolidays(region: 0, year: 2101).isEmpty)
    }

    @Test func theComputusAndTheLunisolarCalendars() {
        let easters = [(2000, "2000-04-23"), (2019, "2019-04-21"), (2038, "2038-04-25"), (2285, "2285-03-22"), (2008, "2008-03-23")]
        for (year, date) in easters { #expect(FeastCalendars.easter(year).description == date) }
        let orthodox = [(2018, "2018-04-08"), (2021, "2021-05-02"), (2023, "2023-04-16"), (2024, "2024-05-05"), (2025, "2025-04-20")]
        for (year, date) in orthodox { #expect(FeastCalendars.orthodoxEaster(year).description == date) }
        // Rosh Hashanah 5784 and 5785, Passover 5784, Yom Kippur 5779.
        #expect(FeastCalendars.hebrewDates(month: 7, day: 1, in: 2023).map(\.description) == ["2023-09-16"])
        #expect(FeastCalendars.hebrewDates(month: 7, day: 1, in: 2024).map(\.description) == ["2024-10-03"])
        #expect(FeastCalendars.hebrewDates(month: 1, day: 15, in: 2024).map(\.description) == ["2024-04-23"])
        #expect(FeastCalendars.hebrewDates(month: 7, day: 10, in: 2018).map(\.description) == ["2018-09-19"])
        // Purim falls in Adar II in a leap year (5784): 24 March 2024.
        #expect(FeastCalendars.hebrewDates(month: 12, day: 14, in: 2024).map(\.description) == ["2024-03-24"])
        // Islamic months from the new moon at Mecca, as the published Saudi dates: 1 Ramadan 1445, 1446 and
        // 1447; Eid al-Fitr 1444 and 1446; Eid al-Adha 1445; Eid al-Fitr came twice in 2000.
        let islamic = [
            (9, 1, 2024, "2024-03-11"), (9, 1, 2025, "2025-03-01"), (9, 1, 2026, "2026-02-18"), (10, 1, 2023, "2023-04-21"),
            (10, 1, 2025, "2025-03-30"), (12, 10, 2024, "2024-06-16")
        ]
        for (month, day, year, date) in islamic {
            #expect(LunarCalendars.islamicDates(month: month, day: day, in: year).map(\.description) == [date])
        }
        #expect(LunarCalendars.islamicDates(month: 10, day: 1, in: 2000).map(\.description) == ["2000-01-08", "2000-12-27"])
    }

    @Test func observancesAreDatesWithoutADayOff() {
        let rules = Self.rules
        func date(_ id: String, _ year: Int) -> String? {
            guard let index = rules.holidays.firstIndex(where: { $0.id == id }) else { return "no \(id)" }
            return rules.dates(of: index, in: year).first?.description
        }
        #expect(date("thanksgiving", 2030) == "2030-11-28")
        #expect(date("black_friday", 2030) == "2030-11-29")
        #expect(date("mothering_sunday", 2027) == "2027-03-07")
        #expect(date("mothers_day", 2027) == "2027-05-09")
        #expect(date("fathers_day", 2027) == "2027-06-20")
        #expect(date("super_tuesday", 2024) == "2024-03-05")
        #expect(date("super_tuesday", 2025) == nil)
        #expect(date("tax_day", 2022) == "2022-04-18")  // 15 April a Friday and DC's Emancipation Day kept on it
        #expect(date("tax_day", 2023) == "2023-04-18")  // 15 April a Saturday, Monday DC's Emancipation Day
        #expect(date("bosss_day", 2022) == "2022-10-17")
        #expect(date("administrative_professionals_day", 2024) == "2024-04-24")
        #expect(date("st_brigids_day", 2030) == "2030-02-01")  // 1 February a Friday
        #expect(date("victoria_day", 2026) == "2026-05-18")
        for region in rules.regionIds {
            let index = rules.region(named: region)!
            let names = Set(rules.publicHolidays(region: index, year: 2027).map(\.name))
            #expect(names.isDisjoint(with: ["Mother's Day", "Mothering Sunday", "Halloween", "Black Friday"]), "\(region)")
        }
    }

    /// Days kept by the moon or the sun in India and by the Islamic months, against their published dates:
    /// daytime festivals by the sunrise in the full moon's day, Vaisakhi and 25 Boishakh from the day the
    /// sun enters Aries, Jumu'atul-Wida the last Friday of Ramadan; festivals of a tithi by the hour they are
    /// kept at (Rama Navami at midday, Janmashtami at midnight, Karva Chauth at moonrise), Onam by the moon's
    /// nakshatra, and the Parsi New Year by its calendar of 365-day years.
    @Test(arguments: [
        ("raksha_bandhan", 2019, "2019-08-15"), ("raksha_bandhan", 2024, "2024-08-19"),
        ("valmiki_jayanti", 2024, "2024-10-17"), ("guru_ravidas_jayanti", 2024, "2024-02-24"),
        ("mahavir_jayanti", 2024, "2024-04-21"), ("mahavir_jayanti", 2023, "2023-04-04"),
        ("vaisakhi", 2024, "2024-04-13"), ("vaisakhi", 2023, "2023-04-14"),
        ("rabindra_jayanti", 2024, "2024-05-08"), ("ugadi", 2024, "2024-04-09"),
        ("jumuatul_wida", 2024, "2024-04-05"), ("jumuatul_wida", 2025, "2025-03-28"),
        ("eid_al_adha", 2023, "2023-06-28"),
        ("rama_navami", 2023, "2023-03-30"), ("rama_navami", 2024, "2024-04-17"),
        ("ganesh_chaturthi", 2023, "2023-09-19"), ("ganesh_chaturthi", 2024, "2024-09-07"),
        ("janmashtami", 2023, "2023-09-06"), ("janmashtami", 2024, "2024-08-26"),
        ("maha_shivaratri", 2024, "2024-03-08"), ("maha_shivaratri", 2025, "2025-02-26"),
        ("vasant_panchami", 2024, "2024-02-14"), ("vasant_panchami", 2025, "2025-02-02"),
        ("karva_chauth", 2024, "2024-10-20"), ("karva_chauth", 2025, "2025-10-10"),
        ("ratha_yatra", 2023, "2023-06-20"), ("ratha_yatra", 2024, "2024-07-07"),
        ("guru_gobind_singh_jayanti", 2024, "2024-01-17"),
        ("onam", 2023, "2023-08-29"), ("onam", 2024, "2024-09-15"),
        ("parsi_new_year", 2019, "2019-08-17"), ("parsi_new_year", 2021, "2021-08-16")
    ])
    func festivalsByTheMoonAndSunAreThePublishedDays(id: String, year: Int, published: String) {
        let rules = Self.rules
        let index = rules.holidays.firstIndex(where: { $0.id == id })
        #expect(index.map { rules.dates(of: $0, in: year).map(\.description) } == [published])
    }

    func error(_ text: String) -> String? {
        let files = IntentFiles.builtIn + [(name: "more.roles", text: text)]
        do { _ = try Grammar(files: files); return nil } catch { return "\(error)" }
    }

    @Test func malformedRulesAreRefusedWithTheirLine() {
        #expect(
            error("holiday founders_day\n  names founders day\n  date second Funday in May\n")?.hasPrefix(
                "more.roles:3: 'second funday in may' is not a date rule") == true)
        #expect(error("holiday founders_day\n  date May 32\n") != nil)
        #expect(error("holiday founders_day\n  names founders day\n") == "more.roles:1: holiday founders_day has no date")
        #expect(
            error("holiday founders_day\n  date May 3\n  public narnia\n")?.hasPrefix("more.roles:3: no region 'narnia' is defined above") == true)
        #expect(error("holiday christmas_day\n  date May 3\n") == "more.roles:1: holiday christmas_day is defined twice")
        #expect(error("holiday founders_day\n  date May 3\n  colour red\n") == "more.roles:3: unknown key 'colour' in holiday founders_day")
        #expect(error("holiday founders_day\n  date May 3\n  from 1850\n") == "more.roles:3: from is a year from 1970 to 2100, not '1850'")
        #expect(error("holiday founders_day\n  date May 3\n  moved 2020-13-01\n") == "more.roles:3: moved is the day of one year, like 2020-05-08")
        #expect(error("holiday founders_day\n  date May 3\n  observe when it rains\n")?.hasPrefix("more.roles:3: observe is") == true)
        #expect(error("holiday founders_day\n  date May 3 if Caturday\n") == "more.roles:2: 'if' takes a weekday, not 'caturday'")
        #expect(error("holiday founders_day\n  date hindu tithi 1-31\n")?.hasPrefix("more.roles:2: hindu tithi takes a month and tithi") == true)
        #expect(error("holiday founders_day\n  date hindu tithi 1-9 dusk\n")?.hasPrefix("more.roles:2: hindu tithi takes") == true)
        #expect(error("holiday founders_day\n  date nakshatra 28 in sign 5\n")?.hasPrefix("more.roles:2: nakshatra takes") == true)
        #expect(error("holiday founders_day\n  date every 12 days from 2018-08-17\n")?.hasPrefix("more.roles:2: every takes") == true)
        #expect(error("holiday founders_day\n  date founders_eve + 1\n")?.hasPrefix("more.roles:2: 'founders_eve' is not a date rule") == true)
        #expect(error("region england-wales\n  label Again\n") == "more.roles:1: region england-wales is defined twice")
        #expect(error("region moon\n  substitute whenever\n")?.hasPrefix("more.roles:2: substitute is") == true)
        #expect(error("desk more\n  region atlantis\n")?.hasPrefix("more.roles:2: no region 'atlantis'") == true)
        #expect(error("holiday founders_day\n  names founders day\n  date third Monday in June\n  public us\n") == nil)
    }
}
