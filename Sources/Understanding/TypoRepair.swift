/// The words misspelling repair may read a typed word as: weekdays, months, days, time words and the
/// words of roles, grouped by first letter so that a typed word is compared with a handful at most.
struct RepairTargets: Sendable {
    struct Target: Sendable {
        let bytes: [UInt8]
        let id: Int32
        /// The letters the word has, a bit each (`letterMask`).
        let letters: UInt32
    }

    private var byLetter: [[Target]] = Array(repeating: [], count: 26)

    init(words: Set<String>, vocabulary: Vocabulary) {
        for word in words.sorted() {
            let bytes = Array(word.utf8)
            let id = vocabulary.id(word)
            guard let first = bytes.first, first >= 97, first <= 122, id >= 0 else { continue }
            byLetter[Int(first - 97)].append(Target(bytes: bytes, id: id, letters: RepairTargets.letterMask(bytes)))
        }
    }

    /// A bit per letter (per low five bits of a byte) that the word holds.
    static func letterMask(_ bytes: [UInt8]) -> UInt32 {
        var mask: UInt32 = 0
        for byte in bytes { mask |= 1 << UInt32(byte & 31) }
        return mask
    }

    /// The one target nearest to `typed` within the allowed slips (one under seven letters, two from
    /// seven), with the same first letter; nil when none is, or when two targets are equally near.
    func nearest(_ typed: [UInt8]) -> (bytes: [UInt8], id: Int32)? {
        guard let first = typed.first, first >= 97, first <= 122 else { return nil }
        let allowed = typed.count >= 7 ? 2 : 1
        let letters = RepairTargets.letterMask(typed)
        var best: Target?
        var bestDistance = allowed + 1, tied = false
        for target in byLetter[Int(first - 97)] where abs(target.bytes.count - typed.count) <= allowed {
            // Each letter one word has and the other lacks costs a slip at least: most targets are ruled out
            // without measuring the distance.
            if (letters & ~target.letters).nonzeroBitCount > allowed || (target.letters & ~letters).nonzeroBitCount > allowed { continue }
            let distance = EditDistance.between(typed, target.bytes, limit: allowed)
            if distance < bestDistance {
                best = target; bestDistance = distance; tied = false
            } else if distance == bestDistance, distance <= allowed {
                tied = true
            }
        }
        guard !tied, let best else { return nil }
        return (best.bytes, best.id)
    }
}

extension Grammar.Tables {
    /// Reads misspelt words as the weekday, month, time word or role word they are one or two slips from
    /// ("wendsday", "tuseday", "febuary", "personel assistant", "IT suport"). Only words no list knows are
    /// tried: a known word is never "corrected" (`english.words` keeps ordinary words near a target known),
    /// nor a plural of one, a contraction, a word under five letters, or a word the line says twice (a name).
    func repair(_ tokens: inout [Token]) -> [Repair] {
        var repairs: [Repair] = []
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].word == Vocabulary.unknown {
            let token = tokens[i]
            guard token.singular == Vocabulary.unknown, !token.contracted, token.text.utf8.count >= 5 else { continue }
            // "Tuesdy's PA … Tuesdy will": the possessive of the word is the word again.
            // A word spelt the same is as unknown as this one.
            guard
                !tokens.indices.contains(where: {
                    $0 != i
                        && ((tokens[$0].word == Vocabulary.unknown && tokens[$0].text == token.text)
                            || (tokens[$0].contracted && tokens[$0].text == token.text + "s"))
                })
            else { continue }
            guard let target = repairTargets.nearest(Array(token.text.utf8)) else { continue }
            tokens[i].word = target.id
            tokens[i].singular = target.id
            repairs.append(Repair(typed: token.text, read: String(decoding: target.bytes, as: UTF8.self)))
        }
        return repairs
    }
}

extension RepairTargets: Archivable {
    func write(to writer: inout ArchiveWriter) {
        for targets in byLetter {
            writer.int(targets.count)
            for target in targets { writer.write(target.id) }
        }
    }

    /// Each target by its word number; its bytes are the vocabulary's.
    init(from reader: inout ArchiveReader) {
        for letter in byLetter.indices {
            let count = reader.int()
            for _ in 0..<count {
                let id = Int32(from: &reader)
                let bytes = Array(reader.vocabularyWords[Int(id)].utf8)
                byLetter[letter].append(Target(bytes: bytes, id: id, letters: RepairTargets.letterMask(bytes)))
            }
        }
    }
}
