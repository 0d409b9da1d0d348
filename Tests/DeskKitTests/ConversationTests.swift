import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

@testable import DeskKit

@Suite struct ConversationTests {
    @Test func aSeriesIsReadBackThenBookedInOneTransactionAndUndoneAtOnce() throws {
        let desk = try makeDesk()
        var slots = Slots()
        slots.role = "receptionist"
        slots.occurrences = [7, 14, 21, 28].map { CivilDate(year: 2026, month: 12, day: $0) }
        slots.date = slots.occurrences[0]
        slots.recurrenceNote = "every Monday in December"
        let question = try desk.book(slots, line: "need a receptionist every Monday in December")
        #expect(question.needs == .confirmation)
        #expect(question.bookings.isEmpty)
        #expect(question.text.contains("4 bookings (every Monday in December)"))
        // Mon 28 Dec 2026 is the Boxing Day substitute holiday, charged double.
        #expect(question.text.contains("£176.00 to £352.00 each, £880.00 in all"))
        #expect(try desk.store.read { try $0.count() } == 0)

        let booked = desk.respond(to: "yes")
        #expect(booked.bookings.map(\.id) == [1, 2, 3, 4])
        #expect(booked.bookings.map(\.quoteMinor) == [17_600, 17_600, 17_600, 35_200])
        #expect(booked.text.hasPrefix("Booked #1-#4: a receptionist, 09:00-17:00, on Mon 7 Dec, Mon 14 Dec, Mon 21 Dec, Mon 28 Dec"))
        let journal = try desk.store.read { try $0.recentChanges(limit: 10) }
        #expect(journal.count == 1)

        let undone = desk.respond(to: "undo")
        #expect(undone.text == "Undone: booked a series of 4, #1-#4.")
        #expect(desk.respond(to: "show my bookings").bookings.isEmpty)
    }

