import Foundation
import Testing
import VadeskTestSupport

/// Files are never destroyed or created by surprise, and every problem with one is vadesk's own sentence.
@Suite struct FileRulesTests {
    let clock = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

    @Test func anExplicitDatabaseInAMissingFolderIsRefusedAndNothingIsCreated() throws {
        let folder = temporaryFolder()
        let db = folder + "/not/there/desk.sqlite"
        let run = try Run(["--db", db] + clock, text: "need a PA Friday\n")
        #expect(run.status == 74)
        #expect(
            run.stderr
                == "vadesk: the folder \(folder)/not/there does not exist, so \(db) cannot be created; create the folder first (mkdir -p \(folder)/not/there) or check the path\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder + "/not"))
        let fromEnvironment = try Run(clock, text: "need a PA Friday\n", environment: ["VADESK_DB": db])
        #expect(fromEnvironment.status == 74)
        #expect(!FileManager.default.fileExists(atPath: folder + "/not"))
    }

    @Test func theDefaultFolderIsCreatedAndARelativeXDGPathIsIgnored() throws {
        let home = temporaryFolder()
        let work = temporaryFolder()
        let run = try Run(
            clock, text: "need a PA Friday\n",
            environment: ["HOME": home, "XDG_DATA_HOME": "relative/data", "VADESK_DB": "", "PWD": work])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/vadesk/desk.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: "relative/data"))
    }

    @Test func aFolderGivenAsTheDatabaseIsNamedAsOne() throws {
        let folder = temporaryFolder()
        let run = try Run(["--db", folder] + clock, text: "need a PA Friday\n")
        #expect(run.status == 74)
        #expect(run.stderr == "vadesk: \(folder) is a folder, not a database file; give a file inside it, like \(folder)/desk.sqlite\n")
    }

    @Test func exportsAndInvoicesKeepAnExistingFileUnlessForced() throws {
        let folder = temporaryFolder()
        let file = folder + "/calendar.ics"
        try "precious".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Run(["export", "--db", ":memory:", "--ics", file] + clock)
        #expect(refused.status == 73)
        #expect(refused.stderr == "vadesk: \(file) already exists; add --force to replace it, or choose a new name\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "precious")
        let forced = try Run(["export", "--db", ":memory:", "--ics", file, "--force"] + clock)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
        let invoice = folder + "/november.csv"
        try "precious".write(toFile: invoice, atomically: true, encoding: .utf8)
        let kept = try Run(["invoice", "--db", ":memory:", "--month", "2026-11", "--csv", "--output", invoice] + clock)
        #expect(kept.status == 73)
        #expect(try String(contentsOfFile: invoice, encoding: .utf8) == "precious")
    }

    @Test func writeErrorsAreVadesksOwnSentences() throws {
        let folder = temporaryFolder()
        let missing = try Run(["export", "--db", ":memory:", "--ics", folder + "/no/such/x.ics"] + clock)
        #expect(missing.status == 73)
        #expect(
            missing.stderr
                == "vadesk: cannot write \(folder)/no/such/x.ics: the folder \(folder)/no/such does not exist; create it first or choose another place\n"
        )
        let intoFolder = try Run(["export", "--db", ":memory:", "--ics", folder] + clock)
        #expect(intoFolder.stderr == "vadesk: cannot write \(folder): it is a folder; give the name of a file inside it\n")
        for run in [missing, intoFolder] {
            #expect(!run.stderr.contains("NSCocoaErrorDomain"))
            #expect(!run.stderr.contains("The file"))
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self")))
    func aFolderThatTakesNoFilesIsNamedWithoutSystemText() throws {
        let run = try Run(["--db", "/proc/desk.sqlite"] + clock, text: "help\n")
        #expect(run.status == 74)
        #expect(run.stderr == "vadesk: cannot create /proc/desk.sqlite: /proc does not take new files; choose another place\n")
    }

    @Test func saveInTheREPLKeepsAnExistingFileUnlessSaveBang() throws {
        let folder = temporaryFolder()
        let file = folder + "/today.transcript"
        try "precious".write(toFile: file, atomically: true, encoding: .utf8)
        let desk = try Terminal(["--db", ":memory:"] + clock)
        #expect(desk.waitFor("desk> "))
        desk.type("need a receptionist Tuesday\r")
        #expect(desk.waitFor("Booked #1"))
        var mark = desk.screen.count
        desk.type("/save \(file)\r")
        #expect(desk.waitFor("already exists", after: mark))
        #expect(desk.screen.dropFirst(mark).contains("\"/save! \(file)\" replaces it"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "precious")
        mark = desk.screen.count
        desk.type("/save! \(file)\r")
        #expect(desk.waitFor("Saved 1 exchange", after: mark))
        #expect(desk.finish() == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("> need a receptionist Tuesday"))
    }
}
