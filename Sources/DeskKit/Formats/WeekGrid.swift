import Understanding

/// Draws a `WeekView` in 80 columns: days across, hours down, each booking a block labelled with its
/// number and role, overlapping bookings side by side, and each day's hours and cost underneath.
public struct WeekGrid {
    let week: WeekView
    let catalogue: Catalogue
    let time: DeskTime

    /// The hour labels, then seven day columns of `cellWidth` between bars: 6 + 7 × 10 + 1 = 77 columns.
    static let cellWidth = 9
    /// The narrowest a side-by-side column gets; more overlapping bookings than fit are counted instead.
    static let narrowestLane = 3
    /// Colours (ANSI codes) given to the roles in catalogue order.
    static let palette = ["36", "33", "32", "35", "34", "31", "96", "93", "92", "95"]

    public init(week: WeekView, catalogue: Catalogue, time: DeskTime) {
        self.week = week
        self.catalogue = catalogue
        self.time = time
    }

    public func text(colour: Bool) -> String {
        let last = week.first.adding(days: 6)
        guard !week.bookings.isEmpty else {
            return "Nothing booked in the week of \(week.first.short) to \(last.short) \(last.year)."
        }
        var lines = ["Week of \(week.first.short) to \(last.short) \(last.year): \(summary)"]
        let rule = "──────" + String(repeating: "┼" + String(repeating: "─", count: WeekGrid.cellWidth), count: 7) + "┤"
        lines.append("      " + week.days.map { "│" + pad(header($0), WeekGrid.cellWidth) }.joined() + "│")
        lines.append(rule)
        for hour in week.firstHour..<week.endHour {
            var line = Clock24.format(hour * 60) + " "
            for day in 0..<7 { line += "│" + cell(day: day, row: hour, colour: colour) }
            lines.append(line + "│")
        }
        lines.append(rule)
        lines.append("hours " + week.days.map { "│" + pad($0.ids.isEmpty ? "" : DurationText.format($0.minutes), WeekGrid.cellWidth) }.joined() + "│")
        lines.append("cost  " + week.days.map { "│" + pad($0.ids.isEmpty ? "" : shortMoney($0.totalMinor), WeekGrid.cellWidth) }.joined() + "│")
        lines += notes
        return lines.joined(separator: "\n")
    }

    var summary: String {
        "\(week.count) booking\(week.count == 1 ? "" : "s"), \(DurationText.format(week.minutes)), \(catalogue.money.format(week.totalMinor))."
    }

    /// "Mon 30", with a mark on a day the clocks change.
    func header(_ day: WeekView.Day) -> String {
        let name = String(day.date.short.prefix(3)) + " \(day.date.day)"
        return day.hours == 24 ? name : name + "*"
    }

    /// What follows the grid: clock changes, tasks due, and overlapping bookings too many to draw.
    var notes: [String] {
        var notes: [String] = []
        for day in week.days where day.hours != 24 {
            notes.append("* \(day.date.short): the clocks go \(day.hours > 24 ? "back" : "forward"), a day of \(day.hours) hours.")
        }
        for b in week.due {
            notes.append("Due: #\(b.id) \(label(b.role)), by \(time.dueText(b.end)).")
        }
        let hidden = week.blocks.filter { $0.lane >= maxLanes }
        if !hidden.isEmpty {
            let ids = hidden.flatMap(\.ids).map { "#\($0)" }.joined(separator: ", ")
            notes.append("Also overlapping, not drawn: \(ids); ask for the day (\"what have I booked on Friday?\") to list them.")
        }
        return notes
    }

    var maxLanes: Int { WeekGrid.cellWidth / WeekGrid.narrowestLane }

    /// One day's cell in one hour row: empty, or the blocks covering that hour in their lanes.
    func cell(day: Int, row: Int, colour: Bool) -> String {
        let here = week.blocks.filter { $0.day == day && $0.firstRow <= row && row < $0.endRow && $0.lane < maxLanes }
        guard let any = here.first else { return String(repeating: " ", count: WeekGrid.cellWidth) }
        let lanes = min(any.lanes, maxLanes)
        let width = WeekGrid.cellWidth / lanes
        var out = ""
        for lane in 0..<lanes {
            let laneWidth = lane == lanes - 1 ? WeekGrid.cellWidth - width * (lanes - 1) : width
            guard let block = here.first(where: { $0.lane == lane }) else {
                out += String(repeating: " ", count: laneWidth)
                continue
            }
            // Side by side, each lane but the last keeps a space to the next, so neighbours' labels stay apart.
            let room = lane == lanes - 1 ? laneWidth : laneWidth - 1
            let text = pad(pad(content(block, row: row, width: room), room), laneWidth)
            out += colour ? "\u{1B}[\(roleColour(block.role))m" + text + "\u{1B}[0m" : text
        }
        return out
    }

    /// A block's text in a row: its number and role on its first row (the role on the next when they do
    /// not fit together), then a bar down its length.
    func content(_ block: WeekView.Block, row: Int, width: Int) -> String {
        let id = "#\(block.ids[0])" + (block.ids.count > 1 ? "×\(block.ids.count)" : "")
        let fitsTogether = width - id.count - 1 >= 2
        switch row - block.firstRow {
        case 0: return fitsTogether ? id + " " + roleName(block.role, width: width - id.count - 1) : id
        case 1 where !fitsTogether: return roleName(block.role, width: width)
        default: return "┃"
        }
    }

    /// The role's label if it fits, else a two-letter abbreviation the catalogue knows ("PA"), else the label cut short.
    func roleName(_ roleId: String, width: Int) -> String {
        let name = label(roleId)
        if name.count <= width { return name }
        guard width > 0 else { return "" }
        if width >= 2, let role = catalogue.role(roleId),
            let short = role.synonyms.first(where: { $0.count == 2 && !$0.contains(" ") })
        {
            return short.uppercased()
        }
        return width <= 1 ? String(name.prefix(width)) : String(name.prefix(width - 1)) + "…"
    }

    func roleColour(_ roleId: String) -> String {
        let index = catalogue.roles.firstIndex { $0.id == roleId } ?? 0
        return WeekGrid.palette[index % WeekGrid.palette.count]
    }

    func label(_ roleId: String) -> String { catalogue.role(roleId)?.label ?? roleId }

    /// Money in a cell: with pence when it fits, else whole units.
    func shortMoney(_ minor: Int64) -> String {
        let full = catalogue.money.format(minor)
        if full.count <= WeekGrid.cellWidth { return full }
        return String(full.prefix(while: { $0 != "." }))
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