    /// A change naming another booking by its role, said while a series is asked about, changes that booking:
    /// it is not read as a correction that turns the series into that role.
    @Test func aChangeNamingABookedRoleWhileASeriesIsAskedAboutChangesTheBooking() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday 8 December")
        let question = desk.respond(to: "need a PA every Monday in January, 10 till 2")
        #expect(question.needs == .confirmation)
        let moved = desk.respond(to: "move the receptionist to Wednesday")
        #expect(moved.text.hasPrefix("Changed #1: receptionist, Wed 2 Dec, 09:00-17:00 (8 h)"), "\(moved.text)")
        #expect(moved.text.contains("I've dropped your earlier request \"need a PA every Monday in January, 10 till 2\""))
        #expect(desk.awaiting == nil)
        #expect(try desk.store.read { try $0.count() } == 1)
    }

    @Test func aChangeFromOneDayToAnotherMovesTheBookingOnTheFirstDay() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Wednesday 9-5")
        _ = desk.respond(to: "need a receptionist Thursday 9-5")
        let moved = desk.respond(to: "move the receptionist from Thursday to Friday")
        #expect(moved.text.hasPrefix("Changed #2: receptionist, Fri 4 Dec, 09:00-17:00 (8 h)"), "\(moved.text)")
        let none = desk.respond(to: "move the receptionist from Monday 7 December to Friday")
        #expect(none.text.hasPrefix("You have no upcoming receptionist booking on Mon 7 Dec."), "\(none.text)")
        let days = try desk.store.read { store in try [1, 2].compactMap { try store.booking(id: $0)?.start } }
        #expect(days.map { desk.time.local($0).date.day } == [2, 4])
    }

    @Test func makingItMorePeopleBooksTheExtraOnes() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a packer Thursday")
        let more = desk.respond(to: "make it 3 packers")
        #expect(more.text.hasPrefix("Booked #2, #3 as well: now 3 × packer"), "\(more.text)")
        #expect(try desk.store.read { try $0.count() } == 3)
    }

    @Test func cancellingADaysBookingsThatAreOneSaysSo() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a packer Thursday")
        _ = desk.respond(to: "need a PA Friday")
        let cancelled = desk.respond(to: "cancel the bookings on Friday")
        #expect(cancelled.text.hasPrefix("Cancelled #2: personal assistant, Fri 4 Dec, 09:00-17:00."), "\(cancelled.text)")
        #expect(cancelled.text.hasSuffix("Say \"undo\" to restore it."), "\(cancelled.text)")
        #expect(try desk.store.read { try $0.booking(id: 1) }?.status == .booked)
        _ = desk.respond(to: "need a packer tomorrow")
        let late = desk.respond(to: "cancel the bookings tomorrow")
        #expect(late.text.hasPrefix("Cancelling #3 this late carries a fee of "), "\(late.text)")
        #expect(late.text.hasSuffix("Cancel it anyway? (yes/no)"), "\(late.text)")
    }

    @Test func aRequestWithAChangeByAnAmountBooksNothing() throws {
        let desk = try makeDesk()
        for line in ["need the receptionist an hour later", "need tomorrow's receptionist an hour later", "add an hour to the packer on Friday"] {
            let reply = desk.respond(to: line)
            #expect(reply.text.hasPrefix("That asks for a change by an amount, so I haven't booked anything."), "\(line): \(reply.text)")
        }
        #expect(try desk.store.read { try $0.count() } == 0)
    }

    @Test func cancellingALengthOfABookingCancelsNothing() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a packer Friday 9-5")
        let reply = desk.respond(to: "cancel 2 hours of the packer")
        #expect(reply.text.hasPrefix("That names a length, so I haven't cancelled anything"), "\(reply.text)")
        #expect(try desk.store.read { try $0.booking(id: 1) }?.status == .booked)
    }

    @Test func aSeriesAnsweredNoBooksNothing() throws {
        let desk = try makeDesk()
        var slots = Slots()
        slots.role = "packer"
        slots.occurrences = [CivilDate(year: 2026, month: 12, day: 4), CivilDate(year: 2026, month: 12, day: 11)]
        slots.date = slots.occurrences[0]
        _ = try desk.book(slots, line: "need a packer every Friday")
        let reply = desk.respond(to: "no")
        #expect(reply.intent == .no)
        #expect(desk.awaiting == nil)
        #expect(try desk.store.read { try $0.count() } == 0)
    }

    @Test func aLateCancellationWithAFeeWaitsForYes() throws {
        let desk = try makeDesk()
        desk.cancellationFee = CancellationFee { booking, now in booking.start - now < 48 * 3600 ? 2_000 : nil }
        #expect(desk.respond(to: "need a receptionist tomorrow").ok)
        #expect(desk.respond(to: "need a receptionist Friday").ok)

        let question = desk.respond(to: "cancel #1")
        #expect(question.needs == .confirmation)
        #expect(question.text == "Cancelling #1 this late carries a fee of £20.00. Cancel it anyway? (yes/no)")
        _ = desk.respond(to: "no")
        #expect(try desk.store.read { try $0.booking(id: 1) }?.status == .booked)

        _ = desk.respond(to: "cancel #1")
        let cancelled = desk.respond(to: "yes")
        #expect(cancelled.bookings.first?.status == .cancelled)
        #expect(cancelled.text.contains("A late-cancellation fee of £20.00 applies."))

        // Far enough ahead, no fee and no question.
        let free = desk.respond(to: "cancel #2")
        #expect(free.needs == nil)
        #expect(free.bookings.first?.status == .cancelled)
    }

    @Test func undoRedoAndThatCarryAcrossRestarts() throws {
        let path = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        do {
            let desk = try makeDesk(path: path)
            #expect(desk.respond(to: "need a receptionist Tuesday").ok)
            #expect(desk.respond(to: "need a PA Friday").ok)
            #expect(desk.respond(to: "undo").text == "Undone: booked #2.")
        }
        do {
            let desk = try makeDesk(path: path)
            let redone = desk.respond(to: "redo")
            #expect(redone.text == "Redone: booked #2.")
            #expect(try desk.store.read { try $0.booking(id: 2) }?.role == "personal_assistant")
        }
        do {
            // "make it 3 hours" in a new session changes the booking the last change touched.
            let desk = try makeDesk(path: path)
            let changed = desk.respond(to: "make it 3 hours")
            #expect(changed.bookings.map(\.id) == [2])
            #expect(changed.bookings.first?.minutes == 180)
            #expect(changed.bookings.first?.quoteMinor == 8_400)
            #expect(desk.respond(to: "redo").text == "There is nothing to redo.")
        }
    }

    @Test func aNewChangeEndsRedo() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a packer Friday")
        _ = desk.respond(to: "undo")
        _ = desk.respond(to: "need a receptionist Tuesday")
        #expect(desk.respond(to: "redo").error == "nothing to redo")
        #expect(desk.respond(to: "show my bookings").bookings.map(\.role) == ["receptionist"])
    }

    @Test func severalMatchesAreNeverGuessedOnACancelOrAChange() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a receptionist Thursday")
        for line in ["cancel the receptionist booking", "move the receptionist booking to Friday"] {
            let reply = desk.respond(to: line)
            #expect(reply.needs == .booking, "\(line)")
            #expect(reply.bookings.isEmpty)
            #expect(reply.text.contains("#1  Tue 1 Dec") && reply.text.contains("#2  Thu 3 Dec"))
            _ = desk.respond(to: "no")
        }
        let list = desk.respond(to: "show my bookings").bookings
        #expect(list.map(\.status) == [.booked, .booked])
        #expect(list.map { desk.time.local($0.start).date.day } == [1, 3])
        // The answer may name one of the choices by description.
        _ = desk.respond(to: "move the receptionist booking to Friday")
        let moved = desk.respond(to: "the Thursday one")
        #expect(moved.bookings.map(\.id) == [2])
        #expect(desk.time.local(moved.bookings[0].start).date == CivilDate(year: 2026, month: 12, day: 4))
    }

    @Test func aConfirmationIsNotSwallowedByANewRequest() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a receptionist tomorrow 3am to 11am").needs == .confirmation)
        let list = desk.respond(to: "show my bookings")
        #expect(list.intent == .list)
        #expect(desk.awaiting == nil)
        #expect(desk.respond(to: "yes").bookings.isEmpty)
        #expect(try desk.store.read { try $0.count() } == 0)
    }

    @Test func aSavedSessionReplaysAndPasses() throws {
        let desk = try makeDesk()
        var recorder = SessionRecorder(desk: desk)
        for line in ["need a PA", "Friday", "make it 3 hours", "and Monday too", "cancel the Friday one", "history"] {
            recorder.record(line, desk.respond(to: line))
        }
        let path = (temporaryFolder() as NSString).appendingPathComponent("session.transcript")
        let message = try recorder.save(to: path)
        #expect(message.hasPrefix("Saved 6 exchanges to \(path)"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# now: 2026-11-30T09:00\n# tz: Europe/London\n"))
        #expect(text.contains("> and Monday too\nBooked #2: personal assistant, Mon 7 Dec, 09:00-12:00 (3 h)"))
        let result = try TranscriptRunner(makeStore: { try SQLiteDeskStore(path: nil) }).run(path: path)
        #expect(result.problem == nil)
        #expect(result.passed, "\(result.diff)")
    }

    @Test func savingWarnsWhenTheStoreWasNotEmpty() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a PA Friday")
        let recorder = SessionRecorder(desk: desk)
        #expect(recorder.transcript.header.contains("# The desk held 1 booking before this session; a replay starts with none."))
        #expect(throws: StoreError.self) { try recorder.save(to: "") }
    }
}

