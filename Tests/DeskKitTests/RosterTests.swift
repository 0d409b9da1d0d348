import DeskKit
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// The roster as the owner manages it: working hours, leave, CSV import, and what each backend keeps.
@Suite struct RosterTests {
    @Test(arguments: [
        ("Mon-Fri 09:00-17:00", "Mon-Fri 09:00-17:00", 5),
        ("mon-fri 09:00-12:30,13:30-17:00", "Mon-Fri 09:00-12:30,13:30-17:00", 10),
        ("Mon-Fri 09:00-17:00; Sat 10:00-14:00", "Mon-Fri 09:00-17:00; Sat 10:00-14:00", 6),
        ("Sat-Mon 08:00-12:00", "Mon 08:00-12:00; Sat,Sun 08:00-12:00", 3),
        ("Mon,Wed,Fri 22:00-06:00", "Mon 22:00-06:00; Wed 22:00-06:00; Fri 22:00-06:00", 3),
        ("Sun 18:00-24:00", "Sun 18:00-24:00", 1),
        ("Monday 09:00-17:00", "Mon 09:00-17:00", 1)
    ])
    func workingHoursReadAndWriteBack(_ text: String, _ canonical: String, _ shifts: Int) throws {
        let hours = try WorkingHours(text)
        #expect(hours.text == canonical)
        #expect(hours.shifts.count == shifts)
        #expect(try WorkingHours(hours.text) == hours)
    }

    @Test func hoursPastMidnightEndTheNextDay() throws {
        let shift = try #require(try WorkingHours("Fri 22:00-06:00").shifts.first)
        #expect(shift.weekday == 5)
        #expect(shift.start == 22 * 60)
        #expect(shift.end == 30 * 60)
    }

