import Understanding

extension Desk {
    /// Applies again what the last undo took back, as long as nothing was changed since.
    func redo(line: String) throws -> Reply {
        let step = try stepJournal(
            line, intent: .redo,
            started: {
                "#\($0) has started since, so it can't be cancelled again free of charge; "
                    + "the work is owed. Mark it done with the time worked, or leave it awaiting confirmation."
            }
        ) { tx, now in
            try tx.redoLatest(vetting: { step in
                try Desk.refuseFreeCancellationOfStartedWork(step, now: now)
                try refuseDoubleBooking(step, in: tx, now: now)
            })
        }
        if let refusal = step.refusal { return refusal }
        guard let redone = step.done else {
            return Reply.refusal(line, intent: .redo, "There is nothing to redo.", error: .nothingToRedo)
        }
        pending = nil
        var text = "Redone: \(redone.summary)."
        if step.budgetMoved { text += " " + (try budgetNow()) }
        return Reply(input: line, intent: .redo, text: text, bookings: redone.restored)
    }

    /// Undo or redo in one transaction at the desk's time. Nothing done when there was nothing to do; a refusal,
    /// and nothing applied, when it would take away or cancel free work that has started. `budgetMoved` says
    /// whether the step changed the monthly budget, so the reply can say what it is now.
    func stepJournal<T>(
        _ line: String, intent: Intent, started: (Int64) -> String,
        _ step: (DeskTransaction, Int64) throws -> T?
    ) throws -> (done: T?, refusal: Reply?, budgetMoved: Bool) {
        let now = self.now
        do {
            return try store.transaction { tx in
                let budget = try tx.monthlyBudget()
                let done = try step(tx, now)
                return (done, nil, try tx.monthlyBudget() != budget)
            }
        } catch let work as StartedWork {
            return (nil, Reply.refusal(line, intent: intent, started(work.bookingId), error: .workStarted), false)
        } catch let refusal as Refusal {
            return (nil, Reply.refusal(line, intent: intent, refusal.message, error: refusal.failure), false)
        }
    }

    /// Undo never takes away work whose time has come: it was never billed, and it is owed.
    static func refuseTakingAwayStartedWork(_ step: JournalStep, now: Int64) throws {
        if case .remove(let current) = step, current.start <= now, current.status != .cancelled {
            throw StartedWork(bookingId: current.id)
        }
    }

    /// Redo never cancels work that has started free of charge.
    static func refuseFreeCancellationOfStartedWork(_ step: JournalStep, now: Int64) throws {
        if case .restore(let state, let current?) = step, state.status == .cancelled, current.status == .booked,
            current.start <= now
        {
            throw StartedWork(bookingId: current.id)
        }
    }

    /// The recent entries of the undo journal, newest first, across sessions.
    func history(line: String) throws -> Reply {
        let changes = try store.read { try $0.recentChanges(limit: Desk.historyLength) }
        guard !changes.isEmpty else {
            return Reply(input: line, intent: .history, text: "Nothing has been booked, changed or cancelled yet.")
        }
        var lines = ["Recent changes, newest first (\"undo\" takes back the newest one still in force):"]
        for change in changes {
            let when = time.local(change.madeAt)
            var text = "  \(when.date.short) \(Clock24.format(when.minute))  \(change.summary)  (\"\(change.request)\")"
            if change.undone { text += "  undone" }
            lines.append(text)
        }
        return Reply(input: line, intent: .history, text: lines.joined(separator: "\n"))
    }

    static let historyLength = 10
}
