import Understanding

/// A week at a glance, Monday to Sunday: the bookings that are not cancelled, laid out by day and
/// wall-clock hour, with each day's and the week's totals. `WeekGrid` draws it; JSON gives it as objects.
public struct WeekView: Sendable {
    /// A booking's part on one day: a night shift from Friday 22:00 to Saturday 06:00 has two.
    public struct Block: Sendable {
        /// The bookings drawn as this block: one, or several with the same role and hours ("two packers").
        public var ids: [Int64]
        public var role: String
        /// 0 = Monday … 6 = Sunday.
        public var day: Int
        /// Wall-clock minutes of the day; `until` may be 1440 (midnight at the end of the day).
        public var from: Int
        public var until: Int
        /// The booking began on an earlier day.
        public var continued: Bool
        /// Which of the day's side-by-side columns holds it, and how many the day has.
        public var lane = 0
        public var lanes = 1

        /// The hour rows the block covers.
        var firstRow: Int { from / 60 }
        var endRow: Int { (until + 59) / 60 }
    }

    public struct Day: Sendable {
        public var date: CivilDate
        /// 23 or 25 on a day the clocks change, else 24.
        public var hours: Int
        /// Bookings starting this day (a booking counts on the day it starts), their time and what they cost.
        public var ids: [Int64] = []
        public var minutes = 0
        public var totalMinor: Int64 = 0
    }

    public var first: CivilDate
    public var days: [Day]
    public var blocks: [Block]
    /// The hours drawn: those holding bookings, and at least 08:00-18:00.
    public var firstHour: Int
    public var endHour: Int
    /// Tasks due in the week: they have a deadline, not hours, so they are listed rather than drawn.
    public var due: [Booking]
    public var bookings: [Booking]

    public var count: Int { days.reduce(0) { $0 + $1.ids.count } + due.count }
    public var minutes: Int { days.reduce(0) { $0 + $1.minutes } }
    public var totalMinor: Int64 { days.reduce(0) { $0 + $1.totalMinor } + due.reduce(0) { $0 + $1.owedMinor } }

    /// Lays out `bookings` (any that touch the week) in the week starting on Monday `first`.
    init(first: CivilDate, bookings all: [Booking], time: DeskTime) {
        self.first = first
        let start = time.instant(LocalDateTime(date: first, minute: 0))
        let end = time.instant(LocalDateTime(date: first.adding(days: 7), minute: 0))
        days = (0..<7).map { i in
            let date = first.adding(days: i)
            let from = time.instant(LocalDateTime(date: date, minute: 0))
            let to = time.instant(LocalDateTime(date: date.adding(days: 1), minute: 0))
            return Day(date: date, hours: Int((to - from + 1800) / 3600))
        }
        let shown = all.filter { $0.status != .cancelled && $0.end > start && $0.start < end }
        bookings = shown
        due = shown.filter { $0.isDeadline == true }
        var blocks: [Block] = []
        for b in shown where b.isDeadline != true {
            let from = time.local(b.start), to = time.local(b.end)
            let startDay = from.date.dayNumber - first.dayNumber
            if (0..<7).contains(startDay) {
                days[startDay].ids.append(b.id)
                days[startDay].minutes += Int((b.end - b.start) / 60)
                days[startDay].totalMinor += b.owedMinor
            }
            for day in max(0, startDay)...min(6, to.date.dayNumber - first.dayNumber) {
                let date = first.adding(days: day)
                let lower = date == from.date ? from.minute : 0
                let upper = date == to.date ? to.minute : 1440
                guard upper > lower else { continue }
                // The same role and hours again (several people in one request) is one block, labelled with them all.
                if let same = blocks.firstIndex(where: { $0.day == day && $0.role == b.role && $0.from == lower && $0.until == upper }) {
                    blocks[same].ids.append(b.id)
                } else {
                    blocks.append(Block(ids: [b.id], role: b.role, day: day, from: lower, until: upper, continued: date != from.date))
                }
            }
        }
        WeekView.assignLanes(&blocks)
        self.blocks = blocks
        firstHour = min(8, blocks.map(\.firstRow).min() ?? 8)
        endHour = max(18, blocks.map(\.endRow).max() ?? 18)
    }

    /// Blocks that share an hour row on a day sit side by side: each takes the first lane free for its rows.
    static func assignLanes(_ blocks: inout [Block]) {
        for day in 0..<7 {
            let indices = blocks.indices.filter { blocks[$0].day == day }
                .sorted { (blocks[$0].from, blocks[$0].until) < (blocks[$1].from, blocks[$1].until) }
            var laneEnds: [Int] = []
            var cluster: [Int] = []
            func close() {
                for i in cluster { blocks[i].lanes = laneEnds.count }
                cluster = []
                laneEnds = []
            }
            for i in indices {
                // A block after every lane is free starts a new cluster, which may have fewer lanes.
                if !cluster.isEmpty, laneEnds.allSatisfy({ $0 <= blocks[i].firstRow }) { close() }
                if let free = laneEnds.firstIndex(where: { $0 <= blocks[i].firstRow }) {
                    laneEnds[free] = blocks[i].endRow
                    blocks[i].lane = free
                } else {
                    blocks[i].lane = laneEnds.count
                    laneEnds.append(blocks[i].endRow)
                }
                cluster.append(i)
            }
            close()
        }
    }
}

extension Desk {
    /// The week (Monday to Sunday) holding `date`.
    public func week(of date: CivilDate) throws -> WeekView {
        let first = date.startOfWeek
        // A night shift from the Sunday before reaches into Monday; no booking is longer than 24 hours.
        let from = time.instant(LocalDateTime(date: first, minute: 0)) - 86_400
        let to = time.instant(LocalDateTime(date: first.adding(days: 7), minute: 0))
        let bookings = try store.read { try $0.bookings(startingFrom: from, before: to) }
        return WeekView(first: first, bookings: bookings, time: time)
    }

    /// "show my week", "the week of 14 December", "show my week next week".
    func showWeek(_ slots: Slots, line: String) throws -> Reply {
        let week = try week(of: slots.date ?? localNow.date)
        let grid = WeekGrid(week: week, catalogue: catalogue, time: time)
        return Reply(input: line, intent: .week, text: grid.text(colour: false), bookings: week.bookings, week: week)
    }
}
