/// Reads JSON text into `JSONValue`. The store keeps each booking's quote as JSON, and a month's
/// invoice reads thousands of them: this single pass over the bytes is many times quicker than `JSONDecoder`.
/// Numbers are whole (money is minor units); a fraction or exponent is refused.
enum JSONReader {
    static func parse(_ text: String) -> JSONValue? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        var i = 0
        guard let value = parseValue(bytes, &i) else { return nil }
        skipSpace(bytes, &i)
        return i == bytes.count - 1 ? value : nil
    }

    private static func skipSpace(_ b: [UInt8], _ i: inout Int) {
        while b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 }
    }

    private static func parseValue(_ b: [UInt8], _ i: inout Int) -> JSONValue? {
        skipSpace(b, &i)
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var fields: [(String, JSONValue)] = []
            skipSpace(b, &i)
            if b[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
            while true {
                skipSpace(b, &i)
                guard b[i] == UInt8(ascii: "\""), let key = parseString(b, &i) else { return nil }
                skipSpace(b, &i)
                guard b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let value = parseValue(b, &i) else { return nil }
                fields.append((key, value))
                skipSpace(b, &i)
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace(b, &i)
            if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                guard let value = parseValue(b, &i) else { return nil }
                items.append(value)
                skipSpace(b, &i)
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        case UInt8(ascii: "\""):
            return parseString(b, &i).map(JSONValue.string)
        case UInt8(ascii: "t"): return literal(b, &i, "true", .bool(true))
        case UInt8(ascii: "f"): return literal(b, &i, "false", .bool(false))
        case UInt8(ascii: "n"): return literal(b, &i, "null", .null)
        default:
            var negative = false
            if b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            guard b[i] >= 48 && b[i] <= 57 else { return nil }
            var value: Int64 = 0
            while b[i] >= 48 && b[i] <= 57 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(b[i] - 48))
                guard !o1, !o2 else { return nil }
                value = s
                i += 1
            }
            guard b[i] != UInt8(ascii: "."), b[i] != UInt8(ascii: "e"), b[i] != UInt8(ascii: "E") else { return nil }
            return .int(negative ? -value : value)
        }
    }

    private static func literal(_ b: [UInt8], _ i: inout Int, _ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard i + count < b.count else { return nil }
        for k in 0..<count where b[i + k] != word.utf8Start[k] { return nil }
        i += count
        return value
    }

    private static func parseString(_ b: [UInt8], _ i: inout Int) -> String? {
        i += 1  // opening quote
        var out: [UInt8] = []
        while true {
            let c = b[i]
            if c == 0 && i == b.count - 1 { return nil }
            if c == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            i += 1
            switch b[i] {
            case UInt8(ascii: "\""): out.append(34)
            case UInt8(ascii: "\\"): out.append(92)
            case UInt8(ascii: "/"): out.append(47)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(b, i + 1) else { return nil }
                i += 4
                // A surrogate pair for characters beyond the basic plane.
                if (0xD800...0xDBFF).contains(scalar), b[i + 1] == 92, b[i + 2] == UInt8(ascii: "u"), let low = hex4(b, i + 3),
                    (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default: return nil
            }
            i += 1
        }
    }

    private static func hex4(_ b: [UInt8], _ at: Int) -> UInt32? {
        guard at + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = b[at + k]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 97...102: d = UInt32(c - 87)
            case 65...70: d = UInt32(c - 55)
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.0 == key }?.1
    }

    var intValue: Int64? { if case .int(let v) = self { return v } else { return nil } }
    var stringValue: String? { if case .string(let v) = self { return v } else { return nil } }
    var arrayValue: [JSONValue]? { if case .array(let v) = self { return v } else { return nil } }
}
