/// One piece of a request line.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Lower-cased letters; apostrophes are dropped so "what's" and "whats" agree.
        case word
        /// Digits, possibly with one inner separator: 9, 9:30, 2.5, 3/12.
        case number
        /// Any other single visible character: # £ $ € - , ? ! and so on.
        case symbol
    }

    public let text: String
    public let kind: Kind
    /// Byte range in the original line, for showing what was recognised.
    public let start: Int
    public let end: Int
    /// The word's number in the grammar's vocabulary; -1 for words it does not know and for non-words.
    public internal(set) var word: Int32 = -1
    /// Written with an apostrophe ("we'd", "it's"): a contraction, never a day or month ("we'd" is not "Wed").
    public internal(set) var contracted = false
    /// The number of the word with a plural ending dropped ("agents" → "agent"); the word's own otherwise.
    public internal(set) var singular: Int32 = -1

    /// The tokenizer's reading of `integer`, asked for many times a line: the value, -1 for none (every
    /// word and symbol the tokenizer makes), -2 when not read yet (a token made elsewhere), -3 for a clock time no day has ("25:00", "13:75").
    var wholeNumber: Int32 = -2

    /// Written as a clock time, hh:mm, that no day has: past 24:00, or 60 minutes or more.
    var isImpossibleClock: Bool { wholeNumber == -3 }

    /// The whole value of a plain integer token ("12" → 12); nil for 9:30, 2.5, or words.
    public var integer: Int? {
        if wholeNumber != -2 { return wholeNumber >= 0 ? Int(wholeNumber) : nil }
        return Token.readInteger(kind: kind, text: text)
    }

    static func readInteger(kind: Kind, text: String) -> Int? {
        guard kind == .number, text.utf8.count <= 9 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// For a number with an inner separator, the two sides: "9:30" → (9, ":", 30, digits of the right side).
    public var pair: (left: Int, separator: UInt8, right: Int, rightDigits: Int)? {
        // A plain integer the tokenizer read has no separator: asked of most tokens, answered inline.
        @inline(__always) get {
            guard kind == .number, wholeNumber < 0 else { return nil }
            return readPair()
        }
    }

    private func readPair() -> (left: Int, separator: UInt8, right: Int, rightDigits: Int)? {
        // Over the text's bytes in place where they lie together (a token's always do): stepping through
        // `utf8` costs several times as much per byte.
        text.utf8.withContiguousStorageIfAvailable { Token.readPair($0) } ?? Token.readPair(text.utf8)
    }

    private static func readPair<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (left: Int, separator: UInt8, right: Int, rightDigits: Int)? {
        var left = 0, right = 0, separator: UInt8 = 0, rightDigits = 0, seenLeft = 0
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                if separator == 0 {
                    guard seenLeft < 9 else { return nil }
                    left = left * 10 + Int(byte - 48); seenLeft += 1
                } else {
                    guard rightDigits < 9 else { return nil }
                    right = right * 10 + Int(byte - 48); rightDigits += 1
                }
            } else if separator == 0 {
                separator = byte
            } else {
                return nil
            }
        }
        guard separator != 0, rightDigits > 0 else { return nil }
        return (left, separator, right, rightDigits)
    }
}

/// Splits a line into tokens in one pass over its UTF-8 bytes.
/// Letters and digits part company ("9am" → "9" "am", "3rd" → "3" "rd"), so that the
/// recognisers see units and suffixes as words of their own.
public enum Tokenizer {
    public static func tokenize(_ line: String) -> [Token] { tokenize(line, vocabulary: Vocabulary()) }

    /// Tokens numbered by `vocabulary`, read from the line's own bytes. To an empty vocabulary every word is unknown.
    static func tokenize(_ line: String, vocabulary: Vocabulary) -> [Token] {
        vocabulary.withLookup { tokenize(line, lookup: $0) }
    }

