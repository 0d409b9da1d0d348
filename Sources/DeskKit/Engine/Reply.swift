import Understanding

/// The desk's answer to one line: the text a person sees, and the facts behind it for JSON.
public struct Reply: Sendable {
    public var input: String
    public var intent: Intent
    /// False when the request was refused or invalid.
    public var ok: Bool
    public var text: String
    /// The slot the desk asks for next ("role", "date", "time", "duration", "booking"), if any.
    public var needs: Needs?
    /// Bookings this line created, changed, cancelled or listed.
    public var bookings: [Booking]
    public var quote: Quote?
    /// A short reason when `ok` is false.
    /// Why the reply refused or failed, when `ok` is false.
    public var failure: ReplyFailure?
    /// The JSON `error` field: the failure's stable code.
    public var error: String? { failure?.code }
    /// The owner asked to leave.
    public var endsSession: Bool
    /// Words of the line the desk did not act on because it could not read them.
    public var unread: [String] = []
    /// For "show my week": the week drawn in `text`, for JSON and for drawing it again in colour.
    public var week: WeekView?
    /// For "am I on budget?": the month's figures, for JSON and for the bar a terminal shows.
    public var spend: SpendFigures?

    public init(
        input: String, intent: Intent, ok: Bool = true, text: String, needs: Needs? = nil,
        bookings: [Booking] = [], quote: Quote? = nil, failure: ReplyFailure? = nil, endsSession: Bool = false,
        week: WeekView? = nil
    ) {
        self.input = input
        self.intent = intent
        self.ok = ok
        self.text = text
        self.needs = needs
        self.bookings = bookings
        self.quote = quote
        self.failure = failure
        self.endsSession = endsSession
        self.week = week
    }

    /// The reply with any hidden character of stored or typed text shown escaped (see `VisibleText`).
    func showingHiddenText() -> Reply {
        var shown = self
        shown.text = VisibleText.escaped(text)
        return shown
    }

    static func refusal(_ input: String, intent: Intent, _ text: String, error: ReplyFailure) -> Reply {
        Reply(input: input, intent: intent, ok: false, text: text, failure: error)
    }
}
