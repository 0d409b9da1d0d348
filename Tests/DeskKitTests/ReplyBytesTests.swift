import DeskKit
import DeskStoreSQLite
import Foundation
import Testing
import Understanding
import VadeskTestSupport

/// Replies are written straight to bytes; the bytes must be those the `JSONValue` tree gave, for every
/// reply of every transcript and of a fixed stream of pipe lines, and for the explanation of every line.
@Suite struct ReplyBytesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Transcripts").path

    @Test func transcriptRepliesAreTheTreesBytes() throws {
        let runner = try TranscriptRunner(makeStore: { try SQLiteDeskStore(path: nil) })
        let files = try TranscriptRunner.collect([Self.folder])
        #expect(files.count >= 12)
        let grammar = try Grammar(files: IntentFiles.builtIn)
        let catalogue = try Catalogue(files: IntentFiles.builtIn, holidays: grammar.holidays)
        var replies = 0, withBookings = 0, withQuote = 0, withWeek = 0, withSpend = 0, changes = 0
        for file in files {
            let transcript = Transcript(text: try String(contentsOfFile: file, encoding: .utf8))
            let time = DeskTime(zone: try #require(TimeZone(identifier: transcript.timeZone ?? "")))
            let direct = ReplyJSON(time: time, catalogue: catalogue), tree = ReplyJSONTree(time: time, catalogue: catalogue)
            _ = runner.run(transcript, path: file) { reply in
                replies += 1
                if !reply.bookings.isEmpty { withBookings += 1 }
                if reply.quote != nil { withQuote += 1 }
                if reply.week != nil { withWeek += 1 }
                if reply.spend != nil { withSpend += 1 }
                let expected = tree.encode(reply).serialized
                #expect(direct.json(reply) == expected, "\(file): \(reply.input)")
                Self.expectStoredJSONAsTheTreeWroteIt(reply)
            }
            for turn in transcript.turns {
                let now = try #require(transcript.now)
                let parse = grammar.parse(turn.input, now: now)
                let change = ExplainText.change(parse, grammar: grammar, now: now)
                if change != nil { changes += 1 }
                let written = JSONOutput.text { ReplyJSON.explain(parse, change: change, to: &$0) }
                #expect(written == ReplyJSONTree.explain(parse, change: change).serialized, "\(file): \(turn.input)")
            }
        }
        // Every part of the contract was written at least once.
        #expect(replies > 400)
        #expect(withBookings > 50 && withQuote > 10 && withWeek > 0 && withSpend > 0 && changes > 20)
    }

    @Test func pipeRepliesAreTheTreesBytes() throws {
        let desk = try makeDesk()
        let direct = ReplyJSON(time: desk.time, catalogue: desk.catalogue), tree = ReplyJSONTree(time: desk.time, catalogue: desk.catalogue)
        var stream = JSONOutput(), expected: [UInt8] = []
        for line in PipeLines.generate(count: 1_500) {
            let reply = desk.respond(to: line)
            stream.startLine()
            direct.write(reply, to: &stream)
            stream.bytes.append(10)
            tree.encode(reply).write(to: &expected)
            expected.append(10)
            Self.expectStoredJSONAsTheTreeWroteIt(reply)
            let parse = desk.grammar.parse(line, now: desk.localNow)
            #expect(ReplyJSON.explainJSON(parse) == ReplyJSONTree.explain(parse).serialized, "\(line)")
        }
        #expect(stream.bytes.count > 500_000)
        #expect(stream.bytes == expected)
    }

    /// The JSON the store keeps of a reply's bookings and quote: what older versions wrote and later ones read.
    static func expectStoredJSONAsTheTreeWroteIt(_ reply: Reply) {
        for booking in reply.bookings {
            #expect(StoredJSON.encode(booking) == StoredJSONTree.encode(booking), "\(reply.input)")
        }
        if let quote = reply.quote { #expect(StoredJSON.encode(quote) == StoredJSONTree.encode(quote), "\(reply.input)") }
    }

    @Test func timesAreWrittenAsTheStringFormWroteThem() {
        func reference(_ time: DeskTime, _ instant: Int64) -> String {
            let l = time.local(instant)
            let off = time.offset(at: instant)
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(l.date)T\(Clock24.format(l.minute)):00\(off < 0 ? "-" : "+")\(pad(abs(off) / 3600)):\(pad(abs(off) / 60 % 60))"
        }
        var checked = 0
        for zone in ["Europe/London", "America/St_Johns", "Asia/Kolkata", "Pacific/Chatham", "America/Los_Angeles"] {
            let time = DeskTime(zone: TimeZone(identifier: zone)!)
            // From the year 900 to 2400, and across this year's clock changes minute by minute.
            for instant in stride(from: Int64(-33_000_000_000), to: 13_500_000_000, by: 7_777_777)
                + Array(stride(from: 1_774_746_000, to: 1_774_753_200, by: 60))
            {
                #expect(time.iso(instant) == reference(time, instant), "\(zone) \(instant)")
                checked += 1
            }
        }
        #expect(checked > 30_000)
        #expect(DeskTime(zone: TimeZone(identifier: "America/St_Johns")!).iso(1_764_579_600) == "2025-12-01T05:30:00-03:30")
    }

    @Test func numbersAreWrittenAsTheTreeWritesThem() {
        for n: Int64 in [0, 7, -7, 10, -10, 99, 1_000_000, Int64.max, Int64.min, -9_007_199_254_740_993] {
            #expect(JSONOutput.text { $0.value(n) } == JSONValue.int(n).serialized)
        }
        let nested = JSONOutput.text { out in
            out.openObject()
            out.key("a")
            out.openArray()
            out.value(1 as Int?)
            out.openObject()
            out.closeObject()
            out.value("x \u{2028}")
            out.closeArray()
            out.field("b", nil as String?)
            out.field("c", false)
            out.closeObject()
        }
        #expect(
            nested == JSONValue.object([("a", .array([.int(1), .object([]), .string("x \u{2028}")])), ("b", .null), ("c", .bool(false))]).serialized)
    }
}

