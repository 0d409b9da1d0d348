/// Negations and corrections inside a request line. A marker ("not", "except", "sorry I mean",
/// "instead") scopes the words after it up to the end of their clause: a correction's words replace what
/// they correct, a negation's words are taken out of the request, and a request said in the negative
/// ("no need for IT support on Friday") asks for nothing. What cannot be settled stays unread, so the
/// desk asks.
extension Grammar {
    /// The intents whose requests a negation or correction inside the line reshapes.
    static let scopedIntents: Set<Intent> = [.book, .quote]

    /// Reads the line's negations and corrections into `parse`, in place: a parse is large, and most
    /// lines that reach here keep it as it is.
    func scope(_ parse: inout Parse, now: LocalDateTime) {
        let tokens = parse.tokens
        // "sorry, I meant Friday", "no wait, make it 3 hours": a correction that opens a change is the change's.
        if parse.intent == .modify {
            var k = 0
            while k < tokens.count, parse.reading[k].rawValue != 0 || changesScope(tokens, k) {
                if parse.reading[k].rawValue == 0 {
                    let length = tables.lexicon.corrections.match(tokens, at: k)?.length ?? 1
                    for j in k..<min(k + length, tokens.count) where parse.reading[j].rawValue == 0 || parse.reading[j] == .filler {
                        parse.reading[j] = .scope
                        parse.unreadThatMatters &= ~(1 << UInt64(min(j, 63)))
                    }
                    k += length
                } else {
                    k += 1
                }
            }
            settleReplaced(&parse)
            return
        }
        guard Grammar.scopedIntents.contains(parse.intent) else { return }
        // "no need for", "don't book": the whole request is said in the negative, unless a later clause
        // asks for something after all ("…, but I need a PA"), which is left for the desk to ask about.
        for k in tokens.indices {
            guard let refusal = tables.lexicon.refusals.match(tokens, at: k) else { continue }
            if tokens[(k + refusal.length)...].contains(where: { $0.text == "but" }) { return }
            parse.negated = true
            for j in k..<(k + refusal.length) { parse.reading[j] = .scope }
            parse.unreadThatMatters = 0
            return
        }
        guard var marker = tokens.indices.first(where: { parse.reading[$0].rawValue == 0 && changesScope(tokens, $0) }) else {
            return
        }
        // "no, I need a PA on Thursday": a "no" that opens the line answers the desk, not the request.
        if let opening = tables.lexicon.negations.match(tokens, at: marker), opening.length == 1, marker + 1 < tokens.count,
            tokens[marker + 1].text == ",", (0..<marker).allSatisfy({ parse.reading[$0] == .filler || parse.reading[$0] == .punctuation })
        {
            parse.reading[marker] = .scope
            parse.unreadThatMatters &= ~(1 << UInt64(min(marker, 63)))
            guard let next = tokens.indices.first(where: { parse.reading[$0].rawValue == 0 && changesScope(tokens, $0) }) else { return }
            marker = next
        }
        if let correction = tables.lexicon.corrections.match(tokens, at: marker) {
            if let corrected = corrected(parse, marker: marker, length: correction.length, now: now) { parse = corrected }
        } else if let negation = tables.lexicon.negations.match(tokens, at: marker) {
            if let excluded = excluding(parse, marker: marker, length: negation.length, now: now) { parse = excluded }
        }
    }

