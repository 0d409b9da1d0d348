import Understanding

/// A saved conversation: a header (`# now:`, `# tz:` and comments), then turns of
/// `> what the owner typed` followed by the exact reply the desk gave.
public struct Transcript: Sendable {
    public struct Turn: Sendable, Equatable {
        public var input: String
        public var reply: String
    }

    /// Every line before the first turn, kept as written.
    public var header: [String]
    public var turns: [Turn]
    /// The line of the file each turn's `> ` is on (1-based), when read from text.
    public var lineNumbers: [Int] = []

    public var now: LocalDateTime? { value(of: "now").flatMap(LocalDateTime.init(iso:)) }
    public var timeZone: String? { value(of: "tz") }

    /// The value of a `# key: value` header line.
    public func value(of key: String) -> String? {
        for line in header where line.hasPrefix("#") {
            let body = line.dropFirst().drop(while: { $0 == " " })
            guard body.hasPrefix(key + ":") else { continue }
            return body.dropFirst(key.count + 1).trimmingCharacters(in: " \t")
        }
        return nil
    }

    public init(header: [String], turns: [Turn]) {
        self.header = header
        self.turns = turns
    }

    public init(text: String) {
        var header: [String] = []
        var turns: [Turn] = []
        var replyLines: [String] = []
        var lineNumbers: [Int] = []
        var number = 0
        func close() {
            guard !turns.isEmpty else { return }
            while let last = replyLines.last, last.trimmingCharacters(in: " \t").isEmpty { replyLines.removeLast() }
            turns[turns.count - 1].reply = replyLines.joined(separator: "\n")
            replyLines = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            number += 1
            if line.hasPrefix("> ") || line == ">" {
                close()
                lineNumbers.append(number)
                turns.append(Turn(input: String(line.dropFirst(line == ">" ? 1 : 2)), reply: ""))
            } else if turns.isEmpty {
                header.append(line)
            } else {
                replyLines.append(line.trimmingTrailingSpaces())
            }
        }
        close()
        while let last = header.last, last.trimmingCharacters(in: " \t").isEmpty { header.removeLast() }
        self.header = header
        self.turns = turns
        self.lineNumbers = lineNumbers
    }

    /// The transcript as a file: header, a blank line, then each turn followed by a blank line.
    public var text: String {
        var out = header.joined(separator: "\n")
        if !header.isEmpty { out += "\n\n" }
        for turn in turns {
            out += "> \(turn.input)\n"
            if !turn.reply.isEmpty { out += turn.reply + "\n" }
            out += "\n"
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }

    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
