/// Every word the grammar knows, numbered, so that a line is looked up once per token and every
/// phrase table after that compares small integers instead of strings. Lookups hash the token's
/// bytes straight from the line (FNV-1a into an open-addressed table), with no String made for them.
public struct Vocabulary: Sendable {
    /// The number a token carries when its word is in no list.
    static let unknown: Int32 = -1

    /// Word n's text, which a token of that word shares instead of making its own.
    private var texts: [String] = []
    private var bytes: [UInt8] = []
    /// Word n is bytes[offsets[n] ..< offsets[n + 1]].
    private var offsets: [Int] = [0]
    /// Word n's first eight bytes as one number (`head`), so most words are compared in one step.
    private var heads: [UInt64] = []
    /// Open addressing: a word number, or -1 for an empty place.
    private var table: [Int32] = [-1]
    private var mask = 0

    public var count: Int { texts.count }

    /// Every word's text, by number.
    var words: [String] { texts }

    mutating func insert(_ word: String) {
        guard id(word) < 0 else { return }
        texts.append(word)
        appendBytes(of: word)
        if texts.count * 2 > table.count { rebuild() } else { place(Int32(texts.count - 1)) }
    }

    mutating func insert<S: Sequence<String>>(contentsOf words: S) {
        for word in words { insert(word) }
    }

    func id(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id($0) }
    }

    /// The text of word number `id`.
    @inline(__always) func word(_ id: Int32) -> String { texts[Int(id)] }

    /// The number of the word spelt by `buffer[0..<count]`.
    func id(_ buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        withLookup { $0.id(buffer, hash: Vocabulary.hashState(buffer), head: Vocabulary.head(buffer)) }
    }

    /// Calls `body` with the tables read in place, for a caller that looks up many words in a row (the
    /// tokenizer, once per line) and would otherwise pay for reaching the three arrays on every word.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        // Every place, offset and byte read is in range by construction, so the lookup, done for every
        // word of every line, reads the tables without checking each index.
        table.withUnsafeBufferPointer { table in
            offsets.withUnsafeBufferPointer { offsets in
                bytes.withUnsafeBufferPointer { bytes in
                    heads.withUnsafeBufferPointer { heads in
                        texts.withUnsafeBufferPointer { texts in
                            body(Lookup(table: table, offsets: offsets, bytes: bytes, heads: heads, texts: texts, mask: mask))
                        }
                    }
                }
            }
        }
    }

    /// The vocabulary's tables, valid inside `withLookup`.
    struct Lookup {
        let table: UnsafeBufferPointer<Int32>
        let offsets: UnsafeBufferPointer<Int>
        let bytes: UnsafeBufferPointer<UInt8>
        let heads: UnsafeBufferPointer<UInt64>
        let texts: UnsafeBufferPointer<String>
        let mask: Int

        /// The text of word number `id`.
        @inline(__always) func word(_ id: Int32) -> String { texts[Int(id)] }

        /// The number of the word spelt by `buffer`, whose `hashState` and `head` the caller has already computed.
        @inline(__always) func id(_ buffer: UnsafeBufferPointer<UInt8>, hash state: UInt64, head: UInt64) -> Int32 {
            let count = buffer.count
            var slot = Vocabulary.finish(state) & mask
            while true {
                let candidate = table[slot]
                if candidate < 0 { return Vocabulary.unknown }
                let start = offsets[Int(candidate)]
                if offsets[Int(candidate) + 1] - start == count && heads[Int(candidate)] == head {
                    // The first eight bytes are equal; a longer word compares the rest.
                    var k = 8
                    while k < count && bytes[start + k] == buffer[k] { k += 1 }
                    if k >= count { return candidate }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func appendBytes(of word: String) {
        let start = bytes.count
        bytes.append(contentsOf: word.utf8)
        offsets.append(bytes.count)
        heads.append(bytes.withUnsafeBufferPointer { Vocabulary.head(UnsafeBufferPointer(rebasing: $0[start...])) })
    }

    /// A word's first eight bytes (fewer for a shorter word, the rest zero) as one little-endian number.
    @inline(__always) static func head(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for k in 0..<min(buffer.count, 8) { head |= UInt64(buffer[k]) << UInt64(8 * k) }
        return head
    }

    private mutating func rebuild() {
        var size = 16
        while size < texts.count * 4 { size *= 2 }
        table = Array(repeating: -1, count: size)
        mask = size - 1
        for n in 0..<texts.count { place(Int32(n)) }
    }

    private mutating func place(_ n: Int32) {
        let start = offsets[Int(n)], end = offsets[Int(n) + 1]
        var slot = bytes.withUnsafeBufferPointer { Vocabulary.finish(Vocabulary.hashState(UnsafeBufferPointer(rebasing: $0[start..<end]))) } & mask
        table.withUnsafeMutableBufferPointer { table in
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = n
        }
    }

    /// FNV-1a over a word's bytes, one byte at a time, so the tokenizer can hash a word while it reads it.
    @inline(__always) static var hashStart: UInt64 { 0xcbf2_9ce4_8422_2325 }

    @inline(__always) static func hashStep(_ state: UInt64, _ byte: UInt8) -> UInt64 { (state ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inline(__always) static func hashState(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashStart
        for b in buffer { h = hashStep(h, b) }
        return h
    }

    /// The table place a hash state starts looking at, before the mask.
    @inline(__always) static func finish(_ state: UInt64) -> Int { Int(truncatingIfNeeded: state ^ (state >> 29)) }

    /// A flag per word number, set for the words given.
    func flags<S: Sequence<String>>(_ words: S) -> [Bool] {
        var flags = [Bool](repeating: false, count: count)
        for word in words { let i = id(word); if i >= 0 { flags[Int(i)] = true } }
        return flags
    }
}

extension Vocabulary: Archivable {
    /// The words in number order: their lengths, then their bytes in one run, which is read in one copy and
    /// shared by the words' texts. The lookup table is laid out again from them.
    func write(to writer: inout ArchiveWriter) {
        writer.int(texts.count)
        for n in texts.indices { writer.int(offsets[n + 1] - offsets[n]) }
        writer.bytes(bytes)
    }

    init(from reader: inout ArchiveReader) {
        let count = reader.int()
        var offsets = [Int](repeating: 0, count: count + 1)
        for n in 0..<count { offsets[n + 1] = offsets[n] + reader.int() }
        let run = reader.bytes(offsets[count])
        self.offsets = offsets
        bytes = Array(run)
        texts = [String](unsafeUninitializedCapacity: count) { texts, initialized in
            for n in 0..<count {
                (texts.baseAddress! + n).initialize(
                    to: String(decoding: UnsafeBufferPointer(rebasing: run[offsets[n]..<offsets[n + 1]]), as: UTF8.self))
            }
            initialized = count
        }
        heads = [UInt64](unsafeUninitializedCapacity: count) { heads, initialized in
            for n in 0..<count { heads[n] = Vocabulary.head(UnsafeBufferPointer(rebasing: run[offsets[n]..<offsets[n + 1]])) }
            initialized = count
        }
        rebuild()
        reader.vocabularyWords = texts
    }
}