    /// "need a receptionist Thursday, sorry I mean Friday", "a PA Monday, Tuesday instead": the words of
    /// the correction replace the ones they correct; the rest of the request stands.
    private func corrected(_ parse: Parse, marker: Int, length: Int, now: LocalDateTime) -> Parse? {
        let tokens = parse.tokens
        var cut = marker, fixFrom = marker + length, fixTo = tokens.count
        // "…, Tuesday instead": the correction is the clause the trailing word closes.
        if tokens[marker].text == "instead" {
            guard let clause = (0..<marker).last(where: { Parse.clauseEnds.contains(tokens[$0].text) || joins(tokens, $0) }) else { return nil }
            cut = clause
            fixFrom = clause + 1
            fixTo = marker
        }
        // More markers after the first ("sorry, actually, I mean") belong to it.
        while fixFrom < fixTo,
            Parse.clauseEnds.contains(tokens[fixFrom].text) || changesScope(tokens, fixFrom)
                || (tokens[fixFrom].word >= 0 && tables.isFiller[Int(tokens[fixFrom].word)])
        {
            fixFrom += lexicon(correctionAt: tokens, fixFrom) ?? 1
        }
        // Only punctuation and filler before the marker: a correction of the last request, which the rules read.
        guard cut > 0, fixFrom < fixTo, (0..<cut).contains(where: { parse.reading[$0] != .filler && parse.reading[$0] != .punctuation }) else {
            return nil
        }
        let head = reparse(parse, 0, cut, now: now)
        let fix = reparse(parse, fixFrom, fixTo, now: now)
        guard let head, let fix, Grammar.scopedIntents.contains(head.intent) || head.intent == .book else { return nil }
        var slots = head.slots
        let f = fix.slots
        var replaced = false
        if let role = f.role {
            slots.role = role; slots.roleText = f.roleText; slots.count = f.count ?? slots.count; replaced = true
        } else if let count = f.count {
            slots.count = count; replaced = true
        }
        if f.date != nil || f.dateProblem != nil || !f.occurrences.isEmpty {
            slots.takeDay(from: f)
            slots.problemIsTime = f.problemIsTime
            slots.occurrences = f.occurrences; slots.recurrenceReading = f.recurrenceReading; slots.span = f.span
            slots.deadline = f.deadline
            replaced = true
        }
        if f.start != nil {
            slots.start = f.start; slots.end = f.end; slots.partOfDay = f.partOfDay
            if f.durationMinutes == nil && f.end != nil { slots.durationMinutes = nil }
            replaced = true
        }
        if f.durationMinutes != nil || f.allDay { slots.durationMinutes = f.durationMinutes; slots.allDay = f.allDay; replaced = true }
        if let task = f.task { slots.task = task; replaced = true }
        guard replaced else { return nil }
        var result = parse
        result.intent = head.intent
        result.rule = head.rule
        result.triggered = head.triggered
        result.slots = slots
        result.reading =
            Array(head.reading) + Array(repeating: .scope, count: fixFrom - cut) + fix.reading
            + Array(repeating: .scope, count: tokens.count - fixTo)
        result.unreadThatMatters = head.unreadThatMatters | Grammar.shifted(fix.unreadThatMatters, by: fixFrom)
        return result
    }

    /// "need a receptionist on Tuesday but not in the morning", "every weekday except Wednesday",
    /// "a receptionist, not a PA, on Friday": the clause after the negation is taken out of the request.
    private func excluding(_ parse: Parse, marker: Int, length: Int, now: LocalDateTime) -> Parse? {
        let tokens = parse.tokens
        var cut = marker
        if cut > 0, tokens[cut - 1].text == "but" || tokens[cut - 1].text == "," { cut -= 1 }
        var end = marker + length
        while end < tokens.count, !Parse.clauseEnds.contains(tokens[end].text), !joins(tokens, end), tokens[end].text != "but" { end += 1 }
        guard cut > 0, end > marker + length else { return nil }
        let negated = reparse(parse, marker + length, end, now: now)
        let rest = reparse(parse, 0, cut, skipping: end, now: now)
        guard let negated, let rest, rest.intent == parse.intent, !rest.unreadMatters else { return nil }
        let n = negated.slots
        var slots = rest.slots
        var result = parse
        if n.start != nil, slots.start == nil, n.date == nil, n.role == nil {
            // "but not in the morning": which hours is asked.
            result.excluded = text(of: parse, marker, end)
        } else if let date = n.date, !slots.occurrences.isEmpty, n.start == nil, n.role == nil {
            // "every weekday except Wednesday": a weekday leaves out every such day, a date that day.
            let weekdayOnly =
                negated.tokens.indices.contains { tables.lexicon.weekdays.match(negated.tokens, at: $0) != nil }
                && !negated.tokens.contains { $0.kind == .number }
            let kept = slots.occurrences.filter { weekdayOnly ? $0.weekday != date.weekday : $0 != date }
            guard kept.count < slots.occurrences.count, let first = kept.first else { return nil }
            slots.occurrences = kept
            slots.date = first
            let note = "\(slots.recurrenceNote ?? "repeating"), \(text(of: parse, marker, end)): \(kept.count) date\(kept.count == 1 ? "" : "s")"
            slots.recurrenceNote = note
            slots.dateNote = note
        } else if let role = n.role, let kept = slots.role, role != kept, n.date == nil, n.start == nil {
            // "a receptionist, not a PA": the other role was only ruled out.
        } else {
            return nil
        }
        result.slots = slots
        result.intent = rest.intent
        result.rule = rest.rule
        result.reading = Array(rest.reading[0..<cut]) + Array(repeating: .scope, count: end - cut) + rest.reading[cut...]
        result.unreadThatMatters =
            rest.unreadThatMatters & ((1 << UInt64(min(cut, 63))) - 1)
            | Grammar.shifted(rest.unreadThatMatters >> UInt64(min(cut, 63)), by: end)
        return result
    }

