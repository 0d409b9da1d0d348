// Writes a Swift file holding each Intents/ file as a string constant, keyed by file name, and the grammar
// built from them in its archive form, so a start with the built-in rules reads no rule text.
// Usage: EmbedIntentsTool OUTPUT.swift FILE...
import Foundation
import Understanding

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedIntentsTool OUTPUT.swift FILE...\n".utf8))
    exit(2)
}

var files: [(name: String, text: String)] = []
var source = """
    // Generated at build time from the package's Intents/ folder. Do not edit.

    /// The rule and catalogue files the binary carries, by file name.
    let defaultIntentFiles: [(name: String, text: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    files.append((url.lastPathComponent, text))
    // A raw string with enough #s that no content can close it early.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    source += "    (name: \"\(url.lastPathComponent)\", text: \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "]\n"

// The built-in rules are checked here, once: a mistake in them stops the build with the message a start would give.
let grammar: Grammar
do {
    grammar = try Grammar(files: files.map { (name: $0.name, text: $0.text) })
} catch {
    FileHandle.standardError.write(Data("error: Intents/\(error)\n".utf8))
    exit(1)
}
// The archive is ASCII outside its words, which are UTF-8: one string literal holds it, escaped where Swift needs.
var literal: [UInt8] = []
for byte in grammar.archived() {
    if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
        literal += Array("\\u{\(String(byte, radix: 16))}".utf8)
    } else {
        literal.append(byte)
    }
}
source += """

    /// The grammar built from `defaultIntentFiles`, in `Grammar(archive:)`'s form.
    let defaultGrammarArchive: StaticString = "\(String(decoding: literal, as: UTF8.self))"

    """
try source.write(toFile: output, atomically: true, encoding: .utf8)
