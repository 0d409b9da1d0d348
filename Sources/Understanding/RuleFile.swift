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
            value.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
    }

    public struct Block: Sendable {
        public let keyword: String
        public let name: String
        public let line: Int
        public var entries: [Entry]

        public func values(_ key: String) -> [Entry] { entries.filter { $0.key == key } }
        public func first(_ key: String) -> Entry? { entries.first { $0.key == key } }
    }

    public let name: String
    public let blocks: [Block]

    public init(name: String, text: String) throws(RuleError) {
        self.name = name
        var blocks: [Block] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = RuleFile.stripComment(rawLine)
            let content = line.trimmingSpaces()
            if content.isEmpty { continue }
            let indented = line.first == " " || line.first == "\t"
            let (key, value) = RuleFile.splitKey(content)
            if indented {
                guard !blocks.isEmpty else {
                    throw RuleError(file: name, line: lineNumber, message: "indented line '\(content)' comes before any block")
                }
                blocks[blocks.count - 1].entries.append(Entry(key: key, value: value, line: lineNumber))
            } else {
                blocks.append(Block(keyword: key, name: value, line: lineNumber, entries: []))
            }
        }
        self.blocks = blocks
    }

    static func stripComment(_ line: Substring) -> Substring {
        var inQuote = false
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c == "\"" { inQuote.toggle() }
            if c == "#" && !inQuote {
                // A # glued to a digit (#3) is a booking reference inside an example, not a comment.
                let next = line.index(after: index)
                if next < line.endIndex, line[next].isNumber { index = next; continue }
                return line[line.startIndex..<index]
            }
            index = line.index(after: index)
        }
        return line
    }

    static func splitKey(_ content: String) -> (String, String) {
        guard let space = content.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (content, "") }
        return (String(content[..<space]), content[space...].trimmingSpaces())
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
