/// The words of dates, times, amounts and filler, read from the `lexicon` blocks of Intents/*.words.
public struct Lexicon: Sendable {
    public enum Modifier: Sendable { case this, next }

    var weekdays = PhraseTable<Int>()
    var relativeDays = PhraseTable<Int>()
    var months = PhraseTable<Int>()
    var modifiers = PhraseTable<Modifier>()
    var weeks = PhraseTable<Modifier>()
    var weekends = PhraseTable<Modifier>()
    var ordinals = PhraseTable<Bool>()
    var dayWords = PhraseTable<Int>()
    var inWords = PhraseTable<Bool>()
    var dayUnits = PhraseTable<Int>()
    var monthEnds = PhraseTable<Bool>()
    /// "EOY", "year end": the end of the year, as "the end of the year" reads it.
    var yearEnds = PhraseTable<Bool>()
    /// Holiday names, from the holiday rules: the payload indexes `holidayMeanings`, the holidays a name can mean.
    var holidays = PhraseTable<Int>()
    var holidayMeanings: [[Int]] = []
    /// "bank holiday", "public holiday": whichever of the region's days off comes next.
    var publicHolidayWords = PhraseTable<Bool>()
    /// Around a holiday's name: "last easter" (`previous`), "christmas next year", "in 3 years", "2 years ago", "of 2030".
    var yearUnits = PhraseTable<Bool>()
    var ago = PhraseTable<Bool>()
    var hence = PhraseTable<Bool>()
    var yearOf = PhraseTable<Bool>()
    /// "a week from", "a fortnight on": days added to the date that follows.
    var laterBy = PhraseTable<Int>()
    var dayFirst = true
    /// "after next" in "Friday after next".
    var afterNext = PhraseTable<Bool>()
    /// "last" in "the last Friday of March".
    var lastOne = PhraseTable<Bool>()
    /// "early", "mid", "late": days of a month; "beginning of", "end of": days of a week (1 = Monday).
    var monthParts = PhraseTable<ClosedRange<Int>>()
    var weekParts = PhraseTable<ClosedRange<Int>>()
    var restOf = PhraseTable<Bool>()
    /// "next" in "next 3 days", and "few" in "the next few days" (the count it stands for).
    var nextDays = PhraseTable<Bool>()
    var fewDays = PhraseTable<Int>()
    /// "after" (+1) or "before" (-1) in "2 days after next Friday".
    var offsets = PhraseTable<Int>()
    /// "from now" (+1) or "ago" (-1) in "3 days ago".
    var fromNow = PhraseTable<Int>()
    /// Months per unit: month 1, quarter 3, year 12.
    var monthsUnits = PhraseTable<Int>()
    var upcoming = PhraseTable<Bool>()
    /// "last", "past": the one before today.
    var previous = PhraseTable<Bool>()

    /// "mondays": a weekday that repeats without "every".
    var pluralWeekdays = PhraseTable<Int>()
    var every = PhraseTable<Bool>()
    var everyOther = PhraseTable<Bool>()
    var workingDays = PhraseTable<Bool>()
    var daily = PhraseTable<Bool>()
    var untilWords = PhraseTable<Bool>()
    var forTheNext = PhraseTable<Bool>()
    var startingWords = PhraseTable<Bool>()
    var monthUnits = PhraseTable<Bool>()
    /// How many weeks an open repetition ("every Monday") runs, and the most dates one request may cover.
    var repeatWeeks = 4
    var repeatLimit = 31

    var clockWords = PhraseTable<Int>()
    var dayparts = PhraseTable<ClosedRange<Int>>()
    var meridiems = PhraseTable<Bool>()  // true = pm
    var oclocks = PhraseTable<Bool>()
    var halfPast = PhraseTable<Bool>()
    var pastWords = PhraseTable<Bool>()
    var pmHints = PhraseTable<Bool>()
    var minutesTo = PhraseTable<Bool>()
    var andAHalf = PhraseTable<Bool>()
    /// "oh" in "twelve oh three": the tens of the minutes are zero.
    var clockZeros = PhraseTable<Bool>()
    /// "now", "right now": the clock's own time.
    var nowWords = PhraseTable<Bool>()
    /// "summer", "winter": the payload indexes `seasonDays`; "season" alone is the one today is in.
    var seasons = PhraseTable<Int>()
    var seasonWords = PhraseTable<Bool>()
    /// Each season's first and last day as (month, day) pairs, in the order written.
    var seasonDays: [SeasonDays] = []
    /// Time zones said after a time ("3pm EST"): minutes ahead of UTC.
    var zones = PhraseTable<Int>()
    var quarters = PhraseTable<Int>()
    var rangeWords = PhraseTable<Bool>()
    var fromWords = PhraseTable<Bool>()
    var atWords = PhraseTable<Bool>()
    var earliestBareHour = 7

