/// Dates and clock times written straight into a string's bytes. Every parse that reads a date writes
/// its note with them, and interpolation builds each piece as a string of its own first.
enum ASCIIText {
    /// "2026-12-01" for years 1000…9999; other years are written as interpolation writes them.
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return "\(year)-\(CivilDate.pad(month))-\(CivilDate.pad(day))"
        }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            bytes[0] = digit(year / 1000); bytes[1] = digit(year / 100 % 10); bytes[2] = digit(year / 10 % 10); bytes[3] = digit(year % 10)
            bytes[4] = 45
            bytes[5] = digit(month / 10); bytes[6] = digit(month % 10)
            bytes[7] = 45
            bytes[8] = digit(day / 10); bytes[9] = digit(day % 10)
            return 10
        }
    }

    /// "09:05" for minutes 0…1439.
    static func clock(_ minute: Int) -> String {
        String(unsafeUninitializedCapacity: 5) { bytes in
            let hour = minute / 60, m = minute % 60
            bytes[0] = digit(hour / 10); bytes[1] = digit(hour % 10)
            bytes[2] = 58
            bytes[3] = digit(m / 10); bytes[4] = digit(m % 10)
            return 5
        }
    }

    /// "Tue 1 Dec": three letters of the weekday and month from `names`, which are ASCII.
    static func short(weekday: String, day: Int, month: String) -> String {
        var weekday = weekday, month = month
        return weekday.withUTF8 { w in
            month.withUTF8 { m in
                String(unsafeUninitializedCapacity: 10) { bytes in
                    var n = 0
                    for k in 0..<min(3, w.count) { bytes[n] = w[k]; n += 1 }
                    bytes[n] = 32; n += 1
                    if day >= 10 { bytes[n] = digit(day / 10 % 10); n += 1 }
                    bytes[n] = digit(day % 10); n += 1
                    bytes[n] = 32; n += 1
                    for k in 0..<min(3, m.count) { bytes[n] = m[k]; n += 1 }
                    return n
                }
            }
        }
    }

    @inline(__always) private static func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: 48 + n) }
}
