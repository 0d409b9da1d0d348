/// How a date phrase was read, kept as its parts and written out only when something shows it (`explain`,
/// a reply that quotes it). Most parses are never shown, and the common notes are long enough that writing
/// each one out cost more than reading the date.
public enum DateNote: Sendable, Equatable {
    /// A note written out when it was made.
    case text(String)
    /// A weekday said alone or with this/next ("Tuesday", "this Friday", "next Monday"), numbered 1 (Monday) to 7.
    case weekday(Int, WeekdayReading)
    /// Days counted from today ("tomorrow", "the day after tomorrow"): the phrase as said, lower-cased.
    case offset(phrase: String, days: Int)
    /// The dates of a series, read back with their first and last ("every Monday …: 4 dates, Mon 7 Dec to Mon 28 Dec").
    case series(SeriesNote)

    public enum WeekdayReading: Sendable, Equatable {
        /// The soonest such day after today.
        case soonest
        /// "this Friday": the one in this week.
        case thisWeek
        /// "this Tuesday" once this week's has passed: the date taken instead.
        case thisWeekPassed(CivilDate)
        /// "next Monday": the one in next week.
        case nextWeek
    }

    public var text: String {
        switch self {
        case .text(let text):
            return text
        case .weekday(let weekday, let reading):
            let name = CivilDate.weekdayNames[weekday - 1]
            switch reading {
            case .soonest: return "\(name) = the next \(name) after today"
            case .thisWeek: return "this \(name) = the \(name) of this week"
            case .thisWeekPassed(let date): return "this \(name) = \(date) (this week's has passed)"
            case .nextWeek: return "next \(name) = the \(name) of next week"
            }
        case .offset(let phrase, let days):
            return "\(phrase) = today + \(days) day\(days == 1 ? "" : "s")"
        case .series(let series):
            return series.text
        }
    }
}

/// A series' note in parts: "NAME BOUNDS: 3 dates, Mon 7 Dec to Wed 9 Dec", saying so when the cap cut it short.
public struct SeriesNote: Sendable, Equatable {
    /// What repeats: "every Monday", "Tuesday and Thursday of next week".
    let name: String
    /// The bounds said after it (" until Fri 25 Dec"), or "" for none.
    let bounds: String
    /// With no bound said, the weeks a repetition runs for, which the note names; 0 when it needs no saying.
    let defaultWeeks: Int
    let count: Int
    let total: Int
    /// The most dates one request makes.
    let limit: Int
    let first: CivilDate
    let last: CivilDate
    /// The year of today, which a day's text leaves out.
    let thisYear: Int

    var text: String {
        let span = bounds.isEmpty && defaultWeeks > 0 ? " (for \(defaultWeeks) weeks; say until when for longer)" : bounds
        var note = "\(name)\(span): \(count) date\(count == 1 ? "" : "s"), \(day(first)) to \(day(last))"
        if total > count { note += " (the first \(count) of \(total); one request covers at most \(limit))" }
        return note
    }

    /// "Fri 25 Dec", with the year when it is not this one ("Sun 3 Jan 2027").
    private func day(_ date: CivilDate) -> String {
        date.year == thisYear ? date.short : date.short + " " + String(date.year)
    }
}
