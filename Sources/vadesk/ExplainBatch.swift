import DeskKit
import Understanding

/// `vadesk explain` with no text: each request line on stdin is explained in turn, one JSON object
/// per line (or one text block per line), each the same as the one-line form would print.
/// Blank and comment lines are skipped, as in pipe mode; a line that cannot be read as text
/// gets an object saying why, so every answered line keeps its place.
struct ExplainBatch {
    let grammar: Grammar
    let now: LocalDateTime
    let json: Bool

    func run() {
        var reader = LineReader(fd: 0)
        var out = JSONOutput()
        out.bytes.reserveCapacity(1 << 16)
        // Answers go out whenever the input runs dry, so a caller waiting for one gets it at once.
        let flush = { (out: inout JSONOutput) -> Bool in
            defer { out.bytes.removeAll(keepingCapacity: true) }
            return out.bytes.isEmpty || Platform.write(out.bytes, to: 1)
        }
        while !Platform.signalled {
            var waited = true
            let event = reader.next(beforeWaiting: { waited = flush(&out) })
            if !waited { return }  // the reader went away
            switch event {
            case .end, .interrupted:
                _ = flush(&out)
                return
            case .tooLong(_, let count):
                refuse(.tooLong(count), into: &out)
            case .line(let bytes):
                if PipeMode.isSkipped(bytes) { continue }
                switch InputCheck.text(from: bytes) {
                case .success(let text): explain(text, into: &out)
                case .failure(let problem): refuse(problem, into: &out)
                }
            }
            if out.bytes.count >= 1 << 18, !flush(&out) { return }
        }
    }

    private func explain(_ text: String, into out: inout JSONOutput) {
        let parse = grammar.parse(text, now: now)
        if json {
            out.startLine()
            ReplyJSON.explain(parse, change: ExplainText.change(parse, grammar: grammar, now: now), to: &out)
            out.bytes.append(10)
        } else {
            out.bytes.append(contentsOf: ExplainText.render(parse, grammar: grammar, now: now).utf8)
            out.bytes.append(contentsOf: "\n\n".utf8)
        }
    }

    private func refuse(_ problem: InputProblem, into out: inout JSONOutput) {
        Platform.error(problem.message)
        if json {
            out.startLine()
            out.openObject()
            out.key("input")
            out.null()
            out.field("intent", "invalid")
            out.key("rule")
            out.null()
            out.field("error", problem.code)
            out.closeObject()
            out.bytes.append(10)
        } else {
            out.bytes.append(contentsOf: "intent:  invalid (\(problem.code))\n\n".utf8)
        }
    }
}
