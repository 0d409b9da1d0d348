/// A mistake in an Intents/ file, pointing at its place.
public struct RuleError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// The shared syntax of every file in Intents/: a block starts at column 0 with
/// `keyword name`, its indented lines are `key value`; `#` starts a comment outside quotes.
///
///     role receptionist
///       rate      22.00
///       synonyms  receptionist | front desk
public struct RuleFile: Sendable {
    public struct Entry: Sendable {
        public let key: String
        public let value: String
        public let line: Int

        /// The value split at `|`, trimmed, empties dropped.
        public var alternatives: [String] {
            AlternativeText.alternatives(value)
        }
    }

    public struct Block: Sendable {
        public let keyword: String
        public let name: String
        public let line: Int
        public var entries: [Entry]

        public func first(_ key: String) -> Entry? { entries.first { $0.key == key } }
    }

    public let name: String
    public let blocks: [Block]

    /// Reads the file in one pass over its UTF-8 bytes: the files are read at every start-up, and
    /// walking them as Characters cost more than everything else the desk does before its first line.
    /// Blocks whose keyword is in `skippingEntriesOf` are kept without their entries, which are not read
    /// at all: the catalogue has no use for the holiday rules that fill most of a `.roles` file.
    public init(name: String, text: String, skippingEntriesOf skipped: [String] = []) throws(RuleError) {
        self.name = name
        var blocks: [Block] = []
        let bytes = Array(text.utf8)
        var lineNumber = 0
        var lineStart = 0
        var skipping = false
        while lineStart <= bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if skipping, lineStart < lineEnd, bytes[lineStart] == 32 || bytes[lineStart] == 9 { continue }
            let end = RuleFile.commentStart(bytes, lineStart, lineEnd)
            var from = lineStart, to = end
            while from < to && RuleFile.isSpace(bytes[from]) { from += 1 }
            while to > from && RuleFile.isSpace(bytes[to - 1]) { to -= 1 }
            if from == to { continue }
            let indented = bytes[lineStart] == 32 || bytes[lineStart] == 9
            var split = from
            while split < to && bytes[split] != 32 && bytes[split] != 9 { split += 1 }
            let key = String(decoding: bytes[from..<split], as: UTF8.self)
            while split < to && RuleFile.isSpace(bytes[split]) { split += 1 }
            let value = String(decoding: bytes[split..<to], as: UTF8.self)
            if indented {
                guard !blocks.isEmpty else {
                    let content = String(decoding: bytes[from..<to], as: UTF8.self)
                    throw RuleError(file: name, line: lineNumber, message: "indented line '\(content)' comes before any block")
                }
                blocks[blocks.count - 1].entries.append(Entry(key: key, value: value, line: lineNumber))
            } else {
                blocks.append(Block(keyword: key, name: value, line: lineNumber, entries: []))
                skipping = !skipped.isEmpty && skipped.contains(key)
            }
        }
        self.blocks = blocks
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 }

    /// Where a `#` comment starts on the line (outside double quotes), or the line's end.
    /// A `#` glued to a digit (`#3`) is a booking reference inside an example, not a comment.
    static func commentStart(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var inQuote = false
        var k = start
        while k < end {
            let c = bytes[k]
            if c == 34 { inQuote.toggle() }
            if c == 35 && !inQuote && !(k + 1 < end && bytes[k + 1] >= 48 && bytes[k + 1] <= 57) { return k }
            k += 1
        }
        return end
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" || self[start] == "\r" { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" || self[before] == "\r" else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
