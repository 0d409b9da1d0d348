import Understanding

/// An assistant's weekly working hours in their own zone: `Mon-Fri 09:00-17:00`, several intervals a day
/// (`Mon-Fri 09:00-12:30,13:30-17:00`), several groups (`Mon-Fri 09:00-17:00; Sat 10:00-14:00`), and
/// hours that run past midnight (`Fri 22:00-06:00` ends on Saturday morning).
public struct WorkingHours: Sendable, Equatable {
    /// One stretch of work: it starts on `weekday` (1 = Monday … 7 = Sunday) at `start` minutes after
    /// midnight and lasts until `end`, which passes 1440 when it runs into the next day.
    public struct Shift: Sendable, Equatable, Comparable {
        public let weekday: Int
        public let start: Int
        public let end: Int

        public static func < (a: Shift, b: Shift) -> Bool { (a.weekday, a.start) < (b.weekday, b.start) }
    }

    /// Sorted by day and start; no two overlap, even across a midnight or the end of the week.
    public let shifts: [Shift]

    static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// Reads the text an owner writes; a problem names what is wrong and the field.
    public init(_ text: String) throws(StaffProblem) {
        var shifts: [Shift] = []
        let groups = text.split(separator: ";", omittingEmptySubsequences: false)
        for group in groups {
            let words = group.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2 else {
                throw StaffProblem(field: "hours", "'\(group.trimmed)' should be days then times, like Mon-Fri 09:00-17:00")
            }
            let days = try WorkingHours.days(words[0])
            for interval in words[1].split(separator: ",", omittingEmptySubsequences: false) {
                let (start, end) = try WorkingHours.interval(interval)
                for day in days { shifts.append(Shift(weekday: day, start: start, end: end)) }
            }
        }
        shifts.sort()
        // Each shift laid on a week of minutes, with the week wrapping round: an overlap is two shifts claiming a minute.
        let week = 7 * 1440
        for (index, shift) in shifts.enumerated() {
            let from = (shift.weekday - 1) * 1440 + shift.start
            for other in shifts[(index + 1)...] {
                let otherFrom = (other.weekday - 1) * 1440 + other.start
                let overlaps =
                    otherFrom < from + (shift.end - shift.start)
                    || from + week < otherFrom + (other.end - other.start)
                if overlaps {
                    throw StaffProblem(field: "hours", "\(WorkingHours.describe(shift)) and \(WorkingHours.describe(other)) overlap")
                }
            }
        }
        self.shifts = shifts
    }

    private static func days(_ text: Substring) throws(StaffProblem) -> [Int] {
        var days: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count <= 2 else { throw StaffProblem(field: "hours", "'\(part)' is not a day or a range of days like Mon-Fri") }
            let first = try day(ends[0])
            let last = ends.count == 2 ? try day(ends[1]) : first
            // Sat-Mon wraps round the weekend.
            var day = first
            while true {
                if !days.contains(day) { days.append(day) }
                if day == last { break }
                day = day % 7 + 1
            }
        }
        return days
    }

    private static func day(_ text: Substring) throws(StaffProblem) -> Int {
        let lower = text.lowercased()
        // Three letters or the whole name: Mon, mon, Monday.
        let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if let index = full.firstIndex(where: { $0 == lower || (lower.count == 3 && $0.hasPrefix(lower)) }) { return index + 1 }
        throw StaffProblem(field: "hours", "'\(text)' is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun")
    }

    private static func interval(_ text: Substring) throws(StaffProblem) -> (Int, Int) {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2 else { throw StaffProblem(field: "hours", "'\(text)' is not a time range like 09:00-17:00") }
        let start = try time(ends[0], allowingMidnightEnd: false)
        var end = try time(ends[1], allowingMidnightEnd: true)
        guard end != start else { throw StaffProblem(field: "hours", "'\(text)' starts and ends at the same time") }
        if end < start { end += 1440 }
        return (start, end)
    }

    /// `HH:MM`, 00:00-23:59, and 24:00 as an end.
    private static func time(_ text: Substring, allowingMidnightEnd: Bool) throws(StaffProblem) -> Int {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
        else {
            throw StaffProblem(field: "hours", "'\(text)' is not a time; write it as HH:MM, like 09:00")
        }
        guard minute < 60, hour < 24 || (allowingMidnightEnd && hour == 24 && minute == 0) else {
            throw StaffProblem(field: "hours", "\(text) is not a time of day (00:00 to 24:00)")
        }
        return hour * 60 + minute
    }

    static func describe(_ shift: Shift) -> String {
        "\(dayNames[shift.weekday - 1]) \(Clock24.format(shift.start))-\(endText(shift.end))"
    }

    /// An end time: midnight that ends a day is 24:00, a shift past midnight shows the next day's clock.
    static func endText(_ end: Int) -> String { end == 1440 ? "24:00" : Clock24.format(end) }

    /// The canonical text: days with the same intervals grouped into runs, `Mon-Fri 09:00-17:00; Sat 10:00-14:00`.
    public var text: String {
        var perDay: [[String]] = Array(repeating: [], count: 7)
        for shift in shifts {
            perDay[shift.weekday - 1].append("\(Clock24.format(shift.start))-\(WorkingHours.endText(shift.end))")
        }
        var groups: [String] = []
        var day = 0
        while day < 7 {
            guard !perDay[day].isEmpty else { day += 1; continue }
            var last = day
            while last + 1 < 7, perDay[last + 1] == perDay[day] { last += 1 }
            let days =
                last == day
                ? WorkingHours.dayNames[day]
                : last == day + 1
                    ? "\(WorkingHours.dayNames[day]),\(WorkingHours.dayNames[last])"
                    : "\(WorkingHours.dayNames[day])-\(WorkingHours.dayNames[last])"
            groups.append("\(days) \(perDay[day].joined(separator: ","))")
            day = last + 1
        }
        return groups.joined(separator: "; ")
    }
}

extension Substring {
    var trimmed: Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
