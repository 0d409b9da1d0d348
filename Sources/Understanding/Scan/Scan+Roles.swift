extension Scan {
    /// Roles by synonym (plurals too; misspellings were repaired with the tokens); a number just before is the count.
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
                takeCount(after: i + found.length)
                if slots.count == nil { takePeopleCount() }
                return
            }
        }
    }

    /// "3 people for packing", "two staff to answer the phones": a count of people said apart from the role.
    private mutating func takePeopleCount() {
        for k in tokens.indices where free(k) && tokens[k].word >= 0 {
            guard let people = match(tables.lexicon.peopleWords, k), people.length > 0 else { continue }
            let before = slots.count
            takeCount(before: k)
            guard slots.count != before else { return }
            let claimant = self.claimant
            self.claimant = .count
            claim(k, people.length)
            self.claimant = claimant
            return
        }
    }

    private mutating func takeCount(before i: Int) {
        let claimant = self.claimant
        self.claimant = .count
        defer { self.claimant = claimant }
        var k = i - 1
        // "two more receptionists", "2 x PAs"
        if k >= 0, free(k), tokens[k].text == "more" || tokens[k].text == "extra" || match(tables.lexicon.times, k) != nil { claim(k, 1); k -= 1 }
        guard k >= 0, free(k) else { return }
        // Any number of people the parser can read; the desk says when it is more than it books at once, or none.
        if let n = tokens[k].integer, (0...9999).contains(n) {
            slots.count = n
            claim(k, 1)
            return
        }
        // Number words of one or more tokens ending just before the role: "a couple of", "two".
        // The longest first: "two dozen", "half a dozen" before "dozen".
        for start in max(0, k - 2)...k {
            if let n = match(tables.lexicon.dozens, start) ?? match(tables.lexicon.numbers, start), start + n.length == k + 1 {
                slots.count = n.payload
                claim(start, n.length)
                return
            }
        }
    }

    /// "a packer ×3", "packers x 3": the count written after the role as a multiplication, which says how
    /// many rather than the "a" before it.
    private mutating func takeCount(after end: Int) {
        guard let times = match(tables.lexicon.times, end), let n = integer(end + times.length), (0...9999).contains(n) else { return }
        let claimant = self.claimant
        self.claimant = .count
        defer { self.claimant = claimant }
        slots.count = n
        claim(end, times.length + 1)
    }

    /// A task description: "to chase overdue invoices", "for the product launch", and a place said with it,
    /// "at the dental clinic" (kept with its "at"). A second phrase joins the first: "for the launch at the Leeds office".
    mutating func recogniseTask() {
        var i = 0
        while i < tokens.count {
            let word = tokens[i].word, spelled = tables.spelled
            guard free(i), word == spelled.to || word == spelled.for || word == spelled.at, let end = taskPhrase(from: i) else { i += 1; continue }
            let phrase = word == spelled.at ? text(i, end) : text(i + 1, end)
            if let task = slots.task {
                slots.task = task + " " + phrase
            } else {
                slots.task = phrase
                taskTokens = i..<end
            }
            claim(i, end - i)
            i = end
        }
        if slots.task == nil { taskAfterRole() }
    }

    /// Where a task phrase that begins with "to", "for" or "at" at `i` ends, or nil when none begins there.
    private mutating func taskPhrase(from i: Int) -> Int? {
        var end = i + 1
        // The task runs to the next entity or the end of the clause.
        while end < tokens.count, used[end].rawValue == 0 || used[end] == .task,
            !(tokens[end].kind == .symbol && [",", ".", "?", "!"].contains(tokens[end].text)),
            !stopsTask(end)
        {
            end += 1
        }
        let words = tokens[(i + 1)..<end]
        // At least one word that is not filler, and the first is not a bare number ("for 2").
        guard let first = words.first, first.kind == .word,
            (i + 1..<end).contains(where: { tokens[$0].kind == .word && !isFiller($0) })
        else { return nil }
        // "to cancel #2" leads into another request; "to sort the post" is a task though "sort out" is a trigger.
        if tokens[i].word == tables.spelled.to, first.word >= 0, tables.isTriggerWord[Int(first.word)] {
            var trigger = false
            tables.triggers.forEachMatch(tokens, at: i + 1) { _, _ in trigger = true }
            if trigger { return nil }
        }
        return end
    }

    /// A word a task never runs through: a negation, a correction, a day, a word of `taskstop`, or
    /// another role after "a" or a count ("to chase invoices and a packer on Friday").
    mutating func stopsTask(_ k: Int) -> Bool {
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
            !(tokens[end].kind == .symbol && [",", ".", "?", "!"].contains(tokens[end].text)), !stopsTask(end)
        {
            end += 1
        }
        guard (roleEnd..<end).contains(where: { tokens[$0].kind == .word && !isFiller($0) }) else { return }
        slots.task = self.text(role, end)
        claim(roleEnd, end - roleEnd)
        taskTokens = roleEnd..<end
    }
}