    var units = PhraseTable<Int>()
    var amounts = PhraseTable<Int>()
    var allDay = PhraseTable<Bool>()
    var numbers = PhraseTable<Int>()
    /// Words around the number of an offer picked ("the second one", "option 2"): nothing else may be said.
    var pickWords = Set<String>()
    /// Fractions written as one mark ("3½ hours"), in thousandths of the unit after them.
    var fractions = PhraseTable<Int>()
    /// "a dozen", "half a dozen": counts of people that are never read as times.
    var dozens = PhraseTable<Int>()
    /// "people", "staff": a count of these is how many of the line's role ("3 people for packing").
    var peopleWords = PhraseTable<Bool>()
    /// "until", "finishing at": a clock time after one is when the work ends.
    var endsAtWords = PhraseTable<Bool>()
    /// "over", "during": before a date they say when, as "on" does ("over the weekend").
    var datePrepositions = PhraseTable<Bool>()
    /// "×3", "x3", "3x": how many, written as a multiplication.
    var times = PhraseTable<Bool>()
    /// "3 or 4 hours", "3-4 hours": two lengths, of which the desk asks which.
    var lengthChoices = PhraseTable<Bool>()
    var currencies = PhraseTable<String>()

    var bookingWords = PhraseTable<Bool>()
    /// Role words that say what is done, so the words after them are the task.
    var taskVerbs = PhraseTable<Bool>()
    var thatWords = PhraseTable<Bool>()
    /// "them all", "both", "the two of them": several bookings named together; the payload is how many (0 for all).
    var groupWords = PhraseTable<Int>()
    /// "budget", "keep it under", "no more than" before an amount in a request: that request's most.
    var capWords = PhraseTable<Bool>()
    /// "budget to", "budget of": a bare number right after one is an amount in the desk's currency ("set my budget to 800").
    var budgetLeads = PhraseTable<Bool>()
    /// "job", "order", "invoice": a number after one of these inside a task is the task's, not a booking or a time.
    var thingWords = PhraseTable<Bool>()
    /// "the", "my": before a role or day they describe an existing booking ("my PA on Friday").
    var definiteWords = PhraseTable<Bool>()
    /// "one" in "the Tuesday one", and "booking" in "the receptionist booking".
    var oneWords = PhraseTable<Bool>()
    /// "that", "it", "them": a word that points back at the bookings the last request touched.
    var pointingWords = PhraseTable<Bool>()
    /// "too", "same", "as well": read as filler or with a trigger, the last booking asked for again.
    var repeatingWords = PhraseTable<Bool>()
    /// "to" in "move my PA on Friday to Monday": the new values of a change follow it.
    var changeToWords = PhraseTable<Bool>()
    /// "my" in "make my PA on Friday 10 to 2": the role and day it comes with name the booking.
    var possessiveWords = PhraseTable<Bool>()
    /// "my", "booking", "one": a line with one names a booking already made; "a one" does not.
    var storedWords = PhraseTable<Bool>()
    var notStoredWords = PhraseTable<Bool>()
    /// "of them" after a number: how many of the bookings ("two of them"); "them" alone after "a couple of".
    var ofThemWords = PhraseTable<Bool>()
    /// "cancelled", "done": the state of the bookings a list asks for.
    var statuses = PhraseTable<String>()
    var filler = Set<String>()
    /// Words that change a request when nothing reads them: negations, corrections, relative words.
    var negations = PhraseTable<Bool>()
    var corrections = PhraseTable<Bool>()
    /// "instead of", "rather than": in a change, what follows is the value being replaced ("3 hours instead of 4").
    var replacedWords = PhraseTable<Bool>()
    /// Words of a question that looks ahead ("on budget", "will"): a month named with them is the coming one.
    var aheadWords = PhraseTable<Bool>()
    /// Words and marks that join two requests in one line: "and", "then", ",".
    var joiners = PhraseTable<Bool>()
    /// A request said in the negative: "no need for", "don't book".
    var refusals = PhraseTable<Bool>()
    /// "last Thursday": a weekday that has passed.
    var pastModifiers = PhraseTable<Bool>()
    /// Changes by an amount: "extend by", "shorter", "push back", "earlier"; and which end they move.
    var longer = PhraseTable<Bool>()
    var shorter = PhraseTable<Bool>()
    var later = PhraseTable<Bool>()
    var earlier = PhraseTable<Bool>()
    var startWords = PhraseTable<Bool>()
    var endWords = PhraseTable<Bool>()
    /// Phrases that only lead into a request ("I need to cancel", "I'd like to move"), read as filler.
    var asides = PhraseTable<Bool>()
    var meaningful = Set<String>()
    /// Words a task phrase never runs through ("to chase invoices last week" keeps "last week" out).
    var taskStops: [String] = []
    /// Ordinary English words, known so that misspelling repair never turns them into a role.
    var commonWords = Set<String>()