    @Test(arguments: [
        ("Mon-Fri 25:00-17:00", "25:00 is not a time of day"),
        ("Mon-Fry 09:00-17:00", "'Fry' is not a day"),
        ("Mon-Fri 9-5", "'9' is not a time"),
        ("Mon-Fri", "should be days then times"),
        ("Mon-Fri 09:00-09:00", "starts and ends at the same time"),
        ("Mon 09:00-13:00,12:00-17:00", "Mon 09:00-13:00 and Mon 12:00-17:00 overlap"),
        ("Sun 20:00-08:00; Mon 07:00-09:00", "overlap"),
        ("Mon 09:60-10:00", "09:60 is not a time of day"),
        ("", "should be days then times")
    ])
    func badHoursAreRefusedNamingTheField(_ text: String, _ message: String) {
        #expect {
            _ = try WorkingHours(text)
        } throws: { error in
            guard let problem = error as? StaffProblem else { return false }
            return problem.field == "hours" && problem.message.contains(message)
        }
    }

    @Test func leaveIsOneDayOrARange() throws {
        let week = try Leave("2026-12-14..2026-12-18")
        #expect(week.first == CivilDate(year: 2026, month: 12, day: 14))
        #expect(week.last == CivilDate(year: 2026, month: 12, day: 18))
        #expect(week.text == "2026-12-14..2026-12-18")
        #expect(try Leave("2026-12-24").text == "2026-12-24")
        #expect(week.overlaps(try Leave("2026-12-18..2026-12-20")))
        #expect(!week.overlaps(try Leave("2026-12-19..2026-12-20")))
        #expect(throws: StaffProblem.self) { try Leave("2026-12-18..2026-12-14") }
        #expect(throws: StaffProblem.self) { try Leave("14 December") }
        #expect(throws: StaffProblem.self) { try Leave("2026-02-30") }
    }

    @Test func csvFollowsRFC4180() throws {
        let text =
            "name,roles,tz,hours\r\n\"Lee, Bo\",\"receptionist,packer\",Asia/Manila,\"Mon 09:00-12:00,13:00-17:00\"\r\n"
            + "\"Ana \"\"AC\"\" Cruz\",packer,UTC,\"Tue\n09:00-10:00\"\r\n\r\nEve,packer,UTC,Mon 09:00-10:00"
        let records = try CSVReader.records(text)
        #expect(records.map(\.line) == [1, 2, 3, 6])
        #expect(records[1].fields == ["Lee, Bo", "receptionist,packer", "Asia/Manila", "Mon 09:00-12:00,13:00-17:00"])
        #expect(records[2].fields[0] == "Ana \"AC\" Cruz")
        #expect(records[2].fields[3] == "Tue\n09:00-10:00")
        #expect(records[3].fields == ["Eve", "packer", "UTC", "Mon 09:00-10:00"])
        #expect(throws: CSVReader.Malformed.self) {
            try CSVReader.records("name\n\"open,field\n")
        }
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a\"b,c\n") }
    }

    static let good =
        "name,roles,tz,hours\nSarah Khan,receptionist;customer_service,Europe/London,Mon-Fri 09:00-17:00\n"
        + "Tom Reyes,receptionist,Asia/Manila,\"Mon-Fri 09:00-12:00,13:00-18:00\"\n"

    @Test(arguments: [
        (good + "Eve,=HYPERLINK(1),UTC,Mon 09:00-10:00\n", "line 4, roles: '=HYPERLINK(1)' starts like a spreadsheet formula"),
        (good + "@Eve,packer,UTC,Mon 09:00-10:00\n", "line 4, name:"),
        (good + "Eve,packer,Mars/Base,Mon 09:00-10:00\n", "line 4, tz: unknown time zone 'Mars/Base'"),
        (good + "Eve,juggler,UTC,Mon 09:00-10:00\n", "line 4, roles: unknown role 'juggler'"),
        (good + "Eve,packer,UTC,Mon-Fry 09:00-10:00\n", "line 4, hours: 'Fry' is not a day"),
        (good + "Eve,packer,UTC,Mon 25:00-26:00\n", "line 4, hours: 25:00 is not a time of day"),
        (good + "sarah khan,packer,UTC,Mon 09:00-10:00\n", "line 4, name: sarah khan appears twice in the file"),
        (good + "Eve,packer,UTC\n", "line 4, csv: has 3 fields"),
        ("name,role,zone,hours\n", "line 1, csv: the first line should be the header name,roles,tz,hours"),
        ("", "csv: the file is empty")
    ])
    func aBadRowRefusesTheWholeFile(_ text: String, _ message: String) throws {
        let desk = try makeDesk()
        let roster = Roster(desk: desk)
        #expect {
            _ = try roster.importCSV(text)
        } throws: { error in
            "\(error)".hasPrefix(message) || "\(error)".contains(message)
        }
        #expect(try roster.list().isEmpty)
    }

    @Test func importAddsEveryoneOrNoOne() throws {
        let desk = try makeDesk()
        let roster = Roster(desk: desk)
        let added = try roster.importCSV(Self.good)
        #expect(added.map(\.name) == ["Sarah Khan", "Tom Reyes"])
        #expect(added.map(\.roles) == [["receptionist", "customer_service"], ["receptionist"]])
        // A second import of anyone already there adds no one.
        let again = "name,roles,tz,hours\nAna Cruz,packer,UTC,Mon 09:00-10:00\nTom Reyes,packer,UTC,Mon 09:00-10:00\n"
        #expect(throws: StaffProblem(field: "name", "Tom Reyes is already on the roster", line: 3)) { try roster.importCSV(again) }
        #expect(try roster.list().map(\.name) == ["Sarah Khan", "Tom Reyes"])
    }

    @Test(arguments: StorageBackend.allCases)
    func theRosterIsKeptWithLeaveAndRemovalsOnEveryBackend(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        let desk = try StorageBackend.desk(store)
        let roster = Roster(desk: desk)
        #expect(try store.read { try $0.rosterCount() } == 0)
        let sarah = try roster.add(
            try roster.assistant(
                name: "Sarah  Khan", roles: "receptionist,customer_service",
                zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        #expect(sarah.name == "Sarah Khan")
        try roster.add(try roster.assistant(name: "Tom Reyes", roles: "it_support", zone: "Asia/Manila", hours: "Sat 22:00-02:00"))
        #expect(throws: StaffProblem(field: "name", "sarah khan is already on the roster")) {
            try roster.add(try roster.assistant(name: "sarah khan", roles: "packer", zone: "UTC", hours: "Mon 09:00-10:00"))
        }
        try roster.addLeave(try Leave("2026-12-14..2026-12-18"), for: "Sarah")
        try roster.addLeave(try Leave("2026-12-01"), for: "sarah khan")
        #expect(throws: StaffProblem(field: "leave", "2026-12-18..2026-12-20 overlaps Sarah Khan's leave 2026-12-14..2026-12-18")) {
            try roster.addLeave(try Leave("2026-12-18..2026-12-20"), for: "Sarah Khan")
        }
        let people = try roster.list()
        #expect(people.map(\.name) == ["Sarah Khan", "Tom Reyes"])
        #expect(people[0].leave.map(\.text) == ["2026-12-01", "2026-12-14..2026-12-18"])
        #expect(people[1].hours.text == "Sat 22:00-02:00")
        #expect(people[1].zone == "Asia/Manila")
        #expect(try store.read { try $0.rosterCount() } == 2)

        try roster.remove("Tom Reyes")
        #expect(try roster.list().map(\.name) == ["Sarah Khan"])
        // History keeps the name of someone who left.
        #expect(try store.read { try $0.assistant(id: people[1].id) }?.name == "Tom Reyes")
        #expect(throws: StaffProblem(field: "name", "nobody called Tom is on the roster")) { try roster.remove("Tom") }
        // The name is free again for someone new.
        let newTom = try roster.add(try roster.assistant(name: "Tom Reyes", roles: "packer", zone: "UTC", hours: "Mon 09:00-10:00"))
        #expect(newTom.id != people[1].id)
    }

    @Test func namesAndZonesAreChecked() throws {
        let roster = Roster(desk: try makeDesk())
        #expect(throws: StaffProblem(field: "name", "is empty")) {
            _ = try roster.assistant(name: "  ", roles: "packer", zone: "UTC", hours: "Mon 09:00-10:00")
        }
        #expect(throws: StaffProblem.self) { _ = try roster.assistant(name: "Eve\u{202E}", roles: "packer", zone: "UTC", hours: "Mon 09:00-10:00") }
        #expect(throws: StaffProblem.self) { _ = try roster.assistant(name: "Eve", roles: "packer", zone: "BST", hours: "Mon 09:00-10:00") }
        #expect(throws: StaffProblem.self) { _ = try roster.assistant(name: "Eve", roles: "", zone: "UTC", hours: "Mon 09:00-10:00") }
        #expect(try roster.assistant(name: "Eve", roles: "PACKER", zone: "America/New_York", hours: "Mon 09:00-10:00").roles == ["packer"])
    }
}

