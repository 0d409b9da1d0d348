import DeskKit
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// The week at a glance: layout (lanes, nights, clock changes) and the drawn grid, at a fixed clock.
@Suite struct WeekViewTests {
    func grid(_ desk: Desk, _ line: String = "show my week") -> String {
        let reply = desk.respond(to: line)
        #expect(reply.intent == .week, "\(line)")
        return reply.text
    }

    @Test func overlappingBookingsSitSideBySideAndEveryLineFits80Columns() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a PA Tuesday 10 till 2")
        _ = desk.respond(to: "need a packer Tuesday 3pm to 5pm")
        let text = grid(desk)
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines { #expect(line.count <= 80, "\(line)") }
        #expect(lines[0] == "Week of Mon 30 Nov to Sun 6 Dec 2026: 3 bookings, 14 h, £364.50.")
        #expect(lines[1] == "      │Mon 30   │Tue 1    │Wed 2    │Thu 3    │Fri 4    │Sat 5    │Sun 6    │")
        #expect(lines.contains("09:00 │         │#1       │         │         │         │         │         │"))
        #expect(lines.contains("10:00 │         │re… #2 PA│         │         │         │         │         │"))
        // #3 starts when #2 has ended: it takes the free lane beside #1.
        #expect(lines.contains("15:00 │         │┃   #3 p…│         │         │         │         │         │"))
        #expect(lines.contains("hours │         │14 h     │         │         │         │         │         │"))
        #expect(lines.contains("cost  │         │£364.50  │         │         │         │         │         │"))
        let week = try desk.week(of: CivilDate(year: 2026, month: 12, day: 2))
        #expect(week.blocks.map(\.lane) == [0, 1, 1])
        #expect(week.blocks.map(\.lanes) == [2, 2, 2])
    }

    @Test func cancelledBookingsAreLeftOutAndTheGroupOfARequestIsOneBlock() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need three packers Wednesday")
        _ = desk.respond(to: "need a PA on 10 December")
        _ = desk.respond(to: "need a receptionist Thursday")
        _ = desk.respond(to: "cancel #5")
        let week = try desk.week(of: CivilDate(year: 2026, month: 11, day: 30))
        #expect(week.blocks.count == 1)
        #expect(week.blocks[0].ids == [1, 2, 3])
        #expect(week.days[2].ids == [1, 2, 3])
        #expect(week.totalMinor == 3 * 14_400)
        #expect(grid(desk).contains("│#1×3 pac…│"))
    }

    @Test func aNightShiftIsDrawnOnBothDaysAndCountsOnTheDayItStarts() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need IT support Friday 10pm to 4am")
        _ = desk.respond(to: "yes")
        let week = try desk.week(of: CivilDate(year: 2026, month: 12, day: 4))
        #expect(week.blocks.map { "\($0.day) \($0.from)-\($0.until) \($0.continued)" } == ["4 1320-1440 false", "5 0-240 true"])
        #expect(week.days[4].minutes == 360)
        #expect(week.days[5].ids.isEmpty)
        #expect(week.firstHour == 0 && week.endHour == 24)
        let lines = grid(desk).split(separator: "\n").map(String.init)
        #expect(lines.contains("22:00 │         │         │         │         │#1 IT su…│         │         │"))
        #expect(lines.contains("00:00 │         │         │         │         │         │#1 IT su…│         │"))
        #expect(lines.contains("03:00 │         │         │         │         │         │┃        │         │"))
        #expect(lines.contains("04:00 │         │         │         │         │         │         │         │"))
    }

    @Test(arguments: [
        (
            "2026-10-19T09:00", "Sunday 25 October", CivilDate(year: 2026, month: 10, day: 25), 25, 300, "│Sun 25*  │",
            "* Sun 25 Oct: the clocks go back, a day of 25 hours."
        ),
        (
            "2027-03-22T09:00", "Sunday 28 March", CivilDate(year: 2027, month: 3, day: 28), 23, 180, "│Sun 28*  │",
            "* Sun 28 Mar: the clocks go forward, a day of 23 hours."
        )
    ])
    func clockChangeDaysAreMarkedAndCountTheirRealHours(
        now: String, day: String, date: CivilDate, hours: Int, minutes: Int,
        header: String, note: String
    ) throws {
        let desk = try makeDesk(now: now)
        _ = desk.respond(to: "need a packer on \(day) from midnight to 4am")
        _ = desk.respond(to: "yes")
        let week = try desk.week(of: date)
        #expect(week.days[6].hours == hours)
        #expect(week.days[6].minutes == minutes)
        let text = grid(desk)
        #expect(text.contains(header))
        #expect(text.hasSuffix(note))
    }

    @Test func weekPhrasesPickTheWeek() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a PA on 15 December")
        #expect(grid(desk, "show my week").hasPrefix("Nothing booked in the week of Mon 30 Nov to Sun 6 Dec 2026."))
        #expect(grid(desk, "the week of 14 December").hasPrefix("Week of Mon 14 Dec to Sun 20 Dec 2026: 1 booking"))
        #expect(grid(desk, "show my week next week").hasPrefix("Nothing booked in the week of Mon 7 Dec"))
        #expect(desk.respond(to: "what have I booked this week?").intent == .list)
    }

    @Test func colourIsPerRoleAndOnlyWhenAsked() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a PA Wednesday")
        let week = try desk.week(of: CivilDate(year: 2026, month: 12, day: 1))
        let grid = WeekGrid(week: week, catalogue: desk.catalogue, time: desk.time)
        #expect(!grid.text(colour: false).contains("\u{1B}["))
        let coloured = grid.text(colour: true)
        #expect(coloured.contains("\u{1B}[36m#1 recep…\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33m#2 person…\u{1B}[0m") || coloured.contains("\u{1B}[33m#2 PA"))
    }
}
