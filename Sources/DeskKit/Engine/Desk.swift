import Understanding

/// The engine: owns the conversation and the domain. Front ends hand it lines and show its replies;
/// it reads the time only from its clock and keeps everything through its store.
public final class Desk {
    public let grammar: Grammar
    public let store: DeskStore
    public let clock: any DeskClock
    public let time: DeskTime

    /// A request waiting for the answer to a question the desk asked.
    struct Pending {
        var intent: Intent
        var slots: Slots
        var request: String
        var needs: Needs
        var misses = 0
        /// For "which day of next week?": the days an answer should fall in.
        var within: (first: CivilDate, days: Int)?
        /// For "which booking?": the bookings offered, so "the Tuesday one" can pick among them.
        var choices: [Int64] = []
        /// The bookings a change or cancellation was resolved to before the desk asked.
        var targets: [Int64]?
        /// For needs "confirmation": what is being confirmed, and what was confirmed before.
        var confirming: ConfirmationKind?
        var confirmed: Set<ConfirmationKind> = []
        /// Several requests of one line waiting together ("two packers and two receptionists": which day?), and
        /// the bookings the line cancels with them ("cancel #1 and book a packer on Friday").
        var several: [Slots] = []
        var cancelling: [Int] = []
        /// For needs "choice": what the desk offered instead of a slot no one could take.
        var offers: [Offer] = []
        /// The person the request asked for by name ("with Sarah").
        var named: String?
    }

    var pending: Pending?
    /// The roster's part of the line in hand (see Desk+Assignment).
    var roster = RosterContext()
    /// What the desk remembers between lines besides the pending question.
    var conversation = Conversation()
    /// What cancelling a booking late costs; nil is the catalogue's late-cancellation rule.
    public var cancellationFee: CancellationFee?

    /// The roles and prices, made the first time a line needs them: "help" and many other lines never do.
    public var catalogue: Catalogue {
        if let madeCatalogue { return madeCatalogue }
        let made = makeCatalogue()
        madeCatalogue = made
        return made
    }
    private var madeCatalogue: Catalogue?
    private let makeCatalogue: () -> Catalogue

    public convenience init(grammar: Grammar, catalogue: Catalogue, store: DeskStore, clock: any DeskClock, time: DeskTime) {
        self.init(grammar: grammar, makingCatalogue: { catalogue }, store: store, clock: clock, time: time)
    }

    /// A desk whose catalogue is made when a line first needs it; making it must not fail.
    public init(grammar: Grammar, makingCatalogue: @escaping () -> Catalogue, store: DeskStore, clock: any DeskClock, time: DeskTime) {
        var grammar = grammar
        if grammar.zoneOffset == nil { grammar.zoneOffset = time.zoneOffset }
        self.grammar = grammar
        makeCatalogue = makingCatalogue
        self.store = store
        self.clock = clock
        self.time = time
    }

    /// Builds a desk from Intents/ files (the built-in ones by default).
    public convenience init(
        files: [(name: String, text: String)] = IntentFiles.builtIn, store: DeskStore,
        clock: any DeskClock, time: DeskTime
    ) throws {
        let grammar = try Grammar(files: files)
        self.init(grammar: grammar, catalogue: try Catalogue(files: files, holidays: grammar.holidays), store: store, clock: clock, time: time)
    }

    public var now: Int64 { clock.now() }
    public var localNow: LocalDateTime { time.local(now) }

    /// Whether the desk is waiting for an answer, and to what.
    public var awaiting: Needs? { pending?.needs }

    /// Answers a raw input line, refusing bytes that are not a readable request.
    public func respond(toBytes bytes: [UInt8]) -> Reply {
        switch InputCheck.text(from: bytes) {
        case .success(let text):
            return respond(to: text)
        case .failure(.tooLong(let count)):
            return refuse(.tooLong(count), input: InputCheck.echo(bytes, count: count))
        case .failure(let problem):
            return Reply.refusal(String(decoding: bytes.prefix(200), as: UTF8.self), intent: .invalid, problem.message, error: .input(problem))
        }
    }

    /// The reply to a line that could not be read as a request; nothing is parsed or stored.
    public func refuse(_ problem: InputProblem, input: String) -> Reply {
        Reply.refusal(input, intent: .invalid, problem.message, error: .input(problem))
    }

    /// Answers one line of text.
    public func respond(to line: String) -> Reply {
        if case .failure(let problem) = InputCheck.text(from: Array(line.utf8)) {
            return Reply.refusal(line, intent: .invalid, problem.message, error: .input(problem))
        }
        let parse = readingNames(grammar.parse(line, now: localNow), line: line)
        do {
            var reply: Reply
            let waiting = pending
            if let waiting, let merged = try answer(parse, to: waiting) {
                reply = merged
            } else {
                reply = try actOnWhatWasRead(parse, line: line)
                if let waiting { reply = setAside(waiting, reply: reply, parse: parse) }
            }
            conversation.remember(reply)
            return reply.showingHiddenText()
        } catch {
            pending = nil
            return Reply.failed(error, line: line, intent: parse.intent)
        }
    }

