import DeskKit
import Foundation
import Testing
import VadeskTestSupport

/// What a person expects of any command-line tool: a version, a man page, completions, colour rules.
@Suite struct ConventionsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func versionComesFromThePackagesOneVersionString() throws {
        let run = try Run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == VadeskVersion.current + "\n")
    }

    @Test func theCommittedManPageIsTheOneTheCommandsDescribe() throws {
        let generator = (Run.binary as NSString).deletingLastPathComponent + "/vadesk-manual"
        let run = try Run([Run.binary], executable: generator)
        #expect(run.status == 0)
        let committed = try String(contentsOf: ConventionsTests.root.appendingPathComponent("docs/vadesk.1"), encoding: .utf8)
        #expect(run.stdout == committed, "docs/vadesk.1 is stale: run `swift build && swift run vadesk-manual > docs/vadesk.1`")
        #expect(committed.contains("vadesk \(VadeskVersion.current)"))
        #expect(committed.contains(".SS \"vadesk week\""))

    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGeneratedAndDocumented(shell: String) throws {
        let run = try Run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        #expect(run.stdout.contains("vadesk"))
        let readme = try String(contentsOf: ConventionsTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("vadesk --generate-completion-script \(shell)"))
    }

    @Test func anEmptyNoColorLeavesColourOnAndASetOneTurnsItOff() throws {
        let coloured = try Terminal(["--db", ":memory:"], environment: ["NO_COLOR": ""])
        #expect(coloured.waitFor("desk>"))
        #expect(coloured.screen.contains("\u{1B}[1;36m"))
        _ = coloured.finish()
        let plain = try Terminal(["--db", ":memory:"], environment: ["NO_COLOR": "1"])
        #expect(plain.waitFor("desk>"))
        #expect(!plain.screen.contains("\u{1B}[1;36m"))
        _ = plain.finish()
    }

    @Test func tabCompletesWhatAPersonTypes() throws {
        let desk = try Terminal(["--db", ":memory:"])
        #expect(desk.waitFor("desk> "))
        let mark = desk.screen.count
        desk.type("need a p\t\t")
        #expect(desk.waitFor("production worker", after: mark))
        let offered = String(desk.screen.dropFirst(mark))
        #expect(offered.contains("PA "))
        #expect(offered.contains("personal assistant"))
        #expect(!offered.contains("personal_assistant"))
        #expect(!offered.contains("production_operative"))
        let second = desk.screen.count
        desk.type("\u{15}need an IT sup\t")
        #expect(desk.waitFor("sup\u{7}port", after: second))
        for _ in 0..<2 {
            desk.type("\t")
            desk.waitFor("\u{7}", after: desk.screen.count, seconds: 0.5)
        }
        #expect(desk.waitFor("support technician", after: second))
        #expect(desk.finish() == 0)
    }
}
