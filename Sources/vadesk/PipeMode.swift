import DeskKit

/// One reply per input line, no prompt, banner or colour; text or JSON out.
struct PipeMode {
    let desk: Desk
    let json: Bool
    /// `--yes`: at the end of input, a question waiting for yes or no is answered yes.
    let acceptAtEnd: Bool

    /// Runs to the end of input; returns the exit status.
    func run() -> Int32 {
        var reader = LineReader(fd: 0)
        // Text replies need no encoder, nor the catalogue it is made with.
        let encoder = json ? ReplyJSON(time: desk.time, catalogue: desk.catalogue) : nil
        var batch = ReplyBatch(store: desk.store)
        batch.begin()
        // Counted as read, blank and comment lines too, so a message can say which line of the input it means.
        var lineNumber = 0
        while true {
            if let status = signalStatus() { return batch.close(status) }
            let reply: Reply
            // Replies go out whenever the input runs dry, so a caller waiting for one gets it at once.
            let event = reader.next(beforeWaiting: { batch.flush() })
            if let status = batch.stopped { return status }
            switch event {
            case .end:
                finish(encoder, &batch)
                return batch.close(0)
            case .interrupted:
                return batch.close(signalStatus() ?? 0)
            case .tooLong(let start, let count):
                lineNumber += 1
                reply = desk.refuse(.tooLong(count), input: InputCheck.echo(start, count: count))
            case .line(let bytes):
                lineNumber += 1
                if PipeMode.isSkipped(bytes) { continue }
                reply = desk.respond(toBytes: bytes)
            }
            add(reply, to: &batch, encoder)
            if reply.storageFailed {
                let status = batch.close(74)
                // Going on would answer lines that cannot be kept; the caller sees where it stopped.
                Platform.error("stopped: \(reply.error?.dropFirst("storage: ".count) ?? ""). The lines answered before this one are stored.")
                return status
            }
            if reply.endsSession {
                let status = batch.close(0)
                Platform.error("stopped at line \(lineNumber) (\"\(reply.input)\"), as asked; the rest of the input was not read")
                return status
            }
            if batch.isFull, !batch.flush() { return batch.stopped ?? 0 }
        }
    }

    private func add(_ reply: Reply, to batch: inout ReplyBatch, _ encoder: ReplyJSON?) {
        if let encoder {
            batch.addJSON { encoder.write(reply, to: &$0) }
        } else {
            batch.add(reply.text + "\n")
        }
    }

    /// End of input with a confirmation still asked: `--yes` accepts it; otherwise nothing is committed, and stderr says so.
    private func finish(_ encoder: ReplyJSON?, _ batch: inout ReplyBatch) {
        guard desk.awaiting == .confirmation else { return }
        if acceptAtEnd, let reply = desk.acceptPendingConfirmation() {
            add(reply, to: &batch, encoder)
        } else {
            Platform.error("input ended with a question unanswered; nothing was committed for it (--yes would accept it)")
        }
    }

    /// Blank lines and comments ("# note", "#") are skipped; "#3 is done" is a request.
    static func isSkipped(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.firstIndex(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return true }
        guard bytes[first] == 35 else { return false }
        let next = first + 1
        return next >= bytes.count || !(bytes[next] >= 48 && bytes[next] <= 57)
    }

    /// 130 after SIGINT, 143 after SIGTERM: the shell's convention of 128 + signal number.
    private func signalStatus() -> Int32? {
        if Platform.interrupted != 0 { return 130 }
        if Platform.terminated != 0 { return 143 }
        return nil
    }
}
