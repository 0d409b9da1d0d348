import Testing
import Understanding
import VadeskTestSupport

@testable import DeskKit

/// A reply to a line the store failed on says what the store knows of it, and no more.
@Suite struct StorageFailureReplyTests {
    @Test func aRolledBackLineSaysNothingWasChanged() {
        let reply = Reply.failed(StoreError("the disk holding desk.sqlite is full; nothing was written"), line: "need a PA Friday", intent: .book)
        #expect(!reply.ok)
        #expect(reply.storageFailed)
        #expect(reply.text == "Sorry, that could not be saved: the disk holding desk.sqlite is full; nothing was written. Nothing was changed.")
        #expect(reply.error == "storage: the disk holding desk.sqlite is full; nothing was written")
    }

    @Test func aCommitWhoseAnswerWasLostNeverClaimsNothingChanged() {
        let unknown = Reply.failed(
            StoreError(
                "the connection was lost while committing; whether this line was stored is not known",
                outcome: .unknown), line: "cancel #2", intent: .cancel)
        #expect(unknown.storageFailed)
        #expect(!unknown.text.contains("Nothing was changed"))
        #expect(unknown.text == "Sorry, the connection was lost while committing; whether this line was stored is not known.")
        let kept = Reply.failed(
            StoreError("the connection was lost just after this line was stored; it was stored", outcome: .kept),
            line: "cancel #2", intent: .cancel)
        #expect(!kept.text.contains("Nothing was changed"))
        #expect(kept.text.hasPrefix("Note: the connection was lost just after"))
    }

    @Test func aFaultOfTheDesksOwnIsNotCalledStorage() {
        struct Broken: Error, CustomStringConvertible { var description: String { "a reply could not be built" } }
        let reply = Reply.failed(Broken(), line: "show my bookings", intent: .list)
        #expect(!reply.storageFailed)
        #expect(reply.error == "internal: a reply could not be built")
        #expect(reply.text == "Sorry, something went wrong on the desk: a reply could not be built. Nothing was changed.")
    }
}

/// The JSON error field carries a code, never the reply's words.
@Suite struct ReplyFailureCodeTests {
    @Test func refusalsOfBookingsAlreadyMadeCarryCodes() throws {
        let desk = try makeDesk()
        #expect(desk.respond(to: "need a receptionist Friday").ok)
        let gone = desk.respond(to: "cancel #9")
        #expect(gone.error == "no such booking")
        #expect(gone.text.contains("#9"))
        #expect(desk.respond(to: "cancel #1").ok)
        #expect(desk.respond(to: "cancel #1").error == "already cancelled")
        #expect(desk.respond(to: "move #1 to Thursday").error == "not changeable")
    }
}