/// A fixed stream of an owner's lines for the pipe: bookings on weekdays, evenings, weekends and bank holidays,
/// quotes, lists, the week, budgets, changes, cancels, work done, an invoice, and text that needs escaping.
private enum PipeLines {
    static let roles = ["a receptionist", "a PA", "an admin assistant", "customer service cover", "IT support", "two packers"]
    static let times = ["9-5", "from 6pm to 11pm", "at 2pm for 3 hours", "in the morning", "for 90 minutes", "7am-10am", ""]
    static let days = ["tomorrow", "on Saturday", "next Sunday", "on 25 December", "on 28 December", "next Friday", "on 3 January 2027"]
    static let tasks = ["", " to sort the \"urgent\" post", " for the café launch 🚀", " to file notes\\scans", ""]
    static let others = [
        "what have I booked this week?", "show my week", "am I on budget?", "set my monthly budget to £2000",
        "show my bookings for tomorrow", "undo", "redo", "show the history", "what are your rates?",
        "yes", "no", "make it 3 hours", "actually Thursday", "hello", "invoice for December 2026"
    ]

    static func generate(count: Int) -> [String] {
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var lines: [String] = []
        var booked = 0
        while lines.count < count {
            switch next(10) {
            case 0..<5:
                lines.append("need \(roles[next(roles.count)]) \(days[next(days.count)]) \(times[next(times.count)])\(tasks[next(tasks.count)])")
                booked += 1
            case 5:
                lines.append("how much is \(roles[next(roles.count)]) \(days[next(days.count)]) \(times[next(times.count)])?")
            case 6:
                lines.append("cancel #\(1 + next(max(booked, 1)))")
            case 7:
                lines.append("#\(1 + next(max(booked, 1))) is done, took \(1 + next(6)) hours")
            default:
                lines.append(others[next(others.count)])
            }
        }
        return lines
    }
}