/// No one free is never a dead end: the desk offers what it could book instead and the next line picks one.
@Suite struct RosterOfferTests {
    func desk() throws -> Desk {
        let desk = try makeDesk()
        let roster = Roster(desk: desk)
        var sarah = try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00")
        sarah.leave = [try Leave("2026-12-14..2026-12-18")]
        try roster.add(sarah)
        try roster.add(try roster.assistant(name: "Tom Reyes", roles: "receptionist", zone: "America/New_York", hours: "Mon-Fri 04:00-12:00"))
        return desk
    }

    /// An offer waits for a choice, fails with "no one free" and has made or changed nothing.
    static func expectOffer(_ reply: Reply, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(reply.needs == .choice, sourceLocation: sourceLocation)
        #expect(!reply.ok, sourceLocation: sourceLocation)
        #expect(reply.error == "no one free", sourceLocation: sourceLocation)
        #expect(reply.bookings.isEmpty, sourceLocation: sourceLocation)
    }

    /// After `request` offered alternatives, `line` picks one: one booking, given to `person`, and nothing left waiting.
    @discardableResult
    static func expectPicked(
        _ line: String, after request: String, on desk: Desk, person: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Reply {
        #expect(desk.respond(to: request).needs == .choice, sourceLocation: sourceLocation)
        let picked = desk.respond(to: line)
        #expect(picked.ok, "\(picked.text)", sourceLocation: sourceLocation)
        #expect(picked.bookings.map(\.id) == [1], sourceLocation: sourceLocation)
        #expect(picked.bookings.first?.assistant?.name == person, sourceLocation: sourceLocation)
        #expect(desk.awaiting == nil, sourceLocation: sourceLocation)
        return picked
    }

    @Test func theOfferAsksForAChoiceAndKeepsTheFailureCode() throws {
        let desk = try desk()
        let reply = desk.respond(to: "need a receptionist on 15 December with Sarah")
        Self.expectOffer(reply)
        let json = ReplyJSON(time: desk.time, catalogue: desk.catalogue).json(reply)
        #expect(json.contains("\"needs\":\"choice\""))
        #expect(reply.text.contains("1) Tom Reyes then; 2) Sarah Khan Mon 21 Dec, 09:00-17:00"))
    }

    @Test(arguments: [
        ("the first one", "Tom Reyes", "Tue 15 Dec"), ("Tom is fine", "Tom Reyes", "Tue 15 Dec"),
        ("Monday then", "Sarah Khan", "Mon 21 Dec"), ("2", "Sarah Khan", "Mon 21 Dec")
    ])
    func theNextLinePicksOne(_ line: String, _ person: String, _ day: String) throws {
        let desk = try desk()
        let picked = Self.expectPicked(line, after: "need a receptionist on 15 December with Sarah", on: desk, person: person)
        #expect(picked.text.contains("Booked #1: receptionist, \(day), 09:00-17:00"))
    }

    @Test func aNewRequestDropsTheOffer() throws {
        let desk = try desk()
        _ = desk.respond(to: "need a receptionist on 15 December with Sarah")
        let next = desk.respond(to: "need a receptionist Tuesday")
        #expect(next.bookings.first?.assistant?.name == "Sarah Khan")
        #expect(next.text.contains("I've dropped your earlier request"))
        #expect(desk.awaiting == nil)
    }
}

/// Undo and redo put a booking back only when its person can still take it.
@Suite struct RosterUndoTests {
    @Test func undoingACancelRefusesWhenThePersonHasLeftTheRoster() throws {
        let desk = try makeDesk()
        let roster = Roster(desk: desk)
        try roster.add(try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        #expect(desk.respond(to: "need a receptionist on 9 December").bookings.first?.assistant?.name == "Sarah Khan")
        #expect(desk.respond(to: "cancel #1").ok)
        try roster.remove("Sarah Khan")
        let undo = desk.respond(to: "undo")
        #expect(!undo.ok)
        #expect(undo.error == "no one free")
        #expect(undo.text == "Sarah Khan is no longer on the roster, so #1 can't be put back to them. Nothing was changed.")
        #expect(try desk.store.read { try $0.booking(id: 1) }?.status == .cancelled)
    }

    @Test func undoingACancelRefusesWhenLeaveCameSince() throws {
        let desk = try makeDesk()
        let roster = Roster(desk: desk)
        try roster.add(try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        _ = desk.respond(to: "need a receptionist on 9 December")
        // The leave comes while #1 is still hers (no one else can take it), then #1 is cancelled: undoing the
        // cancel would give her a booking in her leave.
        try roster.addLeave(try Leave("2026-12-09"), for: "Sarah")
        _ = desk.respond(to: "cancel #1")
        let undo = desk.respond(to: "undo")
        #expect(undo.text.hasPrefix("#1 can't be put back: Sarah Khan is on leave on Wed 9 Dec"))
        // Without the clash, undo puts it back.
        let other = try makeDesk()
        try Roster(desk: other).add(
            try roster.assistant(name: "Tom Reyes", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        _ = other.respond(to: "need a receptionist on 9 December")
        _ = other.respond(to: "cancel #1")
        #expect(other.respond(to: "undo").ok)
        #expect(try other.store.read { try $0.booking(id: 1) }?.status == .booked)
    }
}

/// Leave and removal hand bookings over to others free then, as one undo step; removal never strands a booking.
@Suite struct RosterHandOverTests {
    func desk() throws -> (Desk, Roster) {
        let desk = try makeDesk()
        let roster = Roster(desk: desk)
        try roster.add(try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        try roster.add(try roster.assistant(name: "Tom Reyes", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-13:00"))
        _ = desk.respond(to: "need a receptionist on 14 December")
        _ = desk.respond(to: "need a receptionist on 15 December 9am to 12pm with Sarah")
        return (desk, roster)
    }

    @Test func leaveHandsOverWhatOthersCanTakeAndFlagsTheRest() throws {
        let (desk, roster) = try desk()
        let (person, moved, kept) = try roster.addLeave(try Leave("2026-12-14..2026-12-15"), for: "Sarah", request: "staff leave")
        #expect(person.leave.map(\.text) == ["2026-12-14..2026-12-15"])
        #expect(moved.map(\.id) == [2])
        #expect(moved.first?.assistant?.name == "Tom Reyes")
        #expect(kept.map(\.id) == [1])
        #expect(
            roster.handOverLines(moved, kept: kept, from: person) == [
                "#2 Tue 15 Dec, 09:00-12:00 goes to Tom Reyes now.",
                "No one else is free for #1 Mon 14 Dec, 09:00-17:00: still Sarah Khan's; cancel or move it, or ask at the desk for someone else."
            ])
        #expect(try desk.store.read { try $0.booking(id: 2) }?.assistant?.name == "Tom Reyes")
        // The leave and the hand-over are one step: undo takes back both.
        let undo = desk.respond(to: "undo")
        #expect(
            undo.text == "Undone: leave for Sarah Khan Mon 14 Dec to Tue 15 Dec; gave #2 to Tom Reyes. "
                + "#2 is back to receptionist, Tue 15 Dec, 09:00-12:00, £66.00, with Sarah Khan.")
        #expect(try desk.store.read { try $0.booking(id: 2) }?.assistant?.name == "Sarah Khan")
        #expect(try roster.list().first { $0.name == "Sarah Khan" }?.leave == [])
    }

    @Test(arguments: StorageBackend.allCases)
    func leaveAndItsHandOverAreOneJournalStep(_ backend: StorageBackend) throws {
        let desk = try StorageBackend.desk(try backend.makeStore())
        let roster = Roster(desk: desk)
        try roster.add(try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        try roster.add(try roster.assistant(name: "Tom Reyes", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-13:00"))
        #expect(desk.respond(to: "need a receptionist on 15 December 9am to 12pm with Sarah").bookings.first?.assistant?.name == "Sarah Khan")
        let leave = desk.respond(to: "Sarah is off from 14 to 18 December")
        #expect(leave.text == "Sarah Khan is away from Mon 14 Dec to Fri 18 Dec. #1 Tue 15 Dec, 09:00-12:00 goes to Tom Reyes now.")
        func state() throws -> (leave: [String], person: String?) {
            (
                try roster.list().first { $0.name == "Sarah Khan" }!.leave.map(\.text),
                try desk.store.read { try $0.booking(id: 1) }?.assistant?.name
            )
        }
        #expect(try state() == (["2026-12-14..2026-12-18"], "Tom Reyes"))
        // While she is away she can't be booked (the desk's team follows the leave as undo and redo move it).
        #expect(desk.respond(to: "need a receptionist on 16 December with Sarah").failure == .noOneFree)

        let undo = desk.respond(to: "undo")
        #expect(undo.ok)
        #expect(undo.text.hasPrefix("Undone: leave for Sarah Khan Mon 14 Dec to Fri 18 Dec; gave #1 to Tom Reyes."))
        #expect(try state() == ([], "Sarah Khan"))
        #expect(desk.respond(to: "is any receptionist free on 16 December?").text.contains("Sarah Khan"))

        let redo = desk.respond(to: "redo")
        #expect(redo.text.hasPrefix("Redone: leave for Sarah Khan Mon 14 Dec to Fri 18 Dec; gave #1 to Tom Reyes."))
        #expect(try state() == (["2026-12-14..2026-12-18"], "Tom Reyes"))
        #expect(desk.respond(to: "need a receptionist on 16 December with Sarah").failure == .noOneFree)
        #expect(desk.respond(to: "no").ok)

        // Leave with no booking in it is a step of its own too, and history shows both.
        #expect(desk.respond(to: "Tom won't be in on 1 December").text == "Tom Reyes is away on Tue 1 Dec.")
        #expect(try roster.list().first { $0.name == "Tom Reyes" }!.leave.map(\.text) == ["2026-12-01"])
        let history = desk.respond(to: "history").text
        #expect(history.contains("leave for Tom Reyes Tue 1 Dec  (\"Tom won't be in on 1 December\")"))
        #expect(history.contains("leave for Sarah Khan Mon 14 Dec to Fri 18 Dec; gave #1 to Tom Reyes  (\"Sarah is off from 14 to 18 December\")"))
        #expect(desk.respond(to: "undo").text == "Undone: leave for Tom Reyes Tue 1 Dec.")
        #expect(try roster.list().first { $0.name == "Tom Reyes" }!.leave == [])
        // New leave after an undo gets a row of its own; redo has nothing left to put back.
        #expect(desk.respond(to: "Tom is off on 2 December").ok)
        #expect(desk.respond(to: "redo").failure == .nothingToRedo)
        #expect(try roster.list().first { $0.name == "Tom Reyes" }!.leave.map(\.text) == ["2026-12-02"])
    }

    @Test func aDeskSeesLeaveAnotherDeskTookBackAndGaveAgain() throws {
        // Desk one reads the team; desk two, on the same file, takes Sarah's leave back and gives Tom leave: as many
        // stretches of leave as before, but other rows, so desk one must read the team again.
        let path = temporaryDatabase()
        let one = try makeDesk(path: path), two = try makeDesk(path: path)
        let roster = Roster(desk: two)
        try roster.add(try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        try roster.add(try roster.assistant(name: "Tom Reyes", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        #expect(two.respond(to: "Sarah is off on 2 December").ok)
        #expect(one.respond(to: "is any receptionist free on 2 December?").text == "Free on Wed 2 Dec:\nreceptionist: Tom Reyes 09:00-17:00")
        #expect(two.respond(to: "undo").ok)
        #expect(two.respond(to: "Tom is off on 2 December").ok)
        #expect(one.respond(to: "is any receptionist free on 2 December?").text == "Free on Wed 2 Dec:\nreceptionist: Sarah Khan 09:00-17:00")
        #expect(one.respond(to: "need a receptionist on 2 December").bookings.first?.assistant?.name == "Sarah Khan")
    }

    @Test func staffLeaveIsJournalledToo() throws {
        let (desk, roster) = try desk()
        _ = try roster.addLeave(try Leave("2026-12-21"), for: "Tom", request: "staff leave Tom 2026-12-21")
        #expect(desk.respond(to: "undo").text == "Undone: leave for Tom Reyes Mon 21 Dec.")
        #expect(try roster.list().first { $0.name == "Tom Reyes" }!.leave == [])
    }

    @Test func removalAsksForReassignmentAndThenNeverStrandsABooking() throws {
        let (desk, roster) = try desk()
        #expect(throws: StaffProblem.self) { try roster.remove("Sarah") }
        #expect(try roster.list().count == 2)
        // #1 runs past Tom's hours, so --reassign changes nothing.
        #expect(
            throws: StaffProblem(
                field: "name", "no one else is free for #1 Mon 14 Dec, 09:00-17:00, so Sarah Khan stays on the roster and nothing was changed")
        ) {
            try roster.remove("Sarah", reassign: true)
        }
        #expect(try desk.store.read { try $0.booking(id: 2) }?.assistant?.name == "Sarah Khan")
        _ = desk.respond(to: "cancel #1")
        let (person, moved) = try roster.remove("Sarah", reassign: true)
        #expect(person.name == "Sarah Khan")
        #expect(moved.map { $0.assistant?.name } == ["Tom Reyes"])
        #expect(try roster.list().map(\.name) == ["Tom Reyes"])
    }
}
