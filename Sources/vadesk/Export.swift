import ArgumentParser
import DeskKit

/// Writes the bookings as an iCalendar file that calendar programs import.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every booking as an iCalendar (RFC 5545) file.",
        discussion: """
            Each booking becomes an event with the UID booking-<id>@vadesk, so importing a later export updates the \
            events instead of adding copies; cancelled bookings are marked cancelled, and deadline tasks are to-dos.
            Example: vadesk export --ics bookings.ics
            """
    )

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: ArgumentHelp("The iCalendar file to write ('-' for standard output); a new file, unless --force.", valueName: "path"))
    var ics: String

    @Flag(name: .long, help: "Replace the file if it exists (a calendar subscribed to it then sees the new export).")
    var force = false

    func run() throws {
        try reporting {
            let desk = try options.settings.makeDesk()
            let entries: [ICalendar.Entry]
            do {
                entries = try desk.calendarEntries()
            } catch {
                throw Failure("\(error)", code: 74)
            }
            try FileOutput.write(ICalendar.document(entries, desk: desk, stamp: desk.now), to: ics, force: force)
        }
    }
}
