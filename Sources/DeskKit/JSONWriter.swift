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

    /// Escapes quotes, backslashes, control characters and the line separators U+2028/U+2029,
    /// which some JSON readers treat as line ends.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var plainFrom = 0
            var k = 0
            let n = bytes.count
            while k < n {
                let b = bytes[k]
                let needsEscape = b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F
                    || (b == 0xE2 && k + 2 < n && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9))
                if !needsEscape { k += 1; continue }
                // Copy the run of plain bytes in one go, then the escape.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<k]))
                switch b {
                case 0x22: out.append(contentsOf: [92, 34])
                case 0x5C: out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: out.append(contentsOf: [92, UInt8(ascii: "t")])
                case 0xE2:
                    unicodeEscape(bytes[k + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    k += 2
                default: unicodeEscape(UInt32(b), into: &out)
                }
                k += 1
                plainFrom = k
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [92, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
