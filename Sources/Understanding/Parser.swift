extension Grammar {
    /// Reads one line against the desk's local time. Pure: the same line and clock give the same parse.
    public func parse(_ line: String, now: LocalDateTime) -> Parse {
        var scan = Scan(grammar: self, line: line, now: now)
        scan.recogniseReferences()
        scan.recogniseMoney()
        scan.recogniseDurations()
        scan.recogniseMonthsAndDeadlines()
        scan.recogniseDates()
        scan.recogniseTimes()
        scan.recogniseRoles()
        scan.recogniseTask()
        return choose(scan)
    }

    /// Picks the matching rule of highest priority; the first written wins a tie.
    private func choose(_ scan: Scan) -> Parse {
        let tokens = scan.tokens
        // Which rules have a trigger in the line, and which tokens each rule's triggers cover.
        var triggered = [Bool](repeating: false, count: rules.count)
        var covered = [[Bool]](repeating: [], count: rules.count)
        for i in tokens.indices {
            for (length, rule) in triggers.matches(tokens, at: i) {
                triggered[rule] = true
                if rules[rule].alone {
                    if covered[rule].isEmpty { covered[rule] = [Bool](repeating: false, count: tokens.count) }
                    for k in i..<(i + length) { covered[rule][k] = true }
                }
            }
        }
        var best: Int?
        for (index, rule) in rules.enumerated() {
            if rule.hasTriggers && !triggered[index] { continue }
            if !rule.needs.allSatisfy({ scan.slots.has($0) }) { continue }
            if rule.without.contains(where: { scan.slots.has($0) }) { continue }
            if rule.alone {
                let onlyTrigger = tokens.indices.allSatisfy { k in
                    covered[index][k] || tokens[k].kind == .symbol || lexicon.filler.contains(tokens[k].text)
                }
                if !onlyTrigger { continue }
            }
            if let b = best, rules[b].priority >= rule.priority { continue }
            best = index
        }
        guard let best else {
            return Parse(input: scan.line, intent: "unknown", rule: nil, triggered: false, slots: scan.slots)
        }
        return Parse(input: scan.line, intent: rules[best].intent, rule: rules[best].name,
                     triggered: rules[best].hasTriggers, slots: scan.slots)
    }
}

