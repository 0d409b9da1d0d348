import Foundation

/// The holidays and regions of the `holiday` and `region` blocks of Intents/*.roles. One set of rules
/// gives the dates the parser reads for a holiday's name and the public holidays the desk's region
/// charges at the holiday rate, for any year from 1970 to 2100. Nothing is computed until a year is asked for.
public final class HolidayRules: Sendable {
    public struct Region: Sendable, Equatable {
        public let id: String
        public let label: String
        /// What a public holiday on a Saturday or Sunday becomes.
        public let substitute: Substitute
        /// Added to a moved day's label: "Boxing Day (substitute day)".
        public let substituteSuffix: String
        let names: [String]
    }

    public enum Substitute: Sendable, Equatable {
        /// No day in its place.
        case none
        /// The next weekday that is not already a holiday, in date order (England: Christmas on a Saturday
        /// moves to Monday, Boxing Day on the Sunday to Tuesday).
        case nextFreeWeekday
        /// Saturday's holiday is kept on the Friday before, Sunday's on the Monday after.
        case nearestWeekday
    }

    /// How a holiday's own date moves when it falls on a weekend, wherever it is read.
    enum Observe: Sendable {
        case asIs
        case nearestWeekday
        /// The next weekday, passing over the dates of the holidays listed.
        case nextWeekday(skipping: [Int])
    }

    struct Holiday: Sendable {
        let id: String
        let label: String
        let names: [String]
        let rule: DayRule
        /// The last day of a holiday that lasts several days (Ramadan, Lent), found on or after the first.
        let until: DayRule?
        let observe: Observe
        let fromYear: Int
        let untilYear: Int
        let everyYears: Int
        /// Years in which the day was moved by proclamation: 2020's early May bank holiday on VE Day.
        let moved: [Int: CivilDate]
        /// Regions where it is a public holiday, and regions where its names mean it without a day off.
        let publicIn: [Int]
        let observedIn: [Int]
    }

    public let regions: [Region]
    private let list: HolidayList
    /// The region named by the desk's `region` line; the first region when none is.
    public let defaultRegion: Int

    public static let years = 1970...2100

    init(regions: [Region], holidays: [Holiday], defaultRegion: Int) {
        self.regions = regions
        list = HolidayList(holidays)
        self.defaultRegion = defaultRegion
    }

    /// Rules whose holidays are read from `archived`, which lives as long as the process, when first asked for.
    init(regions: [Region], archived: UnsafeBufferPointer<UInt8>, defaultRegion: Int) {
        self.regions = regions
        list = HolidayList(archived: archived)
        self.defaultRegion = defaultRegion
    }

    var holidays: [Holiday] { list.holidays }

    /// The region whose id, label or one of its names is `text`, in any case.
    public func region(named text: String) -> Int? {
        let key = text.lowercased()
        return regions.firstIndex { $0.id == key || $0.label.lowercased() == key || $0.names.contains(key) }
    }

    public var regionIds: [String] { regions.map(\.id) }

    // MARK: One holiday

    /// The holiday's own dates in `year` (its observed day where it moves off a weekend), before any
    /// region's substitute days.
    func dates(of index: Int, in year: Int) -> [CivilDate] {
        let h = holidays[index]
        guard HolidayRules.years.contains(year), year >= h.fromYear, year <= h.untilYear,
            h.everyYears <= 1 || (year - h.fromYear) % h.everyYears == 0
        else { return [] }
        if let moved = h.moved[year] { return [moved] }
        let found = h.rule.dates(in: year) { other, y in dates(of: other, in: y) }
        switch h.observe {
        case .asIs:
            return found
        case .nearestWeekday:
            return found.map { $0.weekday == 6 ? $0.adding(days: -1) : $0.weekday == 7 ? $0.adding(days: 1) : $0 }
        case .nextWeekday(let skipping):
            return found.map { date in
                var day = date
                while day.weekday >= 6 || skipping.contains(where: { dates(of: $0, in: day.year).contains(day) }) {
                    day = day.adding(days: 1)
                }
                return day
            }
        }
    }

