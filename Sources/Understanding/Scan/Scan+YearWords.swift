extension Scan {
    /// A year said in words, read only where a year may follow (after a holiday's name), so that a count or
    /// an amount is never taken for one: "two thousand ten", "two thousand and eighteen", "nineteen ninety
    /// nine". Hundreds and a number below 60 ("twenty fifteen") could be a clock time too, 20:15: not read.
    mutating func yearInWords(at k: Int) -> (year: Int, length: Int)? {
        guard let first = wordNumberBelow100(k) else { return nil }
        var j = k + first.length
        if first.value == 2, j < tokens.count, tokens[j].text == "thousand" {
            j += 1
            let and = j + 1 < tokens.count && tokens[j].text == "and" ? 1 : 0
            guard let rest = wordNumberBelow100(j + and) else { return (2000, j - k) }
            return (2000 + rest.value, j + and + rest.length - k)
        }
        // "nineteen ninety nine", "nineteen seventy": the hundreds, then what no minutes can be.
        guard (10...20).contains(first.value), let rest = wordNumberBelow100(j), rest.value >= 60 else { return nil }
        return (first.value * 100 + rest.value, j + rest.length - k)
    }

    /// 1 to 99 in words: "seven", "eighteen", "twenty five", "ninety-nine"; no article ("a") or "couple of".
    private mutating func wordNumberBelow100(_ k: Int) -> (value: Int, length: Int)? {
        guard free(k), tokens[k].kind == .word, !isFiller(k), let n = match(tables.lexicon.numbers, k),
            (1...99).contains(n.payload), n.length <= 2
        else { return nil }
        var value = n.payload, end = k + n.length
        if value >= 20, value % 10 == 0, n.length == 1 {
            let j = isSymbol(end, "-") ? end + 1 : end
            if j < tokens.count, tokens[j].kind == .word, !isFiller(j), let unit = match(tables.lexicon.numbers, j),
                unit.length == 1, (1...9).contains(unit.payload)
            {
                value += unit.payload
                end = j + 1
            }
        }
        return (value, end - k)
    }
}