    /// Every word the lexicon knows, so misspelling repair leaves them alone.
    var knownWords = Set<String>()

    mutating func read(_ block: RuleFile.Block, file: String) throws(RuleError) {
        for entry in block.entries {
            let (valueText, phraseTexts) = Lexicon.split(entry)
            // Each phrase as the words a line is tokenised into, tokenised once for the tables and for knownWords.
            let phrases = phraseTexts.map { Tokenizer.tokenize($0).map(\.text) }
            func fail(_ message: String) -> RuleError { RuleError(file: file, line: entry.line, message: message) }
            func int() throws(RuleError) -> Int {
                guard let v = Int(valueText) else { throw fail("'\(entry.key)' needs a whole number before '=', not '\(valueText)'") }
                return v
            }
            func modifier() throws(RuleError) -> Modifier {
                switch valueText {
                case "this": return .this
                case "next": return .next
                default: throw fail("'\(entry.key)' takes 'this' or 'next', not '\(valueText)'")
                }
            }
            func clock(_ text: Substring) throws(RuleError) -> Int {
                guard let m = Lexicon.minuteOfDay(text) else { throw fail("'\(text)' is not a time like 09:00") }
                return m
            }
            if !["order", "earliest", "weeks", "limit"].contains(entry.key) && phrases.isEmpty {
                throw fail("'\(entry.key)' needs phrases after '=', separated by |")
            }
            for words in phrases { knownWords.formUnion(words) }
            switch entry.key {
            case "weekday", "weekdays":
                let d = try int()
                guard (1...7).contains(d) else { throw fail("weekday runs from 1 (Monday) to 7 (Sunday), not \(d)") }
                for p in phrases { weekdays.add(p, d) }
                if entry.key == "weekdays" { for p in phrases { pluralWeekdays.add(p, d) } }
            case "relday": let d = try int(); for p in phrases { relativeDays.add(p, d) }
            case "month":
                let m = try int()
                guard (1...12).contains(m) else { throw fail("month runs from 1 to 12, not \(m)") }
                for p in phrases { months.add(p, m) }
            case "modifier": let m = try modifier(); for p in phrases { modifiers.add(p, m) }
            case "week": let m = try modifier(); for p in phrases { weeks.add(p, m) }
            case "weekend": let m = try modifier(); for p in phrases { weekends.add(p, m) }
            case "ordinal": for p in phrases { ordinals.add(p, true) }
            case "dayword":
                let d = try int()
                guard (1...31).contains(d) else { throw fail("dayword runs from 1 to 31, not \(d)") }
                for p in phrases { dayWords.add(p, d) }
            case "minutesto": for p in phrases { minutesTo.add(p, true) }
            case "in": for p in phrases { inWords.add(p, true) }
            case "dayunit": let d = try int(); for p in phrases { dayUnits.add(p, d) }
            case "monthend": for p in phrases { monthEnds.add(p, true) }
            case "yearend": for p in phrases { yearEnds.add(p, true) }
            case "yearunit": for p in phrases { yearUnits.add(p, true) }
            case "ago": for p in phrases { ago.add(p, true) }
            case "hence": for p in phrases { hence.add(p, true) }
            case "yearof": for p in phrases { yearOf.add(p, true) }
            case "later": let d = try int(); for p in phrases { laterBy.add(p, d) }
            case "afternext": for p in phrases { afterNext.add(p, true) }
            case "publicholiday": for p in phrases { publicHolidayWords.add(p, true) }
            case "lastone": for p in phrases { lastOne.add(p, true) }
            case "monthpart", "weekpart":
                let ends = valueText.split(separator: "-")
                guard ends.count == 2, let a = Int(ends[0]), let b = Int(ends[1]), a >= 1, a <= b,
                    b <= (entry.key == "monthpart" ? 31 : 7)
                else {
                    throw fail("\(entry.key) needs a range of days like 1-10, not '\(valueText)'")
                }
                for p in phrases { if entry.key == "monthpart" { monthParts.add(p, a...b) } else { weekParts.add(p, a...b) } }
            case "rest": for p in phrases { restOf.add(p, true) }
            case "nextdays": for p in phrases { nextDays.add(p, true) }
            case "fewdays": let d = try int(); for p in phrases { fewDays.add(p, d) }
            case "fromnow":
                let d = try int()
                guard d == 1 || d == -1 else { throw fail("fromnow is 1 (later) or -1 (earlier), not \(d)") }
                for p in phrases { fromNow.add(p, d) }
            case "monthsunit": let m = try int(); for p in phrases { monthsUnits.add(p, m) }
            case "upcoming": for p in phrases { upcoming.add(p, true) }
            case "previous": for p in phrases { previous.add(p, true) }
            case "offset":
                let d = try int()
                guard d == 1 || d == -1 else { throw fail("offset is 1 (after) or -1 (before), not \(d)") }
                for p in phrases { offsets.add(p, d) }
            case "every": for p in phrases { every.add(p, true) }
            case "other": for p in phrases { everyOther.add(p, true) }
            case "workdays": for p in phrases { workingDays.add(p, true) }
            case "daily": for p in phrases { daily.add(p, true) }
            case "until": for p in phrases { untilWords.add(p, true) }
            case "fornext": for p in phrases { forTheNext.add(p, true) }
            case "starting": for p in phrases { startingWords.add(p, true) }
            case "monthunit": for p in phrases { monthUnits.add(p, true) }
            case "weeks", "limit":
                guard let n = Int(entry.value.split(separator: "=").last?.trimmingSpaces() ?? ""), (1...366).contains(n) else {
                    throw fail("\(entry.key) takes a whole number from 1 to 366")
                }
                if entry.key == "weeks" { repeatWeeks = n } else { repeatLimit = n }
            case "order":
                switch entry.value {
                case "dmy": dayFirst = true
                case "mdy": dayFirst = false
                default: throw fail("order is dmy or mdy, not '\(entry.value)'")
                }
            case "clock": let m = try clock(Substring(valueText)); for p in phrases { clockWords.add(p, m) }
            case "daypart":
                let ends = valueText.split(separator: "-")
                guard ends.count == 2 else { throw fail("daypart needs a range like 09:00-12:00") }
                let a = try clock(ends[0]), b = try clock(ends[1])
                guard a < b else { throw fail("daypart must end after it starts") }
                for p in phrases { dayparts.add(p, a...b) }
            case "meridiem":
                guard valueText == "am" || valueText == "pm" else { throw fail("meridiem is am or pm") }
                for p in phrases { meridiems.add(p, valueText == "pm") }
            case "oclock": for p in phrases { oclocks.add(p, true) }
            case "half": for p in phrases { halfPast.add(p, true) }
            case "past": for p in phrases { pastWords.add(p, true) }
            case "pmhint": for p in phrases { pmHints.add(p, true) }
            case "andahalf": for p in phrases { andAHalf.add(p, true) }
            case "clockzero": for p in phrases { clockZeros.add(p, true) }
            case "now": for p in phrases { nowWords.add(p, true) }
            case "seasonword": for p in phrases { seasonWords.add(p, true) }
            case "season":
                let ends = valueText.split(separator: ".").filter { !$0.isEmpty }
                func monthDay(_ text: Substring) -> (month: Int, day: Int)? {
                    let parts = text.split(separator: "-")
                    guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m),
                        d >= 1, d <= CivilDate(year: 2024, month: m, day: 1).lastDayOfMonth.day
                    else { return nil }
                    return (m, d)
                }
                guard ends.count == 2, let first = monthDay(ends[0]), let last = monthDay(ends[1]) else {
                    throw fail("season needs its first and last day like 06-21..09-22, not '\(valueText)'")
                }
                for p in phrases { seasons.add(p, seasonDays.count) }
                seasonDays.append(SeasonDays(first: MonthDay(month: first.0, day: first.1), last: MonthDay(month: last.0, day: last.1)))
            case "zone":
                guard let offset = Lexicon.utcOffset(valueText) else { throw fail("'\(valueText)' is not an offset from UTC like +05:30 or -08:00") }
                for p in phrases { zones.add(p, offset) }
                meaningful.formUnion(phrases.joined())
            case "quarter": let q = try int(); for p in phrases { quarters.add(p, q) }
            case "range": for p in phrases { rangeWords.add(p, true) }
            case "from": for p in phrases { fromWords.add(p, true) }
            case "at": for p in phrases { atWords.add(p, true) }
            case "earliest":
                guard let h = Int(entry.value.split(separator: "=").last?.trimmingSpaces() ?? ""), (1...12).contains(h) else {
                    throw fail("earliest takes an hour from 1 to 12")
                }
                earliestBareHour = h
            case "unit": let m = try int(); for p in phrases { units.add(p, m) }
            case "amount": let m = try int(); for p in phrases { amounts.add(p, m) }
            case "allday": for p in phrases { allDay.add(p, true) }
            case "number": let n = try int(); for p in phrases { numbers.add(p, n) }
            case "fraction":
                let parts = valueText.split(separator: "/")
                guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a > 0, a < b else {
                    throw fail("fraction needs a proper fraction like 1/2, not '\(valueText)'")
                }
                for p in phrases { fractions.add(p, a * 1000 / b) }
            case "times": for p in phrases { times.add(p, true) }
            case "dozen": let n = try int(); for p in phrases { dozens.add(p, n) }
            case "people": for p in phrases { peopleWords.add(p, true) }
            case "endsat": for p in phrases { endsAtWords.add(p, true) }
            case "dateprep": for p in phrases { datePrepositions.add(p, true) }
            case "lengthchoice": for p in phrases { lengthChoices.add(p, true) }
            case "currency":
                guard valueText.count == 3 else { throw fail("currency takes an ISO code such as GBP") }
                for p in phrases { currencies.add(p, valueText) }
            case "booking": for p in phrases { bookingWords.add(p, true) }
            case "taskverb": for p in phrases { taskVerbs.add(p, true) }
            case "that": for p in phrases { thatWords.add(p, true) }
            case "group": let n = try int(); for p in phrases { groupWords.add(p, n) }
            case "cap": for p in phrases { capWords.add(p, true) }
            case "budgetlead": for p in phrases { budgetLeads.add(p, true) }
            case "thing": for p in phrases { thingWords.add(p, true) }
            case "definite": for p in phrases { definiteWords.add(p, true) }
            case "one": for p in phrases { oneWords.add(p, true) }
            case "pointing": for p in phrases { pointingWords.add(p, true) }
            case "repeating": for p in phrases { repeatingWords.add(p, true) }
            case "changeto": for p in phrases { changeToWords.add(p, true) }
            case "possessive": for p in phrases { possessiveWords.add(p, true) }
            case "ofthem": for p in phrases { ofThemWords.add(p, true) }
            case "stored": for p in phrases { storedWords.add(p, true) }
            case "notstored": for p in phrases { notStoredWords.add(p, true) }
            case "status": for p in phrases { statuses.add(p, valueText) }
            case "common": commonWords.formUnion(phrases.joined())
            case "filler": filler.formUnion(phrases.joined())
            case "negation": for p in phrases { negations.add(p, true) }
            case "correction": for p in phrases { corrections.add(p, true) }
            case "replaced": for p in phrases { replacedWords.add(p, true) }
            case "joiner": for p in phrases { joiners.add(p, true) }
            case "ahead": for p in phrases { aheadWords.add(p, true) }
            case "refusal": for p in phrases { refusals.add(p, true) }
            case "pastmodifier": for p in phrases { pastModifiers.add(p, true) }
            case "lengthen": for p in phrases { longer.add(p, true) }
            case "shorten": for p in phrases { shorter.add(p, true) }
            case "delay": for p in phrases { later.add(p, true) }
            case "advance": for p in phrases { earlier.add(p, true) }
            case "startword": for p in phrases { startWords.add(p, true) }
            case "endword": for p in phrases { endWords.add(p, true) }
            case "aside": for p in phrases { asides.add(p, true) }
            case "meaningful": meaningful.formUnion(phrases.joined())
            case "pick": pickWords.formUnion(phrases.joined())
            case "taskstop": taskStops += phrases.joined()
            default:
                throw fail("unknown word kind '\(entry.key)'")
            }
        }
    }

    /// Numbers the words of every table; see `PhraseTable.compile`. The tables are those of `archive`'s
    /// list, so a table cannot be compiled and left out of the archive, or the other way round.
    mutating func compile(_ v: Vocabulary) {
        var compiler = TableCompiler(vocabulary: v)
        archive(&compiler)
    }

    /// Words that can begin a date phrase, so the date reader skips every other word at once.
    var dateStarts: [String] {
        weekdays.firstWords + relativeDays.firstWords + months.firstWords + modifiers.firstWords + weeks.firstWords
            + weekends.firstWords + inWords.firstWords + monthEnds.firstWords + yearEnds.firstWords + holidays.firstWords
            + publicHolidayWords.firstWords
            + laterBy.firstWords
            + dayWords.firstWords + windowStarts
            + definiteWords.firstWords
    }

    /// Words that can begin a date counted from another or a window ("last", "early", "rest", "two").
    var windowStarts: [String] {
        lastOne.firstWords + monthParts.firstWords + weekParts.firstWords + restOf.firstWords + nextDays.firstWords
            + numbers.firstWords + dayWords.firstWords + definiteWords.firstWords + upcoming.firstWords + previous.firstWords
            + inWords.firstWords + weeks.firstWords + seasons.firstWords + ["during", "current", "q"]
    }

    /// Words that can begin a time ("from", "noon", "half", "quarter", "ten", "morning"); digits always can.
    var timeStarts: [String] {
        fromWords.firstWords + clockWords.firstWords + halfPast.firstWords + quarters.firstWords + numbers.firstWords
            + dayparts.firstWords
    }

    /// Words that can begin a length ("half a day", "all day", "two hours").
    var durationStarts: [String] { amounts.firstWords + allDay.firstWords + numbers.firstWords }

    /// Words that can begin a repetition ("every", "daily", "mondays").
    var repeatStarts: [String] {
        every.firstWords + daily.firstWords + pluralWeekdays.firstWords + startingWords.firstWords + fromWords.firstWords
            + dayparts.singleWords.map(\.0).filter { $0.utf8.last == 115 }
    }

    /// `weekday 1 = monday | mon` → ("1", ["monday", "mon"]).
    static func split(_ entry: RuleFile.Entry) -> (String, [String]) { AlternativeText.valueAndPhrases(entry.value) }

    /// "+05:30", "-08:00", "+00:00": minutes ahead of UTC.
    static func utcOffset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-", let minutes = minuteOfDay(text.dropFirst()),
            minutes <= 14 * 60
        else { return nil }
        return sign == "-" ? -minutes : minutes
    }

    static func minuteOfDay(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m) else {
            return nil
        }
        return h * 60 + m
    }
}

