// Writes a Swift file holding each Intents/ file as a string constant, keyed by file name.
// Usage: EmbedIntentsTool OUTPUT.swift FILE...
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedIntentsTool OUTPUT.swift FILE...\n".utf8))
    exit(2)
}

var source = """
// Generated at build time from the package's Intents/ folder. Do not edit.

/// The rule and catalogue files the binary carries, by file name.
let defaultIntentFiles: [(name: String, text: String)] = [

"""
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    // A raw string with enough #s that no content can close it early.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    source += "    (name: \"\(url.lastPathComponent)\", text: \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "]\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
