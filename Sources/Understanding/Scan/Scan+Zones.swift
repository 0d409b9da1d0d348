extension Scan {
    /// A time said in another zone ("3pm EST", "9:30-11:00 CST", "Thursday 9am (BST)"): the start and end
    /// are moved into the desk's zone, and the date with them when the move crosses midnight. Without the
    /// desk's offset (`Grammar.zoneOffset`) the zone's word is left unread, and the desk asks.
    mutating func recogniseZones() {
        guard let start = slots.start, let deskOffset = zoneOffset else { return }
        for k in 1..<max(tokens.count, 1) where free(k) {
            let afterTime =
                used[k - 1] == .time || used[k - 1] == .range
                || (isSymbol(k - 1, "(") && k > 1 && (used[k - 2] == .time || used[k - 2] == .range))
            guard afterTime, let zone = match(tables.lexicon.zones, k) else { continue }
            let day = slots.date ?? today
            let said = start >= 1440 ? start - 1440 : start
            // The desk's offset at the moment meant: the instant is the said clock time less the zone's offset.
            let instant = LocalDateTime(date: day, minute: said)
            let shift = deskOffset(instant, zone.payload) - zone.payload
            var moved = start + shift
            var date = slots.date
            if moved < 0 { moved += 1440; date = date?.adding(days: -1) }
            if moved >= 1440 { moved -= 1440; date = date?.adding(days: 1) }
            slots.start = moved
            if let end = slots.end {
                let movedEnd = ((end + shift) % 1440 + 1440) % 1440
                slots.end = movedEnd == 0 ? 1440 : movedEnd
            }
            if let date, date != slots.date { slots.date = date }
            var length = zone.length
            if isSymbol(k - 1, "("), isSymbol(k + length, ")") { used[k - 1] = claimant; length += 1 }
            claim(k, length)
            return
        }
    }
}
