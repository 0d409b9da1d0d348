import Understanding

extension Reply {
    /// The store refused the line's changes (disk full, file damaged, busy too long, server gone): the lines
    /// after it would most likely fail the same way.
    public var storageFailed: Bool {
        if case .storage = failure { return true }
        return false
    }

    /// The reply to a line whose handling threw: what the store says of it, and never "nothing was changed"
    /// unless the store knows it rolled back.
    static func failed(_ error: Error, line: String, intent: Intent) -> Reply {
        guard let store = error as? StoreError else {
            // Not the store's: a fault of the desk's own, inside a transaction that rolled back.
            return Reply.refusal(
                line, intent: intent, "Sorry, something went wrong on the desk: \(error). Nothing was changed.",
                error: .internal("\(error)"))
        }
        let text: String
        switch store.outcome {
        case .keptNothing: text = "Sorry, that could not be saved: \(store). Nothing was changed."
        case .unknown: text = "Sorry, \(store)."
        case .kept: text = "Note: \(store)."
        }
        return Reply.refusal(line, intent: intent, text, error: .storage("\(store)"))
    }
}
