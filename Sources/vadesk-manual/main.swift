// Writes vadesk's man page (man(7) format) from the command definitions themselves: it runs
// `vadesk --experimental-dump-help`, which swift-argument-parser answers with every command,
// option and help text as JSON, and renders that. `swift run vadesk-manual > docs/vadesk.1`
// regenerates the committed page; the test suite fails when the committed page is stale.
import Foundation

let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let binary = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : here.appendingPathComponent("vadesk").path

/// What the binary prints for `argument`, or nil when it cannot be run.
func output(of argument: String) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = [argument]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}

guard let dumped = output(of: "--experimental-dump-help"), let versionData = output(of: "--version"),
    let dump = try? JSONSerialization.jsonObject(with: dumped) as? [String: Any],
    let root = dump["command"] as? [String: Any]
else {
    FileHandle.standardError.write(
        Data("vadesk-manual: \(binary) could not be run to describe its commands; build vadesk first (swift build)\n".utf8))
    exit(1)
}
let version = String(decoding: versionData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
print(ManualPage(root: root, version: version).text, terminator: "")
