import DeskKit
import Testing
import VadeskTestSupport

@Suite struct BudgetBarTests {
    let money = MoneyFormat(symbol: "£", digits: 2)

    @Test(arguments: [
        (
            80_000 as Int64?, 17_600 as Int64, 21_120 as Int64,
            "[████████▒▒▒▒▒▒▒▒▒▒░░░░░░░░░░░░░░░░░░░░░░] spent £176.00, booked £211.20, left £412.80"
        ),
        (40_000, 0, 10_000, "[▒▒▒▒▒▒▒▒▒▒░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] spent £0.00, booked £100.00, left £300.00"),
        (40_000, 30_000, 20_000, "[████████████████████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒] spent £300.00, booked £200.00, over by £100.00"),
        (40_000, 100, 0, "[█░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] spent £1.00, booked £0.00, left £399.00")
    ])
    func theBarShowsSpentBookedAndLeft(budget: Int64?, spent: Int64, booked: Int64, expected: String) {
        let figures = SpendFigures(month: "2026-12", budgetMinor: budget, spentMinor: spent, bookedMinor: booked)
        let line = BudgetBar.line(figures, money: money, colour: false)
        #expect(line == expected)
        #expect((line?.count ?? 0) <= 100)
    }

    @Test func noBudgetNoBar() {
        #expect(BudgetBar.line(SpendFigures(month: "2026-12", budgetMinor: nil, spentMinor: 1, bookedMinor: 1), money: money, colour: true) == nil)
    }

    @Test func theDeskGivesTheFiguresWithTheReply() throws {
        let desk = try makeDesk(now: "2026-12-01T09:00")
        _ = desk.respond(to: "set my monthly budget to £800")
        _ = desk.respond(to: "need a receptionist on 10 December")
        let reply = desk.respond(to: "am I on budget?")
        #expect(reply.spend == SpendFigures(month: "2026-12", budgetMinor: 80_000, spentMinor: 0, bookedMinor: 17_600))
        #expect(reply.spend?.leftMinor == 62_400)
    }
}
