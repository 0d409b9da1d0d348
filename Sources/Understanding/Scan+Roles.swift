extension Scan {
    /// Roles by synonym (plurals too), then by a close misspelling; a number just before is the count.
    mutating func recogniseRoles() {
        for i in tokens.indices where free(i) && tokens[i].kind == .word {
            // As written, then with plural endings dropped ("receptionists", "PAs").
            let written = tables.roles.match(tokens, at: i, used: used)
            let singular = pluralRoleWord ? tables.roles.match(tokens, at: i, used: used, plural: true) : nil
            // The longer reading: "customer service agents" is the agent phrase, not "customer service" and a spare word.
            let found = (singular?.length ?? 0) > (written?.length ?? 0) ? singular : written
            if let found {
                slots.role = found.payload
                slots.roleText = text(i, i + found.length)
                roleIndex = i
                claim(i, found.length)
                takeCount(before: i)
                return
            }
        }
        repairMisspelledRole()
    }

    private mutating func takeCount(before i: Int) {
        let claimant = self.claimant
        self.claimant = .count
        defer { self.claimant = claimant }
        var k = i - 1
        // "two more receptionists", "2 x PAs"
        if k >= 0, free(k), tokens[k].text == "more" || tokens[k].text == "x" || tokens[k].text == "extra" { claim(k, 1); k -= 1 }
        guard k >= 0, free(k) else { return }
        // Any number of people the parser can read; the desk says when it is more than it books at once.
        if let n = tokens[k].integer, (1...9999).contains(n) {
            slots.count = n
            claim(k, 1)
            return
        }
        // Number words of one or more tokens ending just before the role: "a couple of", "two".
        for start in stride(from: k, through: max(0, k - 2), by: -1) {
            if let n = match(tables.lexicon.numbers, start), start + n.length == k + 1 {
                slots.count = n.payload
                claim(start, n.length)
                return
            }
        }
    }

    /// A word of six letters or more that no list knows and that is one slip (two for long
    /// words) from a one-word role synonym: "receptionst", "bookeeping". Words that are
    /// known stay as they are, and short words are never guessed at.
    private mutating func repairMisspelledRole() {
        for i in tokens.indices where free(i) && tokens[i].kind == .word {
            let word = Array(tokens[i].text.utf8)
            guard word.count >= 6, tokens[i].word == Vocabulary.unknown else { continue }
            let allowed = word.count >= 10 ? 2 : 1
            for (candidate, role) in tables.fuzzyRoles where candidate.first == word.first && abs(candidate.count - word.count) <= allowed {
                let distance = EditDistance.between(word, candidate, limit: allowed)
                // At one slip in a word under ten letters, a swapped letter too easily makes
                // another real word (parking/packing), so only a missing, extra or transposed letter counts.
                if distance <= allowed, allowed == 2 || candidate.count != word.count || EditDistance.isTransposition(word, candidate) {
                    slots.role = role
                    slots.roleText = tokens[i].text
                    roleIndex = i
                    claim(i, 1)
                    takeCount(before: i)
                    return
                }
            }
        }
    }

    /// A task description: "to chase overdue invoices", "for the product launch".
    mutating func recogniseTask() {
        for i in tokens.indices where free(i) && (tokens[i].text == "to" || tokens[i].text == "for") {
            var end = i + 1
            // The task runs to the next entity or the end of the clause.
            while end < tokens.count, used[end].rawValue == 0, !(tokens[end].kind == .symbol && [",", ".", "?", "!"].contains(tokens[end].text)),
                  !stopsTask(end) {
                end += 1
            }
            let words = tokens[(i + 1)..<end]
            // At least one word that is not filler, and the first is not a bare number ("for 2").
            guard let first = words.first, first.kind == .word,
                  (i + 1..<end).contains(where: { tokens[$0].kind == .word && !isFiller($0) }) else { continue }
            if tokens[i].text == "to", first.word >= 0, tables.isTriggerWord[Int(first.word)] { continue }
            slots.task = text(i + 1, end)
            claim(i, end - i)
            taskTokens = i..<end
            return
        }
        taskAfterRole()
    }

    /// A word a task never runs through: a negation, a correction, a day, a word of `taskstop`, or
    /// another role after "a" or a count ("to chase invoices and a packer on Friday").
    func stopsTask(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .word, token.word >= 0 else { return false }
        if tables.endsTask[Int(token.word)] { return true }
        let singular = Int(token.singular)
        guard tables.isRoleWord[Int(token.word)] || (singular >= 0 && tables.isRoleWord[singular]) else { return false }
        guard k > 0, tokens[k - 1].integer != nil || tables.lexicon.numbers.match(tokens, at: k - 1) != nil else { return false }
        return tables.roles.match(tokens, at: k) != nil || tables.roles.match(tokens, at: k, plural: true) != nil
    }

    /// "can someone transcribe 20 pages by Friday": a role named by what is done (language.words, `taskverb`)
    /// and the free words after it, up to the next entity, are the task — when one of them is more than filler.
    private mutating func taskAfterRole() {
        // The role's own tokens are claimed, so the verb is looked up regardless of use. A longer role phrase
        // ("packing help") leaves a claimed token after the verb, which ends the task before it starts.
        guard let role = roleIndex, let verb = tables.lexicon.taskVerbs.match(tokens, at: role) else { return }
        let roleEnd = role + verb.length
        var end = roleEnd
        // Through free words, and the counts of things ("20 pages") that were claimed only to keep them from the times.
        while end < tokens.count, used[end].rawValue == 0 || countsAThing(end),
              !(tokens[end].kind == .symbol && [",", ".", "?", "!"].contains(tokens[end].text)), !stopsTask(end) {
            end += 1
        }
        guard (roleEnd..<end).contains(where: { tokens[$0].kind == .word && !isFiller($0) }) else { return }
        slots.task = self.text(role, end)
        claim(roleEnd, end - roleEnd)
        taskTokens = roleEnd..<end
    }
}

/// Damerau-Levenshtein distance over bytes, stopping early past a limit.
enum EditDistance {
    static func between(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        var previous2 = [Int](filling: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](filling: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMin = current[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m]
    }

    /// Same letters with exactly one adjacent pair swapped.
    static func isTransposition(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let diffs = a.indices.filter { a[$0] != b[$0] }
        return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
    }
}