    /// How many days the holiday lasts from a date it starts on: 1, or up to its `until` rule.
    func span(of index: Int, from start: CivilDate) -> Int {
        guard let until = holidays[index].until else { return 1 }
        for year in start.year...(start.year + 1) {
            if let end = until.dates(in: year, holidayDates: { dates(of: $0, in: $1) }).first(where: { $0 >= start }) {
                return end.dayNumber - start.dayNumber + 1
            }
        }
        return 1
    }

    /// The holidays a name can mean, in the order to try them: those of `region` (public there, or kept
    /// there), then those of no region, then the rest as written. The first with a date in the year asked wins,
    /// so a name kept by different rules in different years reads each year right.
    func ranked(_ candidates: [Int], region: Int) -> [Int] {
        if candidates.count == 1 { return candidates }
        func rank(_ index: Int) -> Int {
            let h = holidays[index]
            if h.publicIn.contains(region) || h.observedIn.contains(region) { return 0 }
            return h.publicIn.isEmpty && h.observedIn.isEmpty ? 1 : 2
        }
        return candidates.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    public func label(of index: Int) -> String { holidays[index].label }

    /// A day known by name whose date the rules cannot compute (`date none`).
    func isUndated(_ index: Int) -> Bool { holidays[index].rule.isUndated }

    // MARK: A region's public holidays

    /// The public holidays of `region` dated in `year`, substitute days included, with their labels.
    /// A holiday that moves to a substitute day is charged on the substitute day only, as the
    /// published lists give it.
    public func publicHolidays(region: Int, year: Int) -> [(date: CivilDate, name: String)] {
        guard regions.indices.contains(region), HolidayRules.years.contains(year) else { return [] }
        // The year before and after too: New Year's Day on a Saturday is kept on the Friday before, in the old year.
        var days: [(date: CivilDate, name: String)] = []
        for y in (year - 1)...(year + 1) {
            var own: [(date: CivilDate, name: String)] = []
            for (index, h) in holidays.enumerated() where h.publicIn.contains(region) {
                for date in dates(of: index, in: y) { own.append((date, h.label)) }
            }
            own.sort { $0.date < $1.date }
            days += substituted(own, regions[region])
        }
        return days.filter { $0.date.year == year }.sorted { $0.date < $1.date }
    }

    private func substituted(_ own: [(date: CivilDate, name: String)], _ region: Region) -> [(date: CivilDate, name: String)] {
        let suffix = region.substituteSuffix.isEmpty ? "" : " " + region.substituteSuffix
        switch region.substitute {
        case .none:
            return own
        case .nearestWeekday:
            return own.map { day in
                switch day.date.weekday {
                case 6: return (day.date.adding(days: -1), day.name + suffix)
                case 7: return (day.date.adding(days: 1), day.name + suffix)
                default: return day
                }
            }
        case .nextFreeWeekday:
            // Every weekday holiday keeps its day; a weekend one, or the second of two on one weekday (Anzac
            // Day on Easter Monday), moves to the next weekday that no holiday has.
            let weekdays = Set(own.filter { $0.date.weekday < 6 }.map(\.date))
            var taken = Set<CivilDate>()
            return own.map { day in
                if day.date.weekday < 6, !taken.contains(day.date) { taken.insert(day.date); return day }
                var moved = day.date
                while moved.weekday >= 6 || taken.contains(moved) || weekdays.contains(moved) { moved = moved.adding(days: 1) }
                taken.insert(moved)
                return (moved, day.name + suffix)
            }
        }
    }
}

/// The holidays of a set of rules, read from the grammar archive the first time they are needed: a start
/// whose lines name no holiday and price nothing never reads them.
private final class HolidayList: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var read: [HolidayRules.Holiday]?
    private let archived: UnsafeBufferPointer<UInt8>?

    init(_ holidays: [HolidayRules.Holiday]) {
        read = holidays
        archived = nil
    }

    init(archived: UnsafeBufferPointer<UInt8>) {
        self.archived = archived
    }

    var holidays: [HolidayRules.Holiday] {
        lock.withLock {
            if let read { return read }
            var reader = ArchiveReader(archived!)
            let holidays = [HolidayRules.Holiday](from: &reader)
            precondition(reader.isAtEnd, "grammar archive's holidays have bytes after their end")
            read = holidays
            return holidays
        }
    }
}
