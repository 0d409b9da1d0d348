import ArgumentParser
import DeskKit

@main
struct Vadesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vadesk",
        abstract: "A chat desk for booking outsourced help: receptionists, assistants, admin, customer service, IT and packing.",
        discussion: """
            Type requests in plain English and the desk books, prices and tracks the work:

              $ vadesk
              desk> need a receptionist Tuesday

            With no command, vadesk starts the desk: an interactive prompt on a terminal, or pipe mode when standard input is a pipe or file (one reply per line; add --json for one JSON object per line). 'vadesk help chat' lists the desk's options (--db, --now, --tz, --intents, --json).

              $ printf 'need a PA tomorrow\\nshow my bookings\\n' | vadesk --json

            Data lives in $XDG_DATA_HOME/vadesk/desk.sqlite (else ~/.local/share/vadesk/desk.sqlite) unless --db or VADESK_DB says otherwise.

            Exit status: 0 success; 1 a replay failed; 64 a bad option; 65 a roster file refused; 66 no transcripts found or a file missing; 73 an output file could not be written; 74 the database could not be used; 78 the rules could not be read; 130 or 143 stopped by SIGINT or SIGTERM.
            """,
        version: VadeskVersion.current,
        subcommands: [Chat.self, Week.self, Replay.self, Explain.self, Rates.self, InvoiceCommand.self, Export.self, Backup.self, Staff.self],
        defaultSubcommand: Chat.self
    )

    /// The usual start, reading the desk's options by hand; every other command line goes through ArgumentParser.
    static func main() {
        guard let start = QuickArguments.chat(CommandLine.arguments.dropFirst()) else { return main(nil) }
        do {
            try Chat.start(start.settings, json: start.json, yes: start.yes)
        } catch {
            exit(withError: error)
        }
    }
}
