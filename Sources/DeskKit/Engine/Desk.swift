import Understanding

/// The engine: owns the conversation and the domain. Front ends hand it lines and show its replies;
/// it reads the time only from its clock and keeps everything through its store.
public final class Desk {
    public let grammar: Grammar
    public let catalogue: Catalogue
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
    /// What cancelling a booking late costs: the catalogue's late-cancellation rule unless another is plugged in.
    public var cancellationFee = CancellationFee.none

    public init(grammar: Grammar, catalogue: Catalogue, store: DeskStore, clock: any DeskClock, time: DeskTime) {
        var grammar = grammar
        if grammar.zoneOffset == nil { grammar.zoneOffset = time.zoneOffset }
        self.grammar = grammar
        self.catalogue = catalogue
        self.store = store
        self.clock = clock
        self.time = time
        cancellationFee = .catalogue(catalogue, time: time)
    }

    /// Builds a desk from Intents/ files (the built-in ones by default).
    public convenience init(files: [(name: String, text: String)] = IntentFiles.builtIn, store: DeskStore,
                            clock: any DeskClock, time: DeskTime) throws {
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

    /// Treats a line as the answer to the pending question, unless it is a new request.
    /// Returns nil when the line should be handled on its own.
    private func answer(_ parse: Parse, to waiting: Pending) throws -> Reply? {
        if waiting.needs == .confirmation { return try answerConfirmation(parse, to: waiting) }
        if parse.intent == .no {
            pending = nil
            return Reply(input: parse.input, intent: .no, text: "OK, I've dropped that request: nothing was booked, changed or cancelled.")
        }
        // A line that picks none of the offers is a new request, and the offers are dropped.
        if waiting.needs == .choice {
            pending = nil
            if let n = grammar.choiceNumber(parse.input), !(1...waiting.offers.count).contains(n) {
                return missedAnswer(waiting, input: parse.input)
            }
            guard let offer = chosen(parse, among: waiting.offers) else { return nil }
            roster.named = offer.person.name
            // What the owner already confirmed of the request (its unusual hours) holds for the offer picked.
            return try resume(waiting, slots: slots(waiting.slots, takingUp: offer), answer: parse.input, confirmed: waiting.confirmed)
        }
        if let corrected = correcting(waiting, with: parse) {
            pending = nil
            return try resume(waiting, slots: corrected, answer: parse.input, confirmed: waiting.confirmed)
        }
        // "yes" answers no question about a day or a role: say again what is needed.
        if parse.intent == .yes { return missedAnswer(waiting, input: parse.input) }
        // A line with its own trigger ("cancel #2", "need a PA Friday", "help") starts afresh.
        if parse.triggered || (!parse.isUnknown && parse.slots.role != nil && waiting.needs != .role) {
            pending = nil
            return nil
        }
        var slots = waiting.slots
        var new = parse.slots
        if waiting.needs == .booking, new.bookingId == nil, let picked = try pick(parse, among: waiting.choices) {
            new.bookingId = Int(picked)
        }
        let fits: Bool
        switch waiting.needs {
        case .role: fits = new.role != nil
        case .date: fits = new.date != nil || new.dateProblem != nil
        // "For how long?" "until 5pm": one time, with the start already known, is the end.
        case .duration: fits = new.durationMinutes != nil || new.allDay || (new.start != nil && (new.end != nil || slots.start != nil))
            || (new.end != nil && slots.start != nil)
        case .time: fits = new.start != nil
        case .booking: fits = new.bookingId != nil
        // Answered before this point.
        case .confirmation, .choice: fits = false
        }
        guard fits else {
            if !parse.isUnknown {
                pending = nil
                return nil
            }
            return missedAnswer(waiting, input: parse.input)
        }
        // Fill what the answer gives; keep what the request already had.
        if slots.role == nil, let role = new.role { slots.role = role; slots.roleText = new.roleText; slots.count = new.count ?? slots.count }
        if slots.date == nil, new.date != nil || new.dateProblem != nil {
            var new = new
            // "Which day next week?" "Wednesday": the Wednesday of that week, not the coming one.
            if let within = waiting.within, let date = new.date,
               date < within.first || date >= within.first.adding(days: within.days) {
                let offset = (date.weekday - within.first.weekday + 7) % 7
                if offset < within.days { new.date = within.first.adding(days: offset); new.alternativeDate = nil }
            }
            slots.takeDay(from: new)
            slots.spreadOverSpan()
        }
        if waiting.needs == .duration, let start = slots.start, slots.end == nil, new.durationMinutes == nil,
           let end = new.start ?? new.end, new.start == nil || new.end == nil {
            // An end at or before the start is the afternoon's ("from 2" "until 5").
            slots.end = end <= start && end + 12 * 60 > start ? end + 12 * 60 : end
        }
        if slots.start == nil, let start = new.start { slots.start = start; slots.end = new.end; slots.partOfDay = new.partOfDay }
        if slots.durationMinutes == nil, let d = new.durationMinutes { slots.durationMinutes = d }
        if new.allDay { slots.allDay = true }
        var waiting = waiting
        if waiting.needs == .booking, let id = new.bookingId {
            slots.bookingId = id
            waiting.targets = [Int64(id)]
        }
        if slots.task == nil, let task = new.task { slots.task = task }
        pending = nil
        return try resume(waiting, slots: slots, answer: parse.input)
    }

    /// A new line while a question waited: a line that only looks (a list, the rates, a price) keeps a question
    /// about a day, a role or hours waiting and says so; one that acts or asks its own question, and any line
    /// after a yes/no question (a later "yes" must never confirm it unseen), drops it and says that too.
    /// A line that is the same request about the same booking ("#1 took 4 hours" after "How long did #1 take?") says nothing.
    func setAside(_ waiting: Pending, reply: Reply, parse: Parse) -> Reply {
        var reply = reply
        if let id = waiting.slots.bookingId, parse.slots.bookingId == id, parse.intent == waiting.intent { return reply }
        let request = waiting.request.split(separator: "→").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? waiting.request
        let what = waiting.needs.words
        if pending == nil, waiting.needs != .confirmation, Desk.lookingIntents.contains(reply.intent) {
            pending = waiting
            reply.text += " (Your earlier request \"\(request)\" is still waiting for \(what).)"
        } else {
            reply.text += " (I've dropped your earlier request \"\(request)\", which was waiting for \(what).)"
        }
        return reply
    }

    /// Lines that change nothing and ask nothing: a question waiting before them still waits.
    static let lookingIntents: Set<Intent> = [.list, .week, .rates, .help, .quote, .spend, .status, .history, .greeting, .thanks,
                                              .team, .covering, .free, .doing, .nextFree]

    /// A line that does not answer the question: say what is expected, and after the second, drop the request.
    func missedAnswer(_ waiting: Pending, input: String) -> Reply {
        var again = waiting
        again.misses += 1
        if again.misses >= 2 {
            pending = nil
            return Reply(input: input, intent: waiting.intent, ok: false,
                         text: "I still don't have \(waiting.needs.words), so I've dropped that request. Start again whenever you like, for example \"need a receptionist Tuesday\".",
                         failure: .requestDropped(waiting.needs))
        }
        pending = again
        return Reply(input: input, intent: waiting.intent, ok: false,
                     text: "Sorry, I need \(waiting.needs.words). \(waiting.needs.example)",
                     needs: waiting.needs, failure: .expected(waiting.needs))
    }

    /// Carries on with a request once its question is answered. The journal keeps the request
    /// and its answer together ("need a PA → Friday"); the reply is to the answering line.
    func resume(_ waiting: Pending, slots: Slots, answer: String, confirmed: Set<ConfirmationKind> = []) throws -> Reply {
        let request = "\(waiting.request) → \(answer)"
        if roster.named == nil { roster.named = waiting.named }
        conversation.confirmed = confirmed
        defer { conversation.confirmed = [] }
        var reply: Reply
        if !waiting.several.isEmpty {
            // The answer (a day, hours, a yes) goes to every request that lacks it; all are booked together.
            let requests = waiting.several.map { request -> Slots in
                var r = request
                if r.date == nil, r.dateProblem == nil {
                    r.takeDay(from: slots)
                    r.occurrences = slots.occurrences
                }
                if r.start == nil, r.durationMinutes == nil, !r.allDay {
                    r.start = slots.start; r.end = slots.end; r.partOfDay = slots.partOfDay; r.durationMinutes = slots.durationMinutes
                }
                return r
            }
            reply = try bookAll(requests, line: request, cancelling: waiting.cancelling)
        } else if waiting.intent == .modify, let targets = waiting.targets {
            // The request asked about says which change it was: "four of them" adds people, anything else changes them.
            if let count = references(nil, line: waiting.request).countOfThem {
                let group = try store.read { tx in try targets.compactMap { try tx.booking(id: $0) } }
                reply = try recount(group, to: count, line: request)
            } else {
                reply = try change(targets: targets, to: slots, line: request)
            }
        } else {
            reply = try act(on: waiting.intent, slots: slots, line: request)
        }
        reply.input = answer
        return reply
    }

    /// The most bookings one list reply shows; its count and total still cover the rest.
    static let listLimit = 50
    /// How far from today a described booking ("the Tuesday one", "mark the receptionist done") is looked for.
    static let describedReach: Int64 = 366 * 86_400

    /// Asks for what a request lacks and keeps the request until the answer comes.
    /// `needs` "confirmation" waits for yes/no; the request is then run again with
    /// `confirmed(kind)` true for the kind asked about (plain "confirmation" by default).
    func ask(_ needs: Needs, _ text: String, intent: Intent, slots: Slots, line: String,
             within: (first: CivilDate, days: Int)? = nil, choices: [Int64] = [], targets: [Int64]? = nil,
             confirming: ConfirmationKind? = nil) -> Reply {
        pending = Pending(intent: intent, slots: slots, request: line, needs: needs, within: within, choices: choices,
                          targets: targets, confirming: needs == .confirmation ? (confirming ?? .plain) : nil,
                          confirmed: conversation.confirmed, named: roster.named)
        return Reply(input: line, intent: intent, text: text, needs: needs)
    }

    /// Offers what could be booked instead of a request no one can take, and waits for the owner to pick one.
    func offer(_ offers: [Offer], _ text: String, intent: Intent, slots: Slots, line: String) -> Reply {
        var reply = ask(.choice, text, intent: intent, slots: slots, line: line)
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
            return Reply(input: line, intent: .greeting,
                         text: "Hello! Tell me what help you need, for example \"need a receptionist Tuesday\". Type \"help\" to see what I can do.")
        case .thanks: return Reply(input: line, intent: .thanks, text: "You're welcome. Anything else I can book?")
        case .quit: return Reply(input: line, intent: .quit, text: "Goodbye.", endsSession: true)
        case .outOfScope:
            return Reply.refusal(line, intent: .outOfScope,
                                 "That isn't something the desk can arrange. I book outsourced help: \(roleList()). Nothing was booked.",
                                 error: .notARequest)
        case .unknown, .invalid:
            return Reply.refusal(line, intent: .unknown,
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
