/// A JSON value whose object keys keep the order they were written in, so the output reads
/// the same every time and matches the documented contract field by field.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized == b.serialized }

    public static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func int(_ i: Int?) -> JSONValue { i.map { .int(Int64($0)) } ?? .null }

    /// Compact JSON on one line.
    public var serialized: String {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Compact JSON appended to `out` as UTF-8 bytes, for output that is bytes anyway (one pass,
    /// no per-character string appends, no string made on the way).
    public func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: JSONValue.nullBytes)
        case .bool(let b): out.append(contentsOf: b ? JSONValue.trueBytes : JSONValue.falseBytes)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (n, (key, value)) in fields.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
    private static let hex = Array("0123456789abcdef".utf8)

    /// Escapes quotes, backslashes, control characters, the line separators U+2028/U+2029, which
    /// some JSON readers treat as line ends, and the characters `VisibleText` counts as hidden
    /// (bidirectional overrides, zero-width spaces), so the value is unchanged but visible on the wire.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var plainFrom = 0
            var k = 0
            let n = bytes.count
            while k < n {
                let b = bytes[k]
                var hidden: (value: UInt32, length: Int)?
                if b >= 0xC2 {
                    hidden = JSONValue.hiddenScalar(bytes, at: k)
                    if hidden == nil { k += 1; continue }
                } else if !(b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F) {
                    k += 1
                    continue
                }
                // Copy the run of plain bytes in one go, then the escape.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<k]))
                switch b {
                case 0x22: out.append(contentsOf: [92, 34])
                case 0x5C: out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: out.append(contentsOf: [92, UInt8(ascii: "t")])
                default:
                    if let hidden {
                        // U+E0000 and above need a surrogate pair in JSON.
                        if hidden.value > 0xFFFF {
                            let v = hidden.value - 0x10000
                            unicodeEscape(0xD800 + (v >> 10), into: &out)
                            unicodeEscape(0xDC00 + (v & 0x3FF), into: &out)
                        } else {
                            unicodeEscape(hidden.value, into: &out)
                        }
                        k += hidden.length - 1
                    } else {
                        unicodeEscape(UInt32(b), into: &out)
                    }
                }
                k += 1
                plainFrom = k
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The multi-byte scalar at `k` when JSON should escape it: a line separator or a hidden character.
    @inline(__always)
    static func hiddenScalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (value: UInt32, length: Int)? {
        let b = bytes[k], n = bytes.count
        guard k + 1 < n else { return nil }
        let b1 = UInt32(bytes[k + 1] & 0x3F)
        let value: UInt32, length: Int
        switch b {
        case 0xC2, 0xD8:
            value = (UInt32(b & 0x1F) << 6) | b1; length = 2
        case 0xE1, 0xE2, 0xEF:
            guard k + 2 < n else { return nil }
            value = (UInt32(b & 0x0F) << 12) | (b1 << 6) | UInt32(bytes[k + 2] & 0x3F); length = 3
        case 0xF3:
            guard k + 3 < n else { return nil }
            value = (UInt32(b & 0x07) << 18) | (b1 << 12) | (UInt32(bytes[k + 2] & 0x3F) << 6) | UInt32(bytes[k + 3] & 0x3F); length = 4
        default:
            return nil
        }
        return value == 0x2028 || value == 0x2029 || VisibleText.isHidden(value) ? (value, length) : nil
    }

    private static func unicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [92, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
