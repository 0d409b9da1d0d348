/// What Tab offers at the desk's prompt: the words and phrases a person types, written as they
/// would write them ("PA", "IT support", "front desk"), never the catalogue's ids.
public enum CompletionWords {
    /// Words of requests and answers the desk understands, and the REPL's own commands.
    static let requestWords = [
        "help", "rates", "quit", "undo", "redo", "history", "cancel", "show", "my", "bookings", "book", "need",
        "how", "much", "what", "have", "booked", "this", "next", "week", "today", "tomorrow",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "morning", "afternoon", "evening", "hours", "yes", "no", "actually", "instead", "make", "budget",
        "/save", "/save!"
    ]

    /// Every completion, sorted case-insensitively: request words, each role's label and synonyms,
    /// and the booking ids given (`#3`).
    public static func words(catalogue: Catalogue, bookingIds: [Int64]) -> [String] {
        var words = Set(requestWords)
        for role in catalogue.roles {
            words.insert(role.label)
            for synonym in role.synonyms {
                if let phrase = typed(synonym, label: role.label) { words.insert(phrase) }
            }
        }
        for id in bookingIds { words.insert("#\(id)") }
        return words.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// A synonym as a person writes it: each word cased as the role's label has it ("it" in
    /// "IT support technician"), and a two-letter abbreviation standing alone in capitals ("PA").
    /// Spellings with single letters ("p a") are left out: nobody completes them.
    static func typed(_ synonym: String, label: String) -> String? {
        let words = synonym.split(separator: " ").map(String.init)
        guard !words.isEmpty, !words.contains(where: { $0.count < 2 }) else { return nil }
        if words.count == 1, words[0].count == 2 { return words[0].uppercased() }
        let labelWords = label.split(separator: " ").map(String.init)
        return words.map { word in labelWords.first { $0.lowercased() == word } ?? word }.joined(separator: " ")
    }

    /// The completions of a partly typed word, ignoring case, given the words typed before it: after
    /// "need an IT", "su" offers "support" and "support technician" (the rest of "IT support" and "IT
    /// support technician"); alone, "pa" offers "PA", "packer", "packing", …. The longest run of words
    /// before the cursor that starts some phrase wins, so a phrase is completed as a whole.
    public static func matches(_ partial: String, after before: String = "", in words: [String]) -> [String] {
        let typed = before.split(separator: " ").map(String.init)
        for count in stride(from: min(typed.count, 3), through: 0, by: -1) {
            let lead = typed.suffix(count).joined(separator: " ")
            let prefix = (count > 0 ? lead + " " : "") + partial
            let found = words.filter { $0.lowercased().hasPrefix(prefix.lowercased()) && (count == 0 || $0.contains(" ")) }
            if !found.isEmpty { return found.map { String($0.dropFirst(count > 0 ? lead.count + 1 : 0)) } }
        }
        return []
    }
}