extension Lexicon: Archivable {
    /// Every table and setting the parser reads, in one list for writing and reading alike. The word sets
    /// (`filler`, `meaningful`, `commonWords`, `knownWords`, `taskStops`) only feed the grammar's own tables
    /// as it is built, so a lexicon read from the archive leaves them empty.
    private mutating func archive<C: ArchiveCoder>(_ c: inout C) {
        c.code(&weekdays); c.code(&relativeDays); c.code(&months); c.code(&modifiers); c.code(&weeks); c.code(&weekends)
        c.code(&ordinals); c.code(&dayWords); c.code(&inWords); c.code(&dayUnits); c.code(&monthEnds); c.code(&yearEnds); c.code(&holidays)
        c.code(&holidayMeanings); c.code(&yearUnits); c.code(&ago); c.code(&hence); c.code(&yearOf); c.code(&laterBy)
        c.code(&dayFirst); c.code(&afterNext); c.code(&lastOne); c.code(&monthParts); c.code(&weekParts); c.code(&restOf)
        c.code(&nextDays); c.code(&fewDays); c.code(&offsets); c.code(&fromNow); c.code(&monthsUnits); c.code(&upcoming)
        c.code(&previous); c.code(&pluralWeekdays); c.code(&every); c.code(&everyOther); c.code(&workingDays); c.code(&daily)
        c.code(&untilWords); c.code(&forTheNext); c.code(&startingWords); c.code(&monthUnits); c.code(&repeatWeeks)
        c.code(&repeatLimit); c.code(&clockWords); c.code(&dayparts); c.code(&meridiems); c.code(&oclocks); c.code(&halfPast)
        c.code(&pastWords); c.code(&pmHints); c.code(&minutesTo); c.code(&andAHalf); c.code(&zones); c.code(&quarters)
        c.code(&rangeWords); c.code(&fromWords); c.code(&atWords); c.code(&earliestBareHour); c.code(&units); c.code(&amounts)
        c.code(&allDay); c.code(&numbers); c.code(&fractions); c.code(&dozens); c.code(&peopleWords); c.code(&endsAtWords)
        c.code(&datePrepositions); c.code(&times); c.code(&lengthChoices); c.code(&currencies); c.code(&bookingWords)
        c.code(&taskVerbs); c.code(&thatWords); c.code(&groupWords); c.code(&capWords); c.code(&budgetLeads)
        c.code(&thingWords); c.code(&definiteWords); c.code(&oneWords); c.code(&statuses); c.code(&negations)
        c.code(&corrections); c.code(&replacedWords); c.code(&aheadWords); c.code(&joiners); c.code(&refusals)
        c.code(&pastModifiers); c.code(&longer); c.code(&shorter); c.code(&later); c.code(&earlier); c.code(&startWords)
        c.code(&endWords); c.code(&asides); c.code(&clockZeros); c.code(&nowWords); c.code(&seasons); c.code(&seasonWords)
        c.code(&seasonDays); c.code(&pickWords); c.code(&pointingWords); c.code(&repeatingWords); c.code(&changeToWords)
        c.code(&possessiveWords); c.code(&ofThemWords); c.code(&storedWords); c.code(&notStoredWords)
        c.code(&publicHolidayWords)
    }

