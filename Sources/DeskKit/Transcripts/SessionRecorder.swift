import Foundation
import Understanding

/// Records a conversation as it happens, so that it can be saved as a transcript and replayed
/// as a regression test: the desk's clock and zone at the start, then each line and its reply.
public struct SessionRecorder {
    public let startedAt: LocalDateTime
    public let zone: String
    /// Bookings already in the store when the session began; a replay starts with none.
    public let bookingsBefore: Int
    public private(set) var turns: [Transcript.Turn] = []

    public init(desk: Desk) {
        startedAt = desk.localNow
        zone = desk.time.zone.identifier
        bookingsBefore = (try? desk.store.read { try $0.count() }) ?? 0
    }

    public mutating func record(_ input: String, _ reply: Reply) {
        turns.append(Transcript.Turn(input: input, reply: reply.text))
    }

    public var transcript: Transcript {
        var header = ["# now: \(startedAt)", "# tz: \(zone)", "# Saved from a vadesk session."]
        if bookingsBefore > 0 {
            header.append(
                "# The desk held \(bookingsBefore) booking\(bookingsBefore == 1 ? "" : "s") before this session; a replay starts with none.")
        }
        return Transcript(header: header, turns: turns)
    }

    /// Writes the transcript, replacing an existing file only when asked (`/save!`); returns what to tell the owner.
    public func save(to path: String, replacing: Bool = false) throws -> String {
        guard !path.isEmpty else { throw StoreError("say where to save, like /save today.transcript") }
        do {
            try SafeFile.write(transcript.text, to: path, existing: replacing ? .replace : .refuse)
        } catch .exists {
            throw StoreError("\(path) already exists and was left as it is; \"/save! \(path)\" replaces it, or choose a new name")
        } catch {
            throw StoreError("\(error)")
        }
        var message =
            "Saved \(turns.count) exchange\(turns.count == 1 ? "" : "s") to \(path); \"vadesk replay \(path)\" checks the desk still answers them the same way."
        if bookingsBefore > 0 {
            message +=
                " The desk already held \(bookingsBefore) booking\(bookingsBefore == 1 ? "" : "s") when this session began, and a replay starts empty, so replies that depend on them may differ."
        }
        return message
    }
}
