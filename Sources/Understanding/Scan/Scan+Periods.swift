extension Scan {
    /// "this summer", "next winter", "last season", "summer 2027", "in the autumn", and a season said alone:
    /// the season's days, from the `season` lines of language.words. "this" (or none) is the one today is in,
    /// else the coming one; "next" the one after that; "last" the latest one over. "season" alone is today's.
    /// Returns (first day, last day, tokens used).
    mutating func seasonPhrase(at i: Int) -> (first: CivilDate, last: CivilDate, length: Int)? {
        // Most words start no season: a season word must be at i, or one word on (after "this", "in"), or two ("in the").
        let seasons = tables.lexicon.seasons, words = tables.lexicon.seasonWords
        let n = tokens.count
        guard free(i),
            seasons.match(tokens, at: i) != nil
                || (i + 1 < n
                    && (seasons.match(tokens, at: i + 1) != nil
                        || words.match(tokens, at: i + 1) != nil))
                || (i + 2 < n && seasons.match(tokens, at: i + 2) != nil)
        else { return nil }
        var k = i, step = 0, said = false
        switch tokens[i].text {
        case "this", "current", "coming": k += 1; said = true
        case "next": step = 1; k += 1; said = true
        case "last", "past", "previous": step = -1; k += 1; said = true
        case "in", "during":
            k += free(i + 1) && i + 1 < tokens.count && tokens[i + 1].text == "the" ? 2 : 1
            said = true
        default: break
        }
        guard k < tokens.count, free(k) else { return nil }
        var season: Int?
        if let named = match(tables.lexicon.seasons, k) {
            season = named.payload
            k += named.length
        } else if let word = match(tables.lexicon.seasonWords, k), said, tokens[i].text != "in", tokens[i].text != "during" {
            k += word.length
        } else {
            return nil
        }
        var year: Int?
        if let y = integer(k), tokens[k].text.utf8.count == 4, CivilDate.readableYears.contains(y), step == 0 { year = y; k += 1 }
        // A season's name is an everyday word ("fall"): alone it is a time only as the whole line.
        guard said || year != nil || (i == 0 && k == tokens.count) else { return nil }
        let days = tables.lexicon.seasonDays
        func occurrence(_ s: Int, _ y: Int) -> (first: CivilDate, last: CivilDate) {
            let first = CivilDate(year: y, month: days[s].first.month, day: days[s].first.day)
            var last = CivilDate(year: y, month: days[s].last.month, day: days[s].last.day)
            if last < first { last = last.adding(months: 12) }
            return (first, last)
        }
        if let season, let year { let o = occurrence(season, year); return (o.first, o.last, k - i) }
        // Every season's occurrences around today, in date order.
        var all: [(season: Int, first: CivilDate, last: CivilDate)] = []
        for y in (today.year - 2)...(today.year + 2) {
            for s in days.indices { let o = occurrence(s, y); all.append((s, o.first, o.last)) }
        }
        all.sort { $0.first < $1.first }
        let candidates = all.filter { season == nil || $0.season == season }
        guard let current = candidates.firstIndex(where: { $0.last >= today }) else { return nil }
        var index = current
        if step == 1 { index += candidates[current].first <= today || season == nil ? 1 : 0 }
        if step == -1 { index = (candidates.lastIndex { $0.last < today } ?? current) }
        guard candidates.indices.contains(index) else { return nil }
        return (candidates[index].first, candidates[index].last, k - i)
    }

    /// "the 1990s", "the 80's", "the 2020s": a decade, its ten years. Two digits are the latest such decade begun
    /// ("the 90s" is the 1990s, "the 10s" the 2010s). Returns (first year, tokens used).
    mutating func decade(at i: Int) -> (first: Int, length: Int)? {
        var k = i
        if free(k), tokens[k].word == tables.theWord { k += 1 }
        guard k + 1 < tokens.count, let n = integer(k), n % 10 == 0 else { return nil }
        let digits = tokens[k].text.utf8.count
        guard digits == 2 || (digits == 4 && CivilDate.readableYears.contains(n)) else { return nil }
        var s = k + 1
        if isSymbol(s, "'"), tokens[s].start == tokens[k].end { s += 1 }
        guard s < tokens.count, tokens[s].text == "s", tokens[s].start == tokens[s - 1].end else { return nil }
        var first = n
        if digits == 2 { first = 2000 + n; if first > today.year { first -= 100 } }
        return (first, s + 1 - i)
    }
}
