import ArgumentParser
import DeskKit
import DeskStorePostgres
import DeskStoreSQLite
import Foundation
import Understanding

/// Options shared by every command that runs a desk: where data lives, which rules, which clock.
struct DeskOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file, or a shared PostgreSQL desk as postgres://USER@HOST:PORT/DBNAME?sslmode=...; "
                + "':memory:' keeps nothing. (env: VADESK_DB; default: $XDG_DATA_HOME/vadesk/desk.sqlite)",
            valueName: "path-or-url"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The desk's current local time, for relative dates like 'Tuesday'. (env: VADESK_NOW; default: the system clock)",
            valueName: "2026-11-30T09:00"))
    var now: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The desk's time zone. (env: VADESK_TZ; default: the system zone)", valueName: "Europe/London"))
    var tz: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Load rules and the catalogue from this folder instead of the built-in copy of Intents/.", valueName: "dir"))
    var intents: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Whose public holidays are charged and whose holiday names are read first: england-wales, scotland, northern-ireland, ireland, us or india. (env: VADESK_REGION; default: the catalogue's region line)",
            valueName: "id"))
    var region: String?

    /// The same options as plain values, which is what the desk is made from.
    var settings: DeskSettings { DeskSettings(db: db, now: now, tz: tz, intents: intents, region: region) }
}

/// The desk's options as plain values: the usual start reads them by hand into this and never makes
/// ArgumentParser's option types, whose first use costs the runtime a search for their conformances.
struct DeskSettings {
    var db, now, tz, intents, region: String?

    /// The region asked for by --region or VADESK_REGION, if any.
    var regionName: String? { region ?? Platform.environment("VADESK_REGION") }

    /// The database file the owner named, with --db or VADESK_DB; nil means the default place.
    var namedDatabasePath: String? { db ?? Platform.environment("VADESK_DB") }

    var databasePath: String {
        namedDatabasePath ?? Platform.xdgPath("XDG_DATA_HOME", fallback: ".local/share", name: "desk.sqlite")
    }

    func timeZone() throws -> TimeZone {
        guard let name = tz ?? Platform.environment("VADESK_TZ") else { return TimeZone.current }
        guard let zone = TimeZone(identifier: name) else {
            throw ValidationError("unknown time zone '\(name)'; use a name like Europe/London or America/New_York")
        }
        return zone
    }

    func clock(time: DeskTime) throws -> any DeskClock {
        guard let text = now ?? Platform.environment("VADESK_NOW") else { return SystemClock() }
        guard let local = LocalDateTime(iso: text) else {
            throw ValidationError("--now takes a local time like 2026-11-30T09:00, not '\(text)'")
        }
        return FixedClock(time.instant(local))
    }

    /// The folder of rules named by --intents or VADESK_INTENTS; nil means the built-in copy.
    var intentsFolder: String? { intents ?? Platform.environment("VADESK_INTENTS") }

    func intentFiles() throws -> [(name: String, text: String)] {
        guard let folder = intentsFolder else { return IntentFiles.builtIn }
        return try IntentFiles.load(directory: folder)
    }

    /// The built-in grammar comes prebuilt; a folder's rules are read and checked now.
    func grammar(files: [(name: String, text: String)]) throws(RuleError) -> Grammar {
        intentsFolder == nil ? IntentFiles.builtInGrammar : try Grammar(files: files)
    }

    /// The desk these options describe; every failure comes back as a message and exit status.
    func makeDesk(databasePath override: String? = nil) throws -> Desk {
        let time = DeskTime(zone: try timeZone())
        let clock = try clock(time: time)
        let grammar: Grammar
        let makeCatalogue: () -> Catalogue
        do {
            if intentsFolder == nil, regionName == nil {
                // The built-in rules and catalogue cannot fail, so the catalogue waits until a line needs it.
                grammar = IntentFiles.builtInGrammar
                makeCatalogue = { IntentFiles.builtInCatalogue(holidays: grammar.holidays) }
            } else {
                let files = try intentFiles()
                var read = try self.grammar(files: files)
                var priced = try Catalogue(files: files, holidays: read.holidays)
                try DeskSettings.select(regionName, grammar: &read, catalogue: &priced)
                grammar = read
                makeCatalogue = { [priced] in priced }
            }
        } catch let error as RuleError {
            throw Failure("rules: \(error)", code: 78)
        }
        let store: DeskStore
        do {
            // Only the default place is created as needed; a named file's folder must exist already.
            store = try DeskSettings.openStore(override ?? databasePath, createFolder: override == nil && namedDatabasePath == nil)
        } catch {
            throw Failure("\(error)", code: 74)
        }
        return Desk(grammar: grammar, makingCatalogue: makeCatalogue, store: store, clock: clock, time: time)
    }

    /// A server URL opens the shared PostgreSQL store; anything else is a SQLite file.
    static func openStore(_ location: String, createFolder: Bool) throws -> DeskStore {
        if PostgresURL.isServerAddress(location) { return try PostgresDeskStore(url: location) }
        return try SQLiteDeskStore(path: location, createFolder: createFolder)
    }

    func explainContext() throws -> (Grammar, LocalDateTime) {
        let time = DeskTime(zone: try timeZone())
        let clock = try clock(time: time)
        do {
            var grammar = try self.grammar(files: try intentFiles())
            if let name = regionName, !grammar.selectRegion(name) { throw DeskSettings.unknownRegion(name, ids: grammar.holidays.regionIds) }
            grammar.zoneOffset = time.zoneOffset
            return (grammar, time.local(clock.now()))
        } catch let error as RuleError {
            throw Failure("rules: \(error)", code: 78)
        }
    }
}

extension DeskSettings {
    /// Applies a region named on the command line to both the parser and the prices.
    static func select(_ name: String?, grammar: inout Grammar, catalogue: inout Catalogue) throws {
        guard let name else { return }
        guard grammar.selectRegion(name), catalogue.selectRegion(name) else { throw unknownRegion(name, ids: grammar.holidays.regionIds) }
    }

    static func unknownRegion(_ name: String, ids: [String]) -> Failure {
        Failure("unknown region '\(name)'; regions: \(ids.joined(separator: ", "))", code: 64)
    }
}

/// A fatal problem: its message goes to stderr, its code becomes the exit status.
struct Failure: Error, CustomStringConvertible {
    let message: String
    let code: Int32
    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }
    var description: String { message }
}

/// Runs a command's body, turning a Failure into its message and exit status.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        Platform.error(failure.message)
        throw ExitCode(failure.code)
    }
}
