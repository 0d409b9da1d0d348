import ArgumentParser
import DeskKit
import DeskStoreSQLite
import Foundation

/// Replays saved conversations and checks the desk still answers them the same way.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (files, or folders of *.transcript) and report which pass.",
        discussion: """
            A transcript starts with '# now: 2026-11-30T09:00' and '# tz: Europe/London'; then
            each line the owner typed starts with '> ' and is followed by the desk's exact reply.
            Each runs on a fresh in-memory store. A failure prints a diff of expected against actual.
            Exit status is 1 when any transcript fails.
            """
    )

    @Flag(name: .long, help: "Rewrite each transcript with the replies the desk gives now.")
    var update = false

    @Option(name: .long, help: ArgumentHelp("Use the rules in this folder instead of the built-in ones.", valueName: "dir"))
    var intents: String?

    @Argument(help: ArgumentHelp("Transcript files or folders.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let runner: TranscriptRunner
        let files: [String]
        do {
            runner = try TranscriptRunner(
                files: intents.map { try IntentFiles.load(directory: $0) } ?? IntentFiles.builtIn,
                makeStore: { try SQLiteDeskStore(path: nil) })
            files = try TranscriptRunner.collect(paths)
        } catch {
            Platform.error("\(error)")
            throw ExitCode(66)
        }
        guard !files.isEmpty else {
            Platform.error("no transcripts found in \(paths.joined(separator: " "))")
            throw ExitCode(66)
        }
        var failed = 0
        for path in files {
            let result = runner.run(path: path)
            if let problem = result.problem {
                failed += 1
                print("FAIL \(path): \(problem)")
            } else if result.passed {
                print("pass \(path)")
            } else if update {
                do {
                    try SafeFile.write(result.actual.text, to: path, existing: .replace)
                    print("updated \(path)")
                } catch {
                    failed += 1
                    print("FAIL \(path): \(error)")
                }
            } else {
                failed += 1
                print("FAIL \(path)")
                print(result.diff)
            }
        }
        print("\(files.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}
