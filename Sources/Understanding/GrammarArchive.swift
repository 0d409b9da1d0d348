/// The compact form of a built grammar: what `Grammar(files:)` computes from the text of Intents/, written
/// out at build time so that a start with the built-in rules reads numbers and words instead of tokenising
/// and checking every rule again.
///
/// Every byte is below 128 (numbers use 6 bits a byte, with 64 marking "more follows") except inside words,
/// which are UTF-8 as written, so the whole archive is valid UTF-8 and the binary can carry it as a string literal.
public enum GrammarArchive {
    /// Written first; a reader refuses any other start, so a stale archive cannot be misread.
    static let magic = "vadesk-grammar-4"
}

/// Writes values in the archive's format.
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 64 {
            bytes.append(UInt8(v & 63) | 64)
            v >>= 6
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A run of flags, one byte each, for `ArchiveReader.flags`.
    mutating func flags(_ values: [Bool]) {
        int(values.count)
        for value in values { bool(value) }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// Bytes as they are, for `ArchiveReader.bytes`; the reader knows how many from what came before.
    mutating func bytes(_ values: [UInt8]) { bytes.append(contentsOf: values) }

    mutating func write<T: Archivable>(_ value: T) { value.write(to: &self) }
}

/// Reads values in the order an `ArchiveWriter` wrote them. The archive is the binary's own, checked when it
/// was built, so a short or malformed one is a build fault: reading stops with a precondition failure.
struct ArchiveReader {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var at = 0
    /// The vocabulary's words once read, which phrase tables name by number.
    var vocabularyWords: [String] = []

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
    }

    var isAtEnd: Bool { at == count }

    mutating func int() -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            precondition(at < count, "grammar archive ends early")
            let b = base[at]
            at += 1
            v |= UInt64(b & 63) << shift
            if b & 64 == 0 { break }
            shift += 6
        }
        let n = Int64(bitPattern: v)
        return Int((n >> 1) ^ -(n & 1))
    }

    mutating func bool() -> Bool {
        precondition(at < count, "grammar archive ends early")
        defer { at += 1 }
        return base[at] != 0
    }

    mutating func string() -> String {
        let length = int()
        precondition(length >= 0 && at + length <= count, "grammar archive ends early")
        defer { at += length }
        return String(decoding: UnsafeBufferPointer(start: base + at, count: length), as: UTF8.self)
    }

    /// The next `count` bytes, in place.
    mutating func bytes(_ count: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(count >= 0 && at + count <= self.count, "grammar archive ends early")
        defer { at += count }
        return UnsafeBufferPointer(start: base + at, count: count)
    }

    /// A run of flags written one byte each, read without a call per flag.
    mutating func flags() -> [Bool] {
        let length = int()
        precondition(length >= 0 && at + length <= count, "grammar archive ends early")
        defer { at += length }
        let start = base + at
        return [Bool](unsafeUninitializedCapacity: length) { buffer, initialized in
            for k in 0..<length { buffer[k] = start[k] != 0 }
            initialized = length
        }
    }

    mutating func read<T: Archivable>(_: T.Type = T.self) -> T { T(from: &self) }
}

/// Writing and reading through one list of fields, for types whose fields are all `var`.
protocol ArchiveCoder {
    mutating func code<T: Archivable>(_ value: inout T)
}

extension ArchiveWriter: ArchiveCoder {
    mutating func code<T: Archivable>(_ value: inout T) { value.write(to: &self) }
}

extension ArchiveReader: ArchiveCoder {
    mutating func code<T: Archivable>(_ value: inout T) { value = T(from: &self) }
}

/// A value the grammar archive can hold.
protocol Archivable {
    func write(to writer: inout ArchiveWriter)
    init(from reader: inout ArchiveReader)
    /// Numbers a phrase table's words (see `PhraseTable.compile`); other values have none.
    mutating func compileWords(_ vocabulary: Vocabulary)
}

extension Archivable {
    mutating func compileWords(_ vocabulary: Vocabulary) {}
}

extension Int: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.int(self) }
    init(from reader: inout ArchiveReader) { self = reader.int() }
}

extension Int32: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.int(Int(self)) }
    init(from reader: inout ArchiveReader) { self = Int32(reader.int()) }
}

extension UInt8: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.int(Int(self)) }
    init(from reader: inout ArchiveReader) { self = UInt8(reader.int()) }
}

extension Bool: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.bool(self) }
    init(from reader: inout ArchiveReader) { self = reader.bool() }
}

extension String: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.string(self) }
    init(from reader: inout ArchiveReader) { self = reader.string() }
}

extension Array: Archivable where Element: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.int(count)
        for element in self { element.write(to: &writer) }
    }

    init(from reader: inout ArchiveReader) {
        let count = reader.int()
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(Element(from: &reader)) }
    }
}

/// Written in sorted order, so the archive is the same bytes on every build.
extension Set: Archivable where Element: Archivable & Comparable {
    func write(to writer: inout ArchiveWriter) { sorted().write(to: &writer) }
    init(from reader: inout ArchiveReader) { self.init([Element](from: &reader)) }
}

extension Optional: Archivable where Wrapped: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.bool(self != nil)
        if let self { self.write(to: &writer) }
    }

    init(from reader: inout ArchiveReader) {
        self = reader.bool() ? Wrapped(from: &reader) : nil
    }
}

extension ClosedRange: Archivable where Bound == Int {
    func write(to writer: inout ArchiveWriter) {
        writer.int(lowerBound)
        writer.int(upperBound)
    }

    init(from reader: inout ArchiveReader) {
        let low = reader.int(), high = reader.int()
        self = low...high
    }
}

extension CivilDate: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.int(year); writer.int(month); writer.int(day)
    }

    init(from reader: inout ArchiveReader) {
        let year = reader.int(), month = reader.int(), day = reader.int()
        self.init(year: year, month: month, day: day)
    }
}

extension LocalDateTime: Archivable {
    func write(to writer: inout ArchiveWriter) {
        date.write(to: &writer)
        writer.int(minute)
    }

    init(from reader: inout ArchiveReader) {
        let date = CivilDate(from: &reader)
        self.init(date: date, minute: reader.int())
    }
}

/// Closed sets are written by their position among their cases.
extension Lexicon.Modifier: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.bool(self == .next) }
    init(from reader: inout ArchiveReader) { self = reader.bool() ? .next : .this }
}

extension Intent: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.int(Intent.allCases.firstIndex(of: self)!) }
    init(from reader: inout ArchiveReader) { self = Intent.allCases[reader.int()] }
}

extension EntityKind: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.int(EntityKind.allCases.firstIndex(of: self)!) }
    init(from reader: inout ArchiveReader) { self = EntityKind.allCases[reader.int()] }
}
