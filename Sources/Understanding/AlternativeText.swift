/// Splitting rule-file values such as `weekday 1 = monday | mon` by their UTF-8 bytes: every separator
/// is ASCII, and the files are split at every start-up, where walking them as Characters was the
/// larger part of building the grammar.
enum AlternativeText {
    /// The text split at `|`, each piece trimmed of spaces, tabs and carriage returns, empty pieces dropped.
    static func alternatives(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { alternatives($0, from: 0, to: $0.count) }
    }

    /// `1 = monday | mon` → ("1", ["monday", "mon"]); with no `=`, the whole text trimmed and no phrases.
    static func valueAndPhrases(_ text: String) -> (String, [String]) {
        var text = text
        return text.withUTF8 { bytes in
            guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return (trimmed(bytes, 0, bytes.count), []) }
            return (trimmed(bytes, 0, equals), alternatives(bytes, from: equals + 1, to: bytes.count))
        }
    }

    private static func alternatives(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [String] {
        var pieces: [String] = []
        var start = from
        while start <= to {
            var end = start
            while end < to && bytes[end] != UInt8(ascii: "|") { end += 1 }
            let piece = trimmed(bytes, start, end)
            if !piece.isEmpty { pieces.append(piece) }
            start = end + 1
        }
        return pieces
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var from = from, to = to
        while from < to && RuleFile.isSpace(bytes[from]) { from += 1 }
        while to > from && RuleFile.isSpace(bytes[to - 1]) { to -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