@Suite struct PendingSeriesTests {
    /// A change to a booking already made, said while a series waits for its yes, is that change,
    /// not a correction of the series.
    @Test func aChangeToAnotherBookingIsNotTakenAsACorrection() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a PA on Friday").bookings.first?.id == 1)
        let question = desk.respond(to: "need a receptionist every Monday in December")
        #expect(question.needs == .confirmation)
        let moved = desk.respond(to: "move my PA on Friday to Monday")
        #expect(moved.intent == .modify)
        #expect(moved.bookings.map(\.id) == [1])
        #expect(moved.bookings.first?.role == "personal_assistant")
        let all = try desk.store.read { try $0.bookings(startingFrom: 0, before: Int64.max) }
        #expect(all.count == 1)
        #expect(desk.respond(to: "yes").text.hasPrefix("There is no question waiting for a yes."))
    }

    @Test func aCorrectionStillChangesTheSeriesBeingAskedAbout() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist every Monday in December")
        let corrected = desk.respond(to: "actually make it 9 to 1")
        #expect(corrected.needs == .confirmation)
        #expect(corrected.text.contains("09:00-13:00"))
    }

    @Test func aQuestionAboutADaySurvivesALookButNotANewRequest() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a PA").needs == .date)
        let list = desk.respond(to: "show my bookings")
        #expect(list.text.hasSuffix("(Your earlier request \"need a PA\" is still waiting for a day.)"))
        #expect(desk.awaiting == .date)
        let booked = desk.respond(to: "Friday")
        #expect(booked.bookings.map(\.role) == ["personal_assistant"])
        #expect(desk.respond(to: "need a receptionist").needs == .date)
        let other = desk.respond(to: "need IT support on Friday")
        #expect(other.text.hasSuffix("(I've dropped your earlier request \"need a receptionist\", which was waiting for a day.)"))
        #expect(desk.awaiting == nil)
        #expect(try desk.store.read { try $0.count() } == 2)
    }

    @Test func aYesAfterAQuoteBooksWhatWasQuotedAndOnlyOnce() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "how much is a receptionist Friday 1-5?")
        let booked = desk.respond(to: "sounds good, book it in")
        #expect(booked.bookings.count == 1)
        #expect(desk.time.local(booked.bookings[0].start).minute == 13 * 60)
        #expect(desk.respond(to: "go ahead").bookings.isEmpty, "the quote was used up by the first yes")
        #expect(try desk.store.read { try $0.count() } == 1)
        // A line between the quote and the yes means the yes is not about the quote.
        _ = desk.respond(to: "how much is a PA Friday 9-5?")
        _ = desk.respond(to: "show my bookings")
        #expect(desk.respond(to: "yes please, book it").bookings.isEmpty)
        #expect(try desk.store.read { try $0.count() } == 1)
    }
}
