import Understanding

extension Desk {
    /// Applies again what the last undo took back, as long as nothing was changed since.
    func redo(line: String) throws -> Reply {
        guard let redone = try store.transaction({ try $0.redoLatest() }) else {
            return Reply.refusal(line, intent: "redo", "There is nothing to redo.", error: "nothing to redo")
        }
        pending = nil
        return Reply(input: line, intent: "redo", text: "Redone: \(redone.summary).", bookings: redone.restored)
    }

    /// The recent entries of the undo journal, newest first, across sessions.
    func history(line: String) throws -> Reply {
        let changes = try store.read { try $0.recentChanges(limit: Desk.historyLength) }
        guard !changes.isEmpty else {
            return Reply(input: line, intent: "history", text: "Nothing has been booked, changed or cancelled yet.")
        }
        var lines = ["Recent changes, newest first (\"undo\" takes back the newest one still in force):"]
        for change in changes {
            let when = time.local(change.madeAt)
            var text = "  \(when.date.short) \(Clock24.format(when.minute))  \(change.summary)  (\"\(change.request)\")"
            if change.undone { text += "  undone" }
            lines.append(text)
        }
        return Reply(input: line, intent: "history", text: lines.joined(separator: "\n"))
    }

    static let historyLength = 10
}
