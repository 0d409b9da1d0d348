/// Compact JSON written straight into a byte buffer, field by field, with no value tree on the way:
/// the replies of a pipe are written this way, one per line. The bytes are those `JSONValue.write`
/// gives for the same fields in the same order (strings escaped by the same `JSONValue.escape`).
public struct JSONOutput {
    public var bytes: [UInt8]
    /// A value has been written at this level, so the next key or element needs a comma before it.
    private var afterValue = false

    public init(bytes: [UInt8] = []) { self.bytes = bytes }

    /// The JSON text of what `body` writes.
    public static func text(_ body: (inout JSONOutput) -> Void) -> String {
        var out = JSONOutput()
        out.bytes.reserveCapacity(512)
        body(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Starts a value on its own, as the next line of a stream of objects.
    public mutating func startLine() { afterValue = false }

    // MARK: Containers

    public mutating func openObject() { separate(); bytes.append(UInt8(ascii: "{")); afterValue = false }
    public mutating func closeObject() { bytes.append(UInt8(ascii: "}")); afterValue = true }
    public mutating func openArray() { separate(); bytes.append(UInt8(ascii: "[")); afterValue = false }
    public mutating func closeArray() { bytes.append(UInt8(ascii: "]")); afterValue = true }

    /// A key; the value written next is its value. Keys are the contract's plain ASCII names, which need no escaping.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterValue = false
    }

    // MARK: Values (as array elements, or after a key)

    public mutating func null() { separate(); bytes.append(contentsOf: JSONOutput.nullBytes); afterValue = true }

    public mutating func value(_ b: Bool) {
        separate()
        bytes.append(contentsOf: b ? JSONOutput.trueBytes : JSONOutput.falseBytes)
        afterValue = true
    }

    public mutating func value(_ s: String?) {
        guard let s else { return null() }
        separate()
        JSONValue.escape(s, into: &bytes)
        afterValue = true
    }

    public mutating func value(_ i: Int64?) {
        guard let i else { return null() }
        separate()
        // Digits written backwards into a small buffer, then copied: the same text as `String(i)`, without making one.
        var magnitude = i.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = 20
            repeat {
                n -= 1
                digits[n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if i < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[n..<20]))
        }
        afterValue = true
    }

    public mutating func value(_ i: Int?) { value(i.map(Int64.init)) }

    // MARK: Fields: a key and its value

    public mutating func field(_ name: StaticString, _ s: String?) { key(name); value(s) }
    public mutating func field(_ name: StaticString, _ i: Int64?) { key(name); value(i) }
    public mutating func field(_ name: StaticString, _ i: Int?) { key(name); value(i) }
    public mutating func field(_ name: StaticString, _ b: Bool) { key(name); value(b) }

    /// A string whose bytes `body` appends and which needs no escaping (digits and ASCII punctuation, as in a time).
    public mutating func plainString(_ body: (inout [UInt8]) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        body(&bytes)
        bytes.append(UInt8(ascii: "\""))
        afterValue = true
    }

    /// A value already made as a tree, for the few places that build one.
    public mutating func value(_ tree: JSONValue) {
        separate()
        tree.write(to: &bytes)
        afterValue = true
    }

    private mutating func separate() {
        if afterValue { bytes.append(UInt8(ascii: ",")) }
    }

    private static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
}
