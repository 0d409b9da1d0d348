extension Scan {
    /// Joins a code written as letters glued to digits by a hyphen or slash ("t-21", "A/12", "SKU-4521-B")
    /// into one word, so that its number is never read as a time, a count, a range or a date.
    /// Left alone: letters that follow digits ("9am-5pm"), and words that start a time or date
    /// ("noon-3", "dec-7"), which are ranges and dates as written.
    static func joiningCodes(_ tokens: [Token], _ tables: Grammar.Tables) -> [Token] {
        var i = 0
        var joined: [Token]?
        while i < tokens.count {
            guard isCodeStart(tokens, i, tables) else {
                joined?.append(tokens[i])
                i += 1
                continue
            }
            if joined == nil { joined = Array(tokens[0..<i]) }
            var end = i + 2
            // Whatever stays glued on: "SKU-4521-B", "A/12/3".
            while end + 1 < tokens.count, tokens[end + 1].start == tokens[end].end {
                let next = tokens[end + 1]
                if next.kind != .symbol { end += 1; continue }
                guard next.text == "-" || next.text == "/", end + 2 < tokens.count, tokens[end + 2].start == next.end,
                    tokens[end + 2].kind != .symbol
                else { break }
                end += 2
            }
            let text = tokens[i...end].map(\.text).joined()
            joined?.append(Token(text: text, kind: .word, start: tokens[i].start, end: tokens[end].end))
            i = end + 1
        }
        return joined ?? tokens
    }

    @inline(__always) private static func isCodeStart(_ tokens: [Token], _ i: Int, _ tables: Grammar.Tables) -> Bool {
        guard i + 2 < tokens.count, tokens[i].kind == .word, tokens[i + 1].kind == .symbol,
            tokens[i + 2].kind == .number, tokens[i + 1].start == tokens[i].end, tokens[i + 2].start == tokens[i + 1].end,
            tokens[i + 1].text == "-" || tokens[i + 1].text == "/"
        else { return false }
        if i > 0, tokens[i - 1].kind == .number, tokens[i - 1].end == tokens[i].start { return false }
        let word = tokens[i].word
        return word < 0 || !(tables.startsTime[Int(word)] || tables.startsDate[Int(word)])
    }
}
