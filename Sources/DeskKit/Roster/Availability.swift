import Foundation
import Understanding

/// Whether an assistant can take a slot, judged in their own zone, and if not, why.
public enum Availability {
    /// Why someone can't take a slot, in the order the checks run.
    public enum Obstacle: Equatable, Sendable {
        case role(String)
        case leave(Leave)
        case hours
        case booked
    }

    /// The first reason `person` can't work [start, end) as `role`, or nil when they can (their bookings aside:
    /// `busy` says who is booked then).
    public static func obstacle(_ person: Assistant, role: String, start: Int64, end: Int64, busy: Set<Int64>) -> Obstacle? {
        guard person.roles.contains(role) else { return .role(role) }
        let time = clock(person.zone)
        let first = time.local(start).date
        let last = time.local(max(start, end - 1)).date
        if let away = person.leave.first(where: { $0.first <= last && first <= $0.last }) { return .leave(away) }
        guard works(person.hours, time: time, start: start, end: end) else { return .hours }
        if busy.contains(person.id) { return .booked }
        return nil
    }

    /// The clock of a zone, built once per zone: a `TimeZone` and its offsets cost far more than a check.
    static func clock(_ zone: String) -> DeskTime {
        clocks.lock.lock()
        defer { clocks.lock.unlock() }
        if let time = clocks.known[zone] { return time }
        let time = DeskTime(zone: TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!)
        clocks.known[zone] = time
        return time
    }
    private final class Clocks: @unchecked Sendable {
        let lock = NSLock()
        var known: [String: DeskTime] = [:]
    }
    private static let clocks = Clocks()

    /// The stretches `person` works that overlap [start, end), as instants, each whole (clock changes included).
    static func shifts(_ person: Assistant, overlapping start: Int64, _ end: Int64) -> [(start: Int64, end: Int64)] {
        let time = clock(person.zone)
        var found: [(start: Int64, end: Int64)] = []
        var date = time.local(start).date.adding(days: -1)
        let last = time.local(end).date
        while date <= last {
            for shift in person.hours.shifts where shift.weekday == date.weekday {
                let from = time.instant(LocalDateTime(date: date, minute: shift.start))
                let until = time.instant(LocalDateTime(date: date.adding(days: shift.end / 1440), minute: shift.end % 1440))
                if from < end, start < until { found.append((from, until)) }
            }
            date = date.adding(days: 1)
        }
        return found
    }

    /// Whether one shift of the week, laid on the real calendar of the zone (clock changes included), holds the whole slot.
    /// A shift that began the day before and runs past midnight counts too.
    static func works(_ hours: WorkingHours, time: DeskTime, start: Int64, end: Int64) -> Bool {
        let day = time.local(start).date
        for date in [day.adding(days: -1), day] {
            for shift in hours.shifts where shift.weekday == date.weekday {
                let from = time.instant(LocalDateTime(date: date, minute: shift.start))
                let until = time.instant(LocalDateTime(date: date.adding(days: shift.end / 1440), minute: shift.end % 1440))
                if from <= start, end <= until { return true }
            }
        }
        return false
    }
}