    /// Tokens numbered by the vocabulary whose tables `lookup` holds open.
    static func tokenize(_ line: String, lookup: Vocabulary.Lookup) -> [Token] {
        var line = line
        return line.withUTF8 { tokenize(bytes: $0, lookup: lookup) }
    }

    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, lookup: Vocabulary.Lookup) -> [Token] {
        let n = bytes.count
        var tokens: [Token] = []
        // A token and the space after it are two bytes at least, so the array rarely grows while it fills.
        tokens.reserveCapacity(n / 2 + 2)
        // A word's lower-cased letters, written in place: no buffer grows a byte at a time. Eight bytes
        // more than the line, zeroed, so a word's first eight bytes can always be read as one number.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 8) { word in
            word.initialize(repeating: 0)
            var i = 0
            while i < n {
                let b = bytes[i]
                if isDigit(b) {
                    let start = i
                    var j = i + 1
                    var separators = 0
                    var colon = -1
                    while j < n {
                        let c = bytes[j]
                        if isDigit(c) { j += 1; continue }
                        if (c == 58 || c == 46 || c == 47) && separators == 0 && j + 1 < n && isDigit(bytes[j + 1]) {
                            if c == 58 { colon = j }
                            separators += 1; j += 1; continue
                        }
                        break
                    }
                    let digits = UnsafeBufferPointer(rebasing: bytes[start..<j])
                    let whole = separators == 0 && j - start <= 9 ? digitValue(digits) : -1
                    // Most numbers in a request are hours, days and counts: their text is made once, not per line.
                    let small = whole >= 0 && whole < 100 && (j - start == 1 || (j - start == 2 && bytes[start] != 48))
                    var token = Token(
                        text: small ? smallNumbers[whole] : String(decoding: digits, as: UTF8.self), kind: .number, start: start, end: j)
                    token.wholeNumber = Int32(whole)
                    // "25:00", "13:75", "24:30": one or two digits, a colon and two more.
                    if colon > start, colon - start <= 2, j - colon == 3 {
                        let hour = colon - start == 2 ? Int(bytes[start] - 48) * 10 + Int(bytes[start + 1] - 48) : Int(bytes[start] - 48)
                        let minute = Int(bytes[colon + 1] - 48) * 10 + Int(bytes[colon + 2] - 48)
                        if hour > 24 || minute > 59 || (hour == 24 && minute > 0) { token.wholeNumber = -3 }
                    }
                    tokens.append(token)
                    i = j
                } else if isLetter(b) {
                    let start = i
                    var count = 0
                    var j = i
                    var contracted = false
                    // The word is hashed as it is read, so the lookup need not read it again.
                    var hash = Vocabulary.hashStart
                    while true {
                        // A run of letters, in a loop of its own: most of a line's bytes are read here.
                        while j < n {
                            let lower = bytes[j] | 0x20
                            guard lower &- 97 < 26 else { break }
                            word[count] = lower
                            hash = Vocabulary.hashStep(hash, lower)
                            count &+= 1
                            j &+= 1
                        }
                        guard j < n else { break }
                        let c = bytes[j]
                        if c == 39 && j + 1 < n && isLetter(bytes[j + 1]) {
                            j += 1  // it's → its
                            contracted = true
                        } else if c == 0xE2 && j + 3 < n && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99 && isLetter(bytes[j + 3]) {
                            j += 3  // typographic apostrophe
                            contracted = true
                        } else {
                            break
                        }
                    }
                    let letters = UnsafeMutableBufferPointer(rebasing: word[0..<count])
                    let id = lookup.id(UnsafeBufferPointer(letters), hash: hash, head: head(word, count))
                    // A known word's text is the vocabulary's own string, not a new one. Made in place.
                    tokens.append(
                        Token(
                            text: id >= 0 ? lookup.word(id) : String(decoding: letters, as: UTF8.self), kind: .word,
                            start: start, end: j, word: id, contracted: contracted,
                            singular: singular(letters, id, lookup), wholeNumber: -1))
                    i = j
                } else if b == 32 || b == 9 || b == 10 || b == 13 {
                    i += 1
                } else {
                    // One visible character, whole even when it is several bytes (£ is two, € three).
                    let start = i
                    var j = i + 1
                    if b >= 0xC0 { while j < n && bytes[j] & 0xC0 == 0x80 { j += 1 } }
                    let symbol = UnsafeBufferPointer(rebasing: bytes[start..<j])
                    let id = lookup.id(symbol, hash: Vocabulary.hashState(symbol), head: Vocabulary.head(symbol))
                    var token = Token(
                        text: id >= 0 ? lookup.word(id) : String(decoding: symbol, as: UTF8.self), kind: .symbol, start: start, end: j)
                    token.word = id
                    token.wholeNumber = -1
                    tokens.append(token)
                    i = j
                }
            }
            return tokens
        }
    }

    /// `Vocabulary.head` of the word's `count` letters at the start of `word`, read in one load: the buffer
    /// has eight bytes past any word, and the bytes past this one are masked off.
    @inline(__always) private static func head(_ word: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> UInt64 {
        let all = UnsafeRawPointer(word.baseAddress!).loadUnaligned(as: UInt64.self).littleEndian
        return count >= 8 ? all : all & ((1 << UInt64(8 * count)) - 1)
    }

    /// "0" to "99", as a number token's text.
    private static let smallNumbers = (0..<100).map { String($0) }

    /// The value of a run of at most nine digits.
    @inline(__always) private static func digitValue(_ digits: UnsafeBufferPointer<UInt8>) -> Int {
        var value = 0
        for byte in digits { value = value * 10 + Int(byte - 48) }
        return value
    }

    /// The number of the word with a plural ending dropped, when it ends in s ("ies" → "y"); the word's own otherwise.
    /// Answered in place for the words that end in no plural s, most of them; looked up in `pluralStem` otherwise.
    @inline(__always) private static func singular(_ word: UnsafeMutableBufferPointer<UInt8>, _ id: Int32, _ lookup: Vocabulary.Lookup) -> Int32 {
        let n = word.count
        guard n >= 3, word[n - 1] == 115, word[n - 2] != 115 else { return id }
        return pluralStem(word, lookup)
    }

    /// The number of the word without its plural ending; the word ends in s and is three letters or more.
    private static func pluralStem(_ word: UnsafeMutableBufferPointer<UInt8>, _ lookup: Vocabulary.Lookup) -> Int32 {
        let n = word.count
        if word[n - 2] == 101, word[n - 3] == 105 {
            let kept = word[n - 3]
            word[n - 3] = 121  // "deliveries" → "delivery"
            defer { word[n - 3] = kept }
            let stem = UnsafeBufferPointer(rebasing: word[0..<(n - 2)])
            return lookup.id(stem, hash: Vocabulary.hashState(stem), head: Vocabulary.head(stem))
        }
        let stem = UnsafeBufferPointer(rebasing: word[0..<(n - 1)])
        return lookup.id(stem, hash: Vocabulary.hashState(stem), head: Vocabulary.head(stem))
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// ASCII letters, plus the letters of other scripts, except the symbols we read as punctuation.
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        // Setting bit 5 lower-cases A-Z and leaves a-z as they are; nothing else lands in a-z.
        (b | 0x20) &- 97 < 26
    }
}
