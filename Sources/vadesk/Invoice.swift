import ArgumentParser
import DeskKit
import Foundation
import Understanding

/// Bills a month's completed work, as text or as CSV for a spreadsheet.
struct InvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice",
        abstract: "Invoice a month's completed work (marking it invoiced), or show what was already invoiced.",
        discussion: """
            Completed work and late-cancellation fees of the month not billed before go on a new invoice and are marked \
            invoiced, so they are never billed twice. When there is nothing new, the month's earlier invoices are shown again.
            Example: vadesk invoice --month 2026-11 --csv > november.csv
            """
    )

    @OptionGroup var options: DeskOptions

    @Option(name: .long, help: ArgumentHelp("The month to invoice.", valueName: "2026-11"))
    var month: String

    @Flag(name: .long, help: "Write RFC 4180 CSV (CRLF line ends) instead of text.")
    var csv = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output (a new file, unless --force).", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file if it exists.")
    var force = false

    func validate() throws {
        guard InvoiceCommand.firstDay(month) != nil else {
            throw ValidationError("--month takes a month like 2026-11, not '\(month)'")
        }
    }

    static func firstDay(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return CivilDate(validYear: y, month: m, day: 1)
    }

    func run() throws {
        try reporting {
            let desk = try options.settings.makeDesk()
            let first = InvoiceCommand.firstDay(month)!
            let issued: (invoice: DeskKit.Invoice?, message: String)
            let invoices: [DeskKit.Invoice]
            do {
                issued = try desk.issueInvoice(month: first)
                invoices = try issued.invoice.map { [$0] } ?? desk.invoices(month: first)
            } catch {
                throw Failure("\(error)", code: 74)
            }
            if invoices.isEmpty { Platform.error(issued.message) }
            let text: String
            if csv {
                text = InvoiceText.csv(invoices, desk: desk)
            } else if invoices.isEmpty {
                return
            } else {
                text = invoices.map { InvoiceText.render($0, desk: desk) }.joined(separator: "\n\n") + "\n"
            }
            try FileOutput.write(text, to: output, force: force)
        }
    }
}

/// Writes a command's output to a file, or to standard output when no file is named. Like `backup`,
/// it never replaces an existing file unless `--force` is given; the file appears whole or not at all.
enum FileOutput {
    static func write(_ text: String, to path: String?, force: Bool) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try SafeFile.write(text, to: path, existing: force ? .replace : .refuse)
        } catch .exists {
            throw Failure("\(path) already exists; add --force to replace it, or choose a new name", code: 73)
        } catch {
            throw Failure("\(error)", code: 73)
        }
    }
}
