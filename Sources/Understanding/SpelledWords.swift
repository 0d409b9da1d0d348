/// The vocabulary numbers of the few words recognisers name in Swift in loops that visit every token
/// ("to", "for", "at"), so that such a loop compares two integers rather than two strings.
struct SpelledWords: Sendable {
    static let words = ["to", "for", "at"]

    let to: Int32
    let `for`: Int32
    let at: Int32

    /// Every word of `words` must be in `vocabulary`.
    init(_ vocabulary: Vocabulary) {
        to = vocabulary.id("to")
        `for` = vocabulary.id("for")
        at = vocabulary.id("at")
    }
}
