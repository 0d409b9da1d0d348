import DeskKit
import Foundation
import Testing
import Understanding

/// A night shift in the assistant's own zone across the night their clocks, or the desk's, change: the desk sees
/// the hours that night really has (7 when clocks go forward, 9 when they go back), at the desk's own times.
@Suite struct RosterClockChangeTests {
    struct Night: Sendable, CustomTestStringConvertible {
        let assistantZone: String
        let deskZone: String
        /// The whole shift as the desk's clock reads it.
        let from: String
        let until: String
        let hours: Int64
        var testDescription: String { "\(assistantZone) night seen from \(deskZone), \(from)" }
    }

    @Test(arguments: [
        // New York goes forward at 02:00 on Sunday 8 March; London is still on GMT.
        Night(assistantZone: "America/New_York", deskZone: "Europe/London", from: "2026-03-08T03:00", until: "2026-03-08T10:00", hours: 7),
        // New York goes back at 02:00 on Sunday 1 November; London went back a week before.
        Night(assistantZone: "America/New_York", deskZone: "Europe/London", from: "2026-11-01T02:00", until: "2026-11-01T11:00", hours: 9),
        // London goes forward at 01:00 on Sunday 29 March; New York has been on summer time since the 8th.
        Night(assistantZone: "Europe/London", deskZone: "America/New_York", from: "2026-03-28T18:00", until: "2026-03-29T01:00", hours: 7),
        // London goes back at 02:00 on Sunday 25 October; New York is still on summer time.
        Night(assistantZone: "Europe/London", deskZone: "America/New_York", from: "2026-10-24T17:00", until: "2026-10-25T02:00", hours: 9)
    ])
    func aSaturdayNightShiftCoversTheHoursThatNightHas(_ night: Night) throws {
        let person = Assistant(
            id: 1, name: "Night Cover", roles: ["receptionist"], zone: night.assistantZone, hours: try WorkingHours("Sat 22:00-06:00"))
        let desk = DeskTime(zone: TimeZone(identifier: night.deskZone)!)
        let start = desk.instant(LocalDateTime(iso: night.from)!)
        let end = desk.instant(LocalDateTime(iso: night.until)!)
        #expect((end - start) / 3_600 == night.hours)
        func obstacle(_ from: Int64, _ until: Int64) -> Availability.Obstacle? {
            Availability.obstacle(person, role: "receptionist", start: from, end: until, busy: [])
        }
        #expect(obstacle(start, end) == nil, "the whole night is covered")
        #expect(obstacle(start - 1_800, end) == .hours, "not half an hour before it starts")
        #expect(obstacle(start, end + 1_800) == .hours, "not half an hour after it ends")
        // The hour either side of the change is inside the shift: it is one stretch, not two.
        #expect(obstacle(start + 3 * 3_600, start + 5 * 3_600) == nil)
    }
}
