import DeskKit
import Testing
import Understanding

/// Months named on their own, and deadlines, read on Mon 30 Nov 2026 09:00.
@Suite struct MonthTests {
    static let grammar = try! Grammar(files: IntentFiles.builtIn)
    static let now = LocalDateTime(iso: "2026-11-30T09:00")!

    func parse(_ line: String) -> Slots { Self.grammar.parse(line, now: Self.now).slots }

    @Test(arguments: [
        ("invoice for November", "2026-11-01"),
        ("invoice for december", "2025-12-01"),  // the most recent December that has started
        ("invoice for January", "2026-01-01"),
        ("invoice for this month", "2026-11-01"),
        ("invoice for last month", "2026-10-01"),
        ("what will I spend next month", "2026-12-01"),
        ("invoice November 2026", "2026-11-01"),
        ("invoice for December 2026", "2026-12-01"),
        ("bill me for the month of October", "2026-10-01"),
        ("invoice for may", "2026-05-01")
    ])
    func monthAlone(_ line: String, _ first: String) {
        #expect(parse(line).month?.description == first)
        #expect(parse(line).date == nil)
    }

    @Test(arguments: [
        "need a receptionist on 3 December", "need a receptionist December 3", "need a PA on the 3rd of December",
        "may I book a receptionist tomorrow", "we march in at 9, need a receptionist tomorrow"
    ])
    func aDayInAMonthOrAVerbIsNotAMonth(_ line: String) {
        #expect(parse(line).month == nil)
    }

    @Test func deadlines() {
        let task = parse("get someone to transcribe 20 pages by Friday")
        #expect(task.deadline)
        #expect(task.date?.description == "2026-12-04")
        #expect(task.task == "transcribe 20 pages")
        #expect(task.start == nil)  // "20 pages" is not 20:00
        #expect(parse("transcribe 20 pages by Friday").start == nil)
        #expect(parse("need 2 receptionists by Friday").count == 2)
        #expect(task.role == "admin_assistant")
        #expect(parse("need data entry done before next Wednesday").deadline)
        #expect(parse("need a PA no later than 12 December").deadline)
        #expect(!parse("need a receptionist Friday").deadline)
        #expect(!parse("need a receptionist Friday, in by 9").deadline)
    }
}
