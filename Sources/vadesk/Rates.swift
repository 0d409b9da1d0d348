import ArgumentParser
import DeskKit
import Understanding

/// Prints the catalogue.
struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates", abstract: "Print the roles and their prices (--json for the whole pricing model).")

    @Option(name: .long, help: ArgumentHelp("Use the catalogue in this folder instead of the built-in one.", valueName: "dir"))
    var intents: String?

    @Flag(name: .long, help: "Print JSON that any tool can use to recompute a quote.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Whose public holidays: england-wales, scotland, northern-ireland, ireland, us or india. (env: VADESK_REGION; default: the catalogue's)",
            valueName: "id"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("List the public holidays of this year and the next (default: the current year).", valueName: "year"))
    var year: Int?

    func run() throws {
        try reporting {
            let files = try intents.map { try IntentFiles.load(directory: $0) } ?? IntentFiles.builtIn
            var catalogue: Catalogue
            do { catalogue = try Catalogue(files: files) } catch { throw Failure("rules: \(error)", code: 78) }
            if let name = region ?? Platform.environment("VADESK_REGION"), !catalogue.selectRegion(name) {
                throw DeskSettings.unknownRegion(name, ids: catalogue.rules.holidays.rules?.regionIds ?? [])
            }
            let time = DeskTime(zone: .current)
            let first = year ?? time.local(SystemClock().now()).date.year
            guard HolidayRules.years.contains(first), first < HolidayRules.years.upperBound else {
                throw Failure("--year is a year from \(HolidayRules.years.lowerBound) to \(HolidayRules.years.upperBound - 1)", code: 64)
            }
            if json {
                print(ReplyJSON(time: time, catalogue: catalogue).rates(years: first...(first + 1)).serialized)
            } else {
                print(RatesText.render(catalogue))
            }
        }
    }
}