    /// The most bookings one list reply shows; its count and total still cover the rest.
    static let listLimit = 50
    /// How far from today a described booking ("the Tuesday one", "mark the receptionist done") is looked for.
    static let describedReach: Int64 = 366 * 86_400

    /// Asks for what a request lacks and keeps the request until the answer comes.
    /// `needs` "confirmation" waits for yes/no; the request is then run again with
    /// `confirmed(kind)` true for the kind asked about (plain "confirmation" by default).
    func ask(
        _ needs: Needs, _ text: String, intent: Intent, slots: Slots, line: String,
        within: (first: CivilDate, days: Int)? = nil, choices: [Int64] = [], targets: [Int64]? = nil,
        confirming: ConfirmationKind? = nil
    ) -> Reply {
        pending = Pending(
            intent: intent, slots: slots, request: line, needs: needs, within: within, choices: choices,
            targets: targets, confirming: needs == .confirmation ? (confirming ?? .plain) : nil,
            confirmed: conversation.confirmed, named: roster.named)
        return Reply(input: line, intent: intent, text: text, needs: needs)
    }

    /// Offers what could be booked instead of a request no one can take (or a change the person can't), and waits
    /// for the owner to pick one; `targets` are the bookings a change was resolved to.
    func offer(_ offers: [Offer], _ text: String, intent: Intent, slots: Slots, line: String, targets: [Int64]? = nil) -> Reply {
        var reply = ask(.choice, text, intent: intent, slots: slots, line: line, targets: targets)
        pending?.offers = offers
        reply.ok = false
        reply.failure = .noOneFree
        return reply
    }

    /// `reading` is the line's parse, when `slots` are all of what it read.
    func act(on intent: Intent, slots: Slots, line: String, reading: Parse? = nil) throws -> Reply {
        switch intent {
        case .book: return try book(slots, line: line, reading: reading)
        case .modify: return try modify(slots, line: line)
        case .redo: return try redo(line: line)
        case .history: return try history(line: line)
        case .status: return try status(slots, line: line)
        case .yes:
            // "sounds good, book it in" just after a quote: what was quoted, exactly.
            if let quoted = conversation.quoted { return try book(quoted, line: line) }
            return Reply(input: line, intent: .yes, text: "There is no question waiting for a yes. Anything else I can book?")
        case .no: return Reply(input: line, intent: .no, text: "OK. Nothing was changed.")
        case .quote: return quote(slots, line: line)
        case .team: return try showTeam(line: line)
        case .covering: return try covering(slots, line: line)
        case .free: return try whoIsFree(slots, line: line)
        case .doing: return try doing(slots, line: line)
        case .nextFree: return try nextFree(line: line)
        case .reassign: return try reassign(slots, line: line)
        case .leave: return try leave(slots, line: line)
        case .list: return try list(slots, line: line)
        case .week: return try showWeek(slots, line: line)
        case .cancel: return try cancel(slots, line: line)
        case .undo: return try undo(line: line)
        case .done: return try markDone(slots, line: line)
        case .budget: return try setBudget(slots, line: line)
        case .spend: return try spend(slots, line: line)
        case .invoice: return try invoice(slots, line: line)
        case .rates: return Reply(input: line, intent: .rates, text: RatesText.render(catalogue))
        case .help: return Reply(input: line, intent: .help, text: Desk.helpText)
        case .greeting:
            return Reply(
                input: line, intent: .greeting,
                text: "Hello! Tell me what help you need, for example \"need a receptionist Tuesday\". Type \"help\" to see what I can do.")
        case .thanks: return Reply(input: line, intent: .thanks, text: "You're welcome. Anything else I can book?")
        case .quit: return Reply(input: line, intent: .quit, text: "Goodbye.", endsSession: true)
        case .outOfScope:
            return Reply.refusal(
                line, intent: .outOfScope,
                "That isn't something the desk can arrange. I book outsourced help: \(roleList()). Nothing was booked.",
                error: .notARequest)
        case .unknown, .invalid:
            return Reply.refusal(
                line, intent: .unknown,
                "Sorry, I didn't understand that. I can book help (\"need a receptionist Tuesday\"), quote a price (\"how much is a PA for 3 hours?\"), list bookings (\"show my bookings\"), cancel one (\"cancel #2\") or show rates. Nothing was booked. Type \"help\" for more.",
                error: .notUnderstood)
        }
    }

    func roleList() -> String {
        catalogue.roles.map(\.label).joined(separator: ", ")
    }

    func label(_ roleId: String) -> String { catalogue.role(roleId)?.label ?? roleId }

    /// "a receptionist", "an IT support technician".
    func withArticle(_ label: String) -> String {
        guard let first = label.first else { return label }
        return ("AEIOUaeiou".contains(first) ? "an " : "a ") + label
    }

    func money(_ minor: Int64) -> String { catalogue.money.format(minor) }
}
