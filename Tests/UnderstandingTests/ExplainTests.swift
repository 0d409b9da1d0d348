import DeskKit
import Testing

@testable import Understanding

/// `vadesk explain` shows the rule, each slot, how the date was resolved and every date of a repetition.
@Suite struct ExplainTests {
    @Test func textShowsTheRepetitionAndItsDates() {
        let line = "get me a PA every other Friday until Christmas 9-1"
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        let text = ExplainText.render(parse, grammar: Phrasing.grammar, now: Phrasing.now)
        #expect(text.contains("rule:    book-request (desk.intent:"))
        #expect(text.contains("repeats: every other Friday until Fri 25 Dec: 2 dates, Fri 4 Dec to Fri 18 Dec"))
        #expect(text.contains("dates:   Fri 4 Dec, Fri 18 Dec"))
        #expect(text.contains("start:   09:00"))
        #expect(text.contains("end:     13:00"))
    }

    @Test func textShowsHowAnAmbiguousDayWasRead() {
        let parse = Phrasing.grammar.parse("need a receptionist next Tuesday", now: Phrasing.now)
        let text = ExplainText.render(parse, grammar: Phrasing.grammar, now: Phrasing.now)
        #expect(text.contains("how:     next Tuesday = the Tuesday of next week"))
        #expect(text.contains("or:      2026-12-01 Tue 1 Dec (the other reading)"))
    }

    @Test func repairsAreShownInTextAndJSON() {
        let parse = Phrasing.grammar.parse("need a personel assistant on wendsday", now: Phrasing.now)
        let text = ExplainText.render(parse, grammar: Phrasing.grammar, now: Phrasing.now)
        #expect(text.contains(#"repairs: "personel" read as "personal", "wendsday" read as "wednesday""#))
        let json = ReplyJSON.explainJSON(parse)
        #expect(json.contains(#""repairs":[{"typed":"personel","read":"personal"},{"typed":"wendsday","read":"wednesday"}]"#))
        #expect(json.contains(#""unread":[]"#))
    }

    @Test func aLengthProblemIsShown() {
        let parse = Phrasing.grammar.parse("need a PA for 3-4 hours on Friday", now: Phrasing.now)
        #expect(ExplainText.render(parse, grammar: Phrasing.grammar, now: Phrasing.now).contains(#"length problem: "3-4 hours" gives two lengths"#))
        #expect(ReplyJSON.explainJSON(parse).contains(#""duration_problem":"\"3-4 hours\" gives two lengths""#))
    }

    @Test func jsonListsOccurrencesAndDescribedBookings() {
        let repeated = ReplyJSON.explainJSON(Phrasing.grammar.parse("need a PA Mondays in December", now: Phrasing.now))
        #expect(repeated.contains(#""occurrences":["2026-12-07","2026-12-14","2026-12-21","2026-12-28"]"#))
        #expect(repeated.contains(#""recurrence":"every Monday in December 2026: 4 dates, Mon 7 Dec to Mon 28 Dec""#))
        let described = ReplyJSON.explainJSON(Phrasing.grammar.parse("cancel the Tuesday one", now: Phrasing.now))
        #expect(described.contains(#""refers_to_previous":true"#))
        #expect(described.contains(#""occurrences":[]"#))
        #expect(described.contains(#""recurrence":null"#))
        #expect(described.contains(#""group":null"#))
    }

    @Test func groupsAndLimitsAreShown() {
        let both = ReplyJSON.explainJSON(Phrasing.grammar.parse("cancel both", now: Phrasing.now))
        #expect(both.contains(#""group":2"#))
        let capped = Phrasing.grammar.parse("need a receptionist tuesday, budget £50", now: Phrasing.now)
        #expect(ReplyJSON.explainJSON(capped).contains(#""money_is_limit":true"#))
        #expect(
            ExplainText.render(capped, grammar: Phrasing.grammar, now: Phrasing.now)
                .contains("money:   5000 minor units GBP, the most this request may cost"))
        let monthly = ReplyJSON.explainJSON(Phrasing.grammar.parse("set my monthly budget to £800", now: Phrasing.now))
        #expect(monthly.contains(#""money_is_limit":false"#))
    }
}