    /// The parse of tokens from..<to of a line (and, with `skipping`, of the tokens from there to its end),
    /// when it splits into the same tokens; nil otherwise.
    private func reparse(_ parse: Parse, _ from: Int, _ to: Int, skipping: Int? = nil, now: LocalDateTime) -> Parse? {
        guard from < to else { return nil }
        var text = self.text(of: parse, from, to)
        var expected = to - from
        if let skipping, skipping < parse.tokens.count {
            text += " " + self.text(of: parse, skipping, parse.tokens.count)
            expected += parse.tokens.count - skipping
        }
        let sub = self.parse(text, now: now, scoping: false)
        return sub.tokens.count == expected ? sub : nil
    }

    private func text(of parse: Parse, _ from: Int, _ to: Int) -> String {
        let bytes = parse.input.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: parse.tokens[from].start)
        let end = bytes.index(bytes.startIndex, offsetBy: parse.tokens[to - 1].end)
        return String(parse.input[start..<end])
    }

    private func lexicon(correctionAt tokens: [Token], _ k: Int) -> Int? {
        tables.lexicon.corrections.match(tokens, at: k)?.length ?? tables.lexicon.negations.match(tokens, at: k).map { _ in 1 }
    }

    /// A mask of unread tokens moved `by` places along, the last bit standing for every token past the 63rd.
    static func shifted(_ mask: UInt64, by places: Int) -> UInt64 {
        guard mask != 0 else { return 0 }
        if places >= 63 { return 1 << 63 }
        let moved = mask << UInt64(places)
        return (moved >> UInt64(places)) == mask ? moved : moved | (1 << 63)
    }
}

extension Grammar {
    /// The readings that give a change its new value.
    private static let valueReadings: Set<TokenReading> = [.date, .time, .range, .duration, .count, .role, .month]

    /// "make it 3 hours instead of 4", "10am rather than 9am", "Tuesday, not Monday": after a new value,
    /// the words the marker leads to name the value replaced, which cannot change what the line asks.
    /// Only words nothing else read are settled: a value read there may be the one the slots hold.
    func settleReplaced(_ change: inout Parse) {
        let tokens = change.tokens
        var k = 0
        while k < tokens.count {
            guard let marker = tables.lexicon.replacedWords.match(tokens, at: k),
                (0..<k).contains(where: { Grammar.valueReadings.contains(change.reading[$0]) })
            else {
                k += 1
                continue
            }
            let from = k + marker.length
            var end = from
            while end < tokens.count, !Parse.clauseEnds.contains(tokens[end].text), !joins(tokens, end) { end += 1 }
            guard end > from, (from..<end).allSatisfy({ change.reading[$0] == .unread || change.reading[$0] == .filler }) else {
                k = max(end, k + 1)
                continue
            }
            for j in k..<end {
                change.reading[j] = .scope
                change.unreadThatMatters &= ~(1 << UInt64(min(j, 63)))
            }
            k = end
        }
    }
}
