import DeskKit
import Foundation
import Testing

/// The desk remembers stretches of time over which its zone's offset holds; asked in any order, it
/// answers as the zone database does, on both sides of every clock change.
@Suite struct DeskTimeTests {
    @Test(arguments: ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"])
    func offsetsMatchTheZoneInAnyOrder(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        let time = DeskTime(zone: zone)
        // Every half hour of 2026, and the seconds either side of each transition, shuffled by a fixed step.
        var instants: [Int64] = stride(from: Int64(1_767_225_600), to: 1_798_761_600, by: 1_800).map { $0 }
        var at = Date(timeIntervalSince1970: 1_767_225_600)
        while let change = zone.nextDaylightSavingTimeTransition(after: at), change.timeIntervalSince1970 < 1_798_761_600 {
            let t = Int64(change.timeIntervalSince1970)
            instants += [t - 1, t, t + 1]
            at = change
        }
        let order = (0..<instants.count).map { ($0 * 7_919) % instants.count }
        for index in order {
            let instant = instants[index]
            #expect(
                time.offset(at: instant) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))),
                "\(zoneName) at \(instant)")
        }
    }
}
