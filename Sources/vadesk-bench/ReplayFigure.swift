import DeskKit
import DeskStoreSQLite
import Foundation

/// The whole Transcripts/ folder through the in-process replay runner.
func replayFigure() throws {
    let folder = Bench.packageRoot.appendingPathComponent("Transcripts").path
    let files = try TranscriptRunner.collect([folder])
    let start = Stopwatch.now()
    let runner = try TranscriptRunner(makeStore: { try SQLiteDeskStore(path: nil) })
    var failed = 0
    for file in files where !runner.run(path: file).passed { failed += 1 }
    let seconds = Stopwatch.now() - start
    print("replay: \(files.count) transcripts in \(Bench.ms(seconds)) (\(failed) failed)")
}
