import Foundation
import Understanding

/// The desk's clock: where "now" comes from. Tests and transcripts fix it.
public protocol DeskClock: Sendable {
    /// Unix seconds.
    func now() -> Int64
}

public struct SystemClock: DeskClock {
    public init() {}
    public func now() -> Int64 { Int64(Date().timeIntervalSince1970) }
}

public struct FixedClock: DeskClock {
    public let instant: Int64
    public init(_ instant: Int64) { self.instant = instant }
    public func now() -> Int64 { instant }
}

/// Converts between instants and the wall-clock time of the desk's zone, and formats both.
public struct DeskTime: Sendable {
    public let zone: TimeZone
    private let offsets = OffsetCache()

    public init(zone: TimeZone) { self.zone = zone }

    public func offset(at instant: Int64) -> Int {
        if let known = offsets.offset(at: instant) { return known }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        offsets.remember(offset, from: instant, until: nextTransition(after: instant) ?? Int64.max)
        return offset
    }

    /// The zone's minutes ahead of UTC at a clock time said in a zone `saidOffset` minutes ahead ("3pm EST"),
    /// for the parser to move such a time into the desk's zone.
    public var zoneOffset: Grammar.ZoneOffset {
        { said, saidOffset in
            let wall = Int64(said.date.dayNumber) * 86400 + Int64(said.minute) * 60
            return offset(at: wall - Int64(saidOffset) * 60) / 60
        }
    }

    /// The next instant the zone's offset from UTC changes, if it ever does.
    public func nextTransition(after instant: Int64) -> Int64? {
        zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: TimeInterval(instant)))
            .map { Int64($0.timeIntervalSince1970.rounded(.up)) }
    }

    /// The next instant the offset changes, as `nextTransition(after:)`, from the stretches already
    /// remembered when one holds `instant` (asking the zone database costs far more).
    public func offsetChange(after instant: Int64) -> Int64? {
        _ = offset(at: instant)
        if let until = offsets.end(of: instant) { return until == Int64.max ? nil : until }
        return nextTransition(after: instant)
    }

    public func local(_ instant: Int64) -> LocalDateTime {
        let seconds = instant + Int64(offset(at: instant))
        let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let minute = Int((seconds - day * 86400) / 60)
        return LocalDateTime(date: CivilDate(dayNumber: Int(day)), minute: minute)
    }

    /// The instant a wall-clock time names. In a spring-forward gap it lands just after the gap.
    public func instant(_ local: LocalDateTime) -> Int64 {
        let wall = Int64(local.date.dayNumber) * 86400 + Int64(local.minute) * 60
        let first = wall - Int64(offset(at: wall))
        let second = wall - Int64(offset(at: first))
        return second
    }

    /// 2026-12-01T09:00:00+00:00
    public func iso(_ instant: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        iso(instant, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same text appended to `bytes`, digit by digit, for JSON written as bytes. A year of other than
    /// four digits is written as `CivilDate` writes it, with the digits it has.
    public func iso(_ instant: Int64, into bytes: inout [UInt8]) {
        let l = local(instant)
        let off = offset(at: instant)
        let date = l.date
        if (1000...9999).contains(date.year) {
            digits(date.year, 4, into: &bytes)
        } else {
            bytes.append(contentsOf: String(date.year).utf8)
        }
        bytes.append(UInt8(ascii: "-"))
        digits(date.month, 2, into: &bytes)
        bytes.append(UInt8(ascii: "-"))
        digits(date.day, 2, into: &bytes)
        bytes.append(UInt8(ascii: "T"))
        digits(l.minute / 60, 2, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(l.minute % 60, 2, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: "0"))
        bytes.append(UInt8(ascii: "0"))
        bytes.append(off < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let a = abs(off) / 60
        digits(a / 60, 2, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(a % 60, 2, into: &bytes)
    }

    /// `n` (not negative) in `width` digits, with leading zeros.
    private func digits(_ n: Int, _ width: Int, into bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = n
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// "Tue 1 Dec, 09:00-17:00"; a booking into the next day shows that day's end.
    public func span(_ start: Int64, _ end: Int64) -> String {
        let a = local(start), b = local(end)
        let endText =
            b.date == a.date || (b.minute == 0 && b.date == a.date.adding(days: 1))
            ? (b.minute == 0 && b.date != a.date ? "24:00" : Clock24.format(b.minute))
            : "\(b.date.short) \(Clock24.format(b.minute))"
        return "\(a.date.short), \(Clock24.format(a.minute))-\(endText)"
    }
}

/// Stretches of time over which the zone's offset holds: from an instant asked about to the zone's next
/// transition. A line converts the same few days many times over (its start, end, now, the month),
/// and each answer from the zone database costs far more than a look through a few remembered stretches.
final class OffsetCache: @unchecked Sendable {
    private struct Stretch { let from: Int64, until: Int64, offset: Int }
    private var stretches: [Stretch] = []
    private var next = 0
    private let lock = NSLock()
    private static let kept = 8

    func offset(at instant: Int64) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        for stretch in stretches where stretch.from <= instant && instant < stretch.until { return stretch.offset }
        return nil
    }

    /// Where the remembered stretch holding `instant` ends: the zone's next transition after it.
    func end(of instant: Int64) -> Int64? {
        lock.lock()
        defer { lock.unlock() }
        for stretch in stretches where stretch.from <= instant && instant < stretch.until { return stretch.until }
        return nil
    }

    func remember(_ offset: Int, from: Int64, until: Int64) {
        lock.lock()
        defer { lock.unlock() }
        let stretch = Stretch(from: from, until: until, offset: offset)
        if stretches.count < OffsetCache.kept {
            stretches.append(stretch)
        } else {
            stretches[next] = stretch
            next = (next + 1) % OffsetCache.kept
        }
    }
}
