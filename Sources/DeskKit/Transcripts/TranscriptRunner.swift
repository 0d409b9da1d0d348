import Foundation
import Understanding

/// Replays transcripts, each on a fresh, empty store with the clock and zone of its header.
public struct TranscriptRunner: Sendable {
    public struct Result: Sendable {
        public let path: String
        public let passed: Bool
        /// A unified diff of expected against actual; empty when it passed.
        public let diff: String
        /// The transcript as the desk answers it now, for `--update`.
        public let actual: Transcript
        /// Set when the transcript could not be run at all.
        public let problem: String?
    }

    let files: [(name: String, text: String)]
    let grammar: Grammar
    let catalogue: Catalogue
    /// A new, empty store for each transcript: the backend the transcripts are replayed on.
    let makeStore: @Sendable () throws -> any DeskStore

    public init(
        files: [(name: String, text: String)] = IntentFiles.builtIn,
        makeStore: @escaping @Sendable () throws -> any DeskStore
    ) throws {
        self.files = files
        self.makeStore = makeStore
        grammar = try Grammar(files: files)
        catalogue = try Catalogue(files: files, holidays: grammar.holidays)
    }

    /// Transcript files under the paths given: files as they are, folders searched for *.transcript.
    public static func collect(_ paths: [String]) throws -> [String] {
        var found: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw StoreError("no such file or folder: \(path)")
            }
            if isFolder.boolValue {
                let walker = fm.enumerator(atPath: path)
                var inFolder: [String] = []
                while let item = walker?.nextObject() as? String {
                    if item.hasSuffix(".transcript") { inFolder.append((path as NSString).appendingPathComponent(item)) }
                }
                found += inFolder.sorted()
            } else {
                found.append(path)
            }
        }
        return found
    }

    public func run(path: String) -> Result {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return failure(path, "cannot read \(path) as UTF-8 text")
        }
        return run(Transcript(text: text), path: path)
    }

    /// Replays `expected`; `eachReply` sees every reply as the desk gave it (for checking what else a reply carries).
    public func run(_ expected: Transcript, path: String, eachReply: (Reply) -> Void = { _ in }) -> Result {
        guard let now = expected.now else { return failure(path, "the header needs a line like '# now: 2026-11-30T09:00'") }
        guard let zoneName = expected.timeZone, let zone = TimeZone(identifier: zoneName) else {
            return failure(path, "the header needs a line like '# tz: Europe/London' naming a known time zone")
        }
        let time = DeskTime(zone: zone)
        let desk: Desk
        let clock = MovableClock(time.instant(now))
        do {
            let store = try makeStore()
            desk = Desk(grammar: grammar, catalogue: catalogue, store: store, clock: clock, time: time)
            try TranscriptRunner.addStaff(expected.header, to: desk)
        } catch {
            return failure(path, "cannot start a desk: \(error)")
        }
        var actual = Transcript(header: expected.header, turns: [])
        for (index, turn) in expected.turns.enumerated() {
            // "> # now: 2026-12-02T18:00" lets time pass, so work booked earlier can be done and invoiced.
            if turn.input.hasPrefix("# now:"), let later = LocalDateTime(iso: turn.input.dropFirst(6).trimmingCharacters(in: " ")) {
                // Time only passes: a clock set back would let the desk book the past and undo what was done.
                guard time.instant(later) >= clock.now() else {
                    let line = index < expected.lineNumbers.count ? "line \(expected.lineNumbers[index])" : "turn \(index + 1)"
                    let current = time.local(clock.now())
                    return failure(
                        path, "\(line): '\(turn.input)' moves the desk's clock back from \(current); a transcript's clock can only move forward")
                }
                clock.move(to: time.instant(later))
                actual.turns.append(
                    Transcript.Turn(input: turn.input, reply: "(the desk's clock is now \(later.date.short), \(Clock24.format(later.minute)))"))
                continue
            }
            let reply = desk.respond(to: turn.input)
            eachReply(reply)
            actual.turns.append(Transcript.Turn(input: turn.input, reply: reply.text))
            if reply.endsSession { break }
        }
        let passed = actual.turns == expected.turns
        let diff = passed ? "" : LineDiff.unified(expected.text, actual.text, from: "\(path) (expected)", to: "\(path) (actual)")
        return Result(path: path, passed: passed, diff: diff, actual: actual, problem: nil)
    }

    /// `# staff: Sarah Khan | receptionist,customer_service | Europe/London | Mon-Fri 09:00-17:00 | 2026-12-14..2026-12-18`:
    /// the roster the conversation starts with (the leave is optional).
    static func addStaff(_ header: [String], to desk: Desk) throws {
        let roster = Roster(desk: desk)
        for line in header where line.hasPrefix("# staff:") {
            let fields = line.dropFirst(8).split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
            guard fields.count == 4 || fields.count == 5 else { throw StoreError("'\(line)' should be # staff: name | roles | tz | hours [| leave]") }
            // Leave in the header is part of the roster the conversation starts with, not a change it can undo.
            var person = try roster.assistant(name: fields[0], roles: fields[1], zone: fields[2], hours: fields[3])
            if fields.count == 5 { person.leave = [try Leave(fields[4])] }
            try roster.add(person)
        }
    }

    private func failure(_ path: String, _ problem: String) -> Result {
        Result(path: path, passed: false, diff: "", actual: Transcript(header: [], turns: []), problem: problem)
    }
}

/// A unified diff of two texts by lines, with three lines of context.
public enum LineDiff {
    public static func unified(_ a: String, _ b: String, from: String, to: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table, from the end.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op { case same(String), del(String), add(String) }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                ops.append(.same(x[i])); i += 1; j += 1
            } else if j < y.count, i == x.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                ops.append(.add(y[j])); j += 1
            } else {
                ops.append(.del(x[i])); i += 1
            }
        }
        var out = ["--- \(from)", "+++ \(to)"]
        let changed = ops.indices.filter { if case .same = ops[$0] { return false } else { return true } }
        var k = 0
        while k < changed.count {
            var lo = max(0, changed[k] - 3), hi = min(ops.count, changed[k] + 4)
            while k + 1 < changed.count, changed[k + 1] - 3 <= hi { k += 1; hi = min(ops.count, changed[k] + 4) }
            lo = max(0, lo)
            var oldLine = 1, newLine = 1
            for op in ops[..<lo] {
                switch op {
                case .same: oldLine += 1; newLine += 1;
                case .del: oldLine += 1;
                case .add: newLine += 1
                }
            }
            var oldCount = 0, newCount = 0
            var body: [String] = []
            for op in ops[lo..<hi] {
                switch op {
                case .same(let s): body.append(" " + s); oldCount += 1; newCount += 1
                case .del(let s): body.append("-" + s); oldCount += 1
                case .add(let s): body.append("+" + s); newCount += 1
                }
            }
            out.append("@@ -\(oldLine),\(oldCount) +\(newLine),\(newCount) @@")
            out += body
            k += 1
        }
        return out.joined(separator: "\n")
    }
}
