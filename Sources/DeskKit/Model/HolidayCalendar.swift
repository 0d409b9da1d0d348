import Foundation
import Understanding

/// The public holidays a desk charges at the holiday rate: its region's, computed from the holiday rules
/// a year at a time when a price first needs that year, plus any day the catalogue dates itself
/// (`public_holiday 2026-12-24 Christmas Eve closing`).
public struct HolidayCalendar: Sendable, Equatable {
    public let rules: HolidayRules?
    public private(set) var region: Int
    /// Days dated in the catalogue, on top of the region's.
    public var dated: [CivilDate: String] = [:]
    private var cache = YearCache()

    public init(rules: HolidayRules? = nil) {
        self.rules = rules
        self.region = rules?.defaultRegion ?? 0
    }

    /// The region's name for replies ("England and Wales"); empty without rules.
    public var regionLabel: String {
        guard let rules, rules.regions.indices.contains(region) else { return "" }
        return rules.regions[region].label
    }

    public var regionId: String {
        guard let rules, rules.regions.indices.contains(region) else { return "" }
        return rules.regions[region].id
    }

    /// Charges the holidays of another region; false when no region has that id, label or name.
    public mutating func selectRegion(_ name: String) -> Bool {
        guard let index = rules?.region(named: name) else { return false }
        region = index
        cache = YearCache()
        return true
    }

    /// The holiday's name on that date, or nil for an ordinary day.
    public subscript(date: CivilDate) -> String? {
        get { dated[date] ?? year(date.year)[date] }
        set { dated[date] = newValue }
    }

    /// Every public holiday of the year, in date order.
    public func holidays(in year: Int) -> [(date: CivilDate, name: String)] {
        self.year(year).merging(dated.filter { $0.key.year == year }) { _, own in own }
            .map { (date: $0.key, name: $0.value) }.sorted { $0.date < $1.date }
    }

    private func year(_ year: Int) -> [CivilDate: String] {
        guard let rules else { return [:] }
        return cache.year(year) {
            Dictionary(rules.publicHolidays(region: region, year: year).map { ($0.date, $0.name) }) { first, _ in first }
        }
    }

    public static func == (a: HolidayCalendar, b: HolidayCalendar) -> Bool {
        a.rules === b.rules && a.region == b.region && a.dated == b.dated
    }

    /// Years already computed, shared by the copies of one calendar; guarded, as desks price on several threads in tests.
    private final class YearCache: @unchecked Sendable {
        private let lock = NSLock()
        private var years: [Int: [CivilDate: String]] = [:]

        func year(_ year: Int, compute: () -> [CivilDate: String]) -> [CivilDate: String] {
            lock.lock()
            defer { lock.unlock() }
            if let known = years[year] { return known }
            let days = compute()
            years[year] = days
            return days
        }
    }
}
