import ArgumentParser
import DeskKit

/// Prints the catalogue.
struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rates", abstract: "Print the roles and their prices (--json for the whole pricing model).")

    @Option(name: .long, help: ArgumentHelp("Use the catalogue in this folder instead of the built-in one.", valueName: "dir"))
    var intents: String?

    @Flag(name: .long, help: "Print JSON that any tool can use to recompute a quote.")
    var json = false

    func run() throws {
        try reporting {
            let files = try intents.map { try IntentFiles.load(directory: $0) } ?? IntentFiles.builtIn
            let catalogue: Catalogue
            do { catalogue = try Catalogue(files: files) } catch { throw Failure("rules: \(error)", code: 78) }
            if json {
                print(ReplyJSON(time: DeskTime(zone: .current), catalogue: catalogue).rates().serialized)
            } else {
                print(RatesText.render(catalogue))
            }
        }
    }
}
