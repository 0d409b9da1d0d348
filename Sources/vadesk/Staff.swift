import ArgumentParser
import DeskKit
import Foundation

/// The roster from the command line: who the desk can book, their roles, zone, hours and leave.
struct Staff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Manage the roster of assistants the desk books: add, list, leave, import, remove.",
        discussion: """
            With a roster, every booking names the assistant who will do it. Without one, the desk books as before.
            Example: vadesk staff add "Sarah Khan" --roles receptionist,customer_service --tz Europe/London --hours "Mon-Fri 09:00-17:00"
            """,
        subcommands: [Add.self, List.self, LeaveCommand.self, Import.self, Remove.self]
    )

    /// A refused change names its field; the exit status says whose input was at fault.
    static func refused(_ problem: StaffProblem, code: Int32) -> Failure {
        Failure("staff: \(problem)", code: code)
    }

    static func run(_ body: () throws -> Void, badInput code: Int32) throws {
        do {
            try body()
        } catch let problem as StaffProblem {
            throw refused(problem, code: code)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("\(error)", code: 74)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an assistant to the roster.",
            discussion: """
                Hours are in the assistant's own zone: days then times, several intervals a day separated by commas, \
                groups by semicolons, and hours past midnight end the next day: "Mon-Fri 09:00-12:30,13:30-17:00; Sat 22:00-02:00".
                """
        )

        // --tz is the assistant's zone here, so the desk's options are only those that find the desk and its catalogue.
        @Option(name: .long, help: ArgumentHelp("The database file or PostgreSQL URL. (env: VADESK_DB)", valueName: "path-or-url"))
        var db: String?

        @Option(name: .long, help: ArgumentHelp("Load the catalogue from this folder instead of the built-in copy.", valueName: "dir"))
        var intents: String?

        @Argument(help: ArgumentHelp("The assistant's name, unique on the roster.", valueName: "name"))
        var name: String

        @Option(name: .long, help: ArgumentHelp("The roles they do, as catalogue ids (see vadesk rates).", valueName: "id,id"))
        var roles: String

        @Option(name: .customLong("tz"), help: ArgumentHelp("The IANA time zone they work in.", valueName: "Europe/London"))
        var zone: String

        @Option(name: .long, help: ArgumentHelp("Their weekly working hours in their own zone.", valueName: "Mon-Fri 09:00-17:00"))
        var hours: String

        func run() throws {
            try reporting {
                let options = try DeskOptions.parse((db.map { ["--db", $0] } ?? []) + (intents.map { ["--intents", $0] } ?? []))
                let desk = try options.settings.makeDesk()
                let roster = Roster(desk: desk)
                try Staff.run(
                    {
                        let added = try roster.add(try roster.assistant(name: name, roles: roles, zone: zone, hours: hours))
                        print("Added \(RosterText.line(added, catalogue: desk.catalogue)).")
                    }, badInput: 64)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the roster, by name.")

        @OptionGroup var options: DeskOptions

        @Flag(name: .long, help: "Print the roster as one JSON object: {\"assistants\": [{id, name, roles, tz, hours, shifts, leave}]}.")
        var json = false

        func run() throws {
            try reporting {
                let desk = try options.settings.makeDesk()
                try Staff.run(
                    {
                        let people = try Roster(desk: desk).list()
                        if json {
                            print(JSONValue.object([("assistants", .array(people.map(RosterText.json)))]).serialized)
                        } else if people.isEmpty {
                            print("No one is on the roster; bookings name no one until someone is added (vadesk staff add).")
                        } else {
                            for person in people { print(RosterText.line(person, catalogue: desk.catalogue)) }
                        }
                    }, badInput: 64)
            }
        }
    }

    struct LeaveCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "leave",
            abstract: "Record days an assistant is away, in their own zone.",
            discussion: "Example: vadesk staff leave \"Sarah Khan\" 2026-12-14..2026-12-18 (one day: 2026-12-14)."
        )

        @OptionGroup var options: DeskOptions

        @Argument(help: ArgumentHelp("Who is away (the full name, or a first name only one person has).", valueName: "name"))
        var name: String

        @Argument(help: ArgumentHelp("The first and last day away.", valueName: "2026-12-14..2026-12-18"))
        var days: String

        func run() throws {
            try reporting {
                let desk = try options.settings.makeDesk()
                try Staff.run(
                    {
                        let leave = try Leave(days)
                        let roster = Roster(desk: desk)
                        let (person, moved, kept) = try roster.addLeave(leave, for: name, request: "staff leave \(name) \(days)")
                        print("\(VisibleText.escaped(person.name)) is away \(leave.text).")
                        for line in roster.handOverLines(moved, kept: kept, from: person) { print(line) }
                    }, badInput: 64)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add everyone in a CSV file to the roster, or no one.",
            discussion: """
                RFC 4180 CSV with the header name,roles,tz,hours; roles separated by semicolons (or commas in a quoted field). \
                A bad row is refused with its line number and nothing is imported; so is a cell starting like a \
                spreadsheet formula (= + - @).
                """
        )

        @OptionGroup var options: DeskOptions

        @Argument(help: ArgumentHelp("The CSV file ('-' for standard input).", valueName: "file.csv"))
        var file: String

        func run() throws {
            try reporting {
                let text: String
                if file == "-" {
                    text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        throw Failure("staff: cannot read \(file): no such file, or not readable", code: 66)
                    }
                    guard let decoded = String(data: data, encoding: .utf8) else {
                        throw Failure("staff: \(file) is not UTF-8 text", code: 65)
                    }
                    text = decoded
                }
                let desk = try options.settings.makeDesk()
                try Staff.run(
                    {
                        let added = try Roster(desk: desk).importCSV(text)
                        let plural = added.count == 1 ? "assistant" : "assistants"
                        print("Imported \(added.count) \(plural): \(added.map { VisibleText.escaped($0.name) }.joined(separator: ", ")).")
                    }, badInput: 65)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take an assistant off the roster; bookings they did keep their name.",
            discussion: "Someone with bookings still to come must have them reassigned first: --reassign gives each to someone free then."
        )

        @OptionGroup var options: DeskOptions

        @Argument(help: ArgumentHelp("Who leaves the roster.", valueName: "name"))
        var name: String

        @Flag(name: .long, help: "Give each of their bookings still to come to someone else free then; if any can't be, nothing changes.")
        var reassign = false

        func run() throws {
            try reporting {
                let desk = try options.settings.makeDesk()
                try Staff.run(
                    {
                        let roster = Roster(desk: desk)
                        let (person, moved) = try roster.remove(name, reassign: reassign, request: "staff remove \(name)")
                        print("Removed \(VisibleText.escaped(person.name)) from the roster.")
                        for line in roster.handOverLines(moved, kept: [], from: person) { print(line) }
                    }, badInput: 64)
            }
        }
    }
}
