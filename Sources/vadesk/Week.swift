import ArgumentParser
import DeskKit
import Understanding

/// The week at a glance from the command line.
struct Week: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "Draw a week's bookings as a grid: days across, hours down, with each day's hours and cost.",
        discussion: """
            The week is Monday to Sunday, this week unless --date names a day in another. Cancelled bookings
            are left out; overlapping ones sit side by side; colour per role only on a terminal.
            Example: vadesk week --date 2026-12-14 --json
            """
    )

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: ArgumentHelp("A day in the week to show (default: today).", valueName: "2026-12-14"))
    var date: String?

    @Flag(name: .long, help: "Print the week as one JSON object (the same as the 'week' of a desk reply, with its bookings).")
    var json = false

    func validate() throws {
        if let date, CivilDate(iso: Substring(date)) == nil {
            throw ValidationError("--date takes a day like 2026-12-14, not '\(date)'")
        }
    }

    func run() throws {
        try reporting {
            let desk = try options.settings.makeDesk()
            let day = date.flatMap { CivilDate(iso: Substring($0)) } ?? desk.localNow.date
            let week: WeekView
            do { week = try desk.week(of: day) } catch { throw Failure("\(error)", code: 74) }
            if json {
                let encoder = ReplyJSON(time: desk.time, catalogue: desk.catalogue)
                print(
                    JSONOutput.text { out in
                        encoder.write(week, to: &out) { out in
                            out.key("bookings")
                            out.openArray()
                            for booking in week.bookings { encoder.write(booking, to: &out) }
                            out.closeArray()
                        }
                    })
            } else {
                print(WeekGrid(week: week, catalogue: desk.catalogue, time: desk.time).text(colour: Platform.colourAllowed(fd: 1)))
            }
        }
    }
}