    func write(to writer: inout ArchiveWriter) {
        var copy = self
        copy.archive(&writer)
    }

    init(from reader: inout ArchiveReader) {
        self.init()
        archive(&reader)
    }
}

/// Compiles each phrase table `Lexicon.archive` names.
private struct TableCompiler: ArchiveCoder {
    let vocabulary: Vocabulary
    mutating func code<T: Archivable>(_ value: inout T) { value.compileWords(vocabulary) }
}

/// A day of the year by month and day, as a season's ends are written ("06-21").
struct MonthDay: Sendable, Archivable {
    var month: Int
    var day: Int

    init(month: Int, day: Int) { self.month = month; self.day = day }

    func write(to writer: inout ArchiveWriter) { writer.int(month); writer.int(day) }
    init(from reader: inout ArchiveReader) {
        let month = reader.int(), day = reader.int()
        self.init(month: month, day: day)
    }
}

/// The first and last days of a season of `season` lines in language.words.
struct SeasonDays: Sendable, Archivable {
    var first: MonthDay
    var last: MonthDay

    init(first: MonthDay, last: MonthDay) { self.first = first; self.last = last }

    func write(to writer: inout ArchiveWriter) { first.write(to: &writer); last.write(to: &writer) }
    init(from reader: inout ArchiveReader) {
        let first = MonthDay(from: &reader), last = MonthDay(from: &reader)
        self.init(first: first, last: last)
    }
}
