import Understanding

/// RFC 5545 iCalendar for the bookings: a VEVENT per booked slot and a VTODO per deadline task.
/// UIDs are `booking-<id>@vadesk`, so importing a later export updates events rather than adding
/// copies, and SEQUENCE counts the changes made to a booking so calendars take the newer version.
/// Times are written in UTC (the `Z` form), which every calendar shows in its own zone; the summary
/// names the desk's local time as well.
public enum ICalendar {
    public struct Entry: Sendable {
        public let booking: Booking
        /// How many times the booking has been changed or a change undone.
        public let sequence: Int
        public init(booking: Booking, sequence: Int) {
            self.booking = booking
            self.sequence = sequence
        }
    }

    public static func document(_ entries: [Entry], desk: Desk, stamp: Int64) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vadesk//vadesk bookings//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + text("vadesk bookings")
        ]
        for entry in entries {
            let b = entry.booking
            let roleLabel = desk.label(b.role)
            var description = "Booking #\(b.id): \(roleLabel), status \(b.status.rawValue)."
            if let task = b.task { description += "\nTask: \(task)" }
            if let person = b.assistant { description += "\nAssistant: \(person.name) (\(person.zone))" }
            description += "\nQuoted \(desk.money(b.quoteMinor))."
            if let charge = b.charge { description += "\nCharged \(desk.money(charge.totalMinor))." }
            if b.isDeadline == true {
                lines += [
                    "BEGIN:VTODO", "UID:booking-\(b.id)@vadesk", "DTSTAMP:\(utc(stamp))", "CREATED:\(utc(b.createdAt))",
                    "DUE:\(utc(b.end))", "SUMMARY:" + text("\(roleLabel): \(b.task ?? "task") (#\(b.id))"),
                    "DESCRIPTION:" + text(description), "SEQUENCE:\(entry.sequence)", "STATUS:\(todoStatus(b.status))",
                    "END:VTODO"
                ]
            } else {
                lines += [
                    "BEGIN:VEVENT", "UID:booking-\(b.id)@vadesk", "DTSTAMP:\(utc(stamp))", "CREATED:\(utc(b.createdAt))",
                    "DTSTART:\(utc(b.start))", "DTEND:\(utc(b.end))", "SUMMARY:" + text("\(roleLabel) (#\(b.id))"),
                    "DESCRIPTION:" + text(description), "SEQUENCE:\(entry.sequence)",
                    "STATUS:\(b.status == .cancelled ? "CANCELLED" : "CONFIRMED")", "TRANSP:OPAQUE", "END:VEVENT"
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    static func todoStatus(_ status: BookingStatus) -> String {
        switch status {
        case .booked: return "NEEDS-ACTION"
        case .done, .invoiced: return "COMPLETED"
        case .cancelled: return "CANCELLED"
        }
    }

    /// 20261201T090000Z
    public static func utc(_ instant: Int64) -> String {
        let day = instant >= 0 ? instant / 86400 : (instant - 86399) / 86400
        let seconds = Int(instant - day * 86400)
        let date = CivilDate(dayNumber: Int(day))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)\(two(date.month))\(two(date.day))T\(two(seconds / 3600))\(two(seconds / 60 % 60))\(two(seconds % 60))Z"
    }

    /// A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11), and hidden
    /// characters shown as `<U+202E>` (see `VisibleText`).
    public static func text(_ value: String) -> String {
        var out = ""
        for scalar in VisibleText.escaped(value).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded so that no line is longer than 75 octets, never inside a UTF-8
    /// sequence; each continuation starts with a space. Ends with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        var limit = 75
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            if octets + size > limit {
                out += "\r\n "
                octets = 0
                limit = 74
            }
            out.unicodeScalars.append(character)
            octets += size
        }
        return out + "\r\n"
    }
}

extension Desk {
    /// Every booking with its change count, for the calendar export.
    public func calendarEntries() throws -> [ICalendar.Entry] {
        try store.read { tx in
            // The first recorded change is the booking being made, which is sequence 0.
            let counts = try tx.changeCounts()
            return try tx.allBookings().map { ICalendar.Entry(booking: $0, sequence: max((counts[$0.id] ?? 0) - 1, 0)) }
        }
    }
}
