/// Stored text shown safely: characters that draw nothing or reorder what follows them (bidirectional
/// overrides and isolates, zero-width spaces, control characters) are written as `<U+202E>`, so a task
/// cannot disguise a reply, a list, a calendar or a spreadsheet. What is stored is never changed.
public enum VisibleText {
    /// Whether a scalar is hidden or reorders text; new lines and tabs are layout, not hidden.
    public static func isHidden(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
            0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    /// The text with each hidden character written as `<U+XXXX>`; the same string when there is none.
    public static func escaped(_ text: String) -> String {
        guard mayHide(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isHidden(scalar.value) {
                out += "<U+" + hex(scalar.value) + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A quick look at the UTF-8 bytes: only a few lead bytes can start a hidden character, so most
    /// replies (ASCII, "£", "→", "…") are passed through without being decoded.
    static func mayHide(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var k = 0
            while k < n {
                let b = bytes[k]
                if b < 0x80 {
                    if (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F { return true }
                    k += 1
                    continue
                }
                let next: UInt8 = k + 1 < n ? bytes[k + 1] : 0
                switch b {
                case 0xC2 where next <= 0x9F || next == 0xAD: return true
                case 0xD8 where next == 0x9C: return true
                case 0xE1 where next == 0xA0: return true
                case 0xE2 where next == 0x80 || next == 0x81: return true
                case 0xEF where next == 0xBB || next == 0xBF: return true
                case 0xF3 where next == 0xA0: return true
                default: k += 1
                }
            }
            return false
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
