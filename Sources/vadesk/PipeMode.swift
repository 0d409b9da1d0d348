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
        let encoder = ReplyJSON(time: desk.time, catalogue: desk.catalogue)
        while true {
            if let status = signalStatus() { return status }
            let reply: Reply
            switch reader.next() {
            case .end:
                finish(encoder)
                return 0
            case .interrupted:
                return signalStatus() ?? 0
            case .tooLong(let count):
                reply = desk.refuse(.tooLong(count), input: "")
            case .line(let bytes):
                if PipeMode.isSkipped(bytes) { continue }
                reply = desk.respond(toBytes: bytes)
            }
            let out = render(reply, encoder)
            // The reader went away: stop quietly, everything answered so far is stored.
            guard Platform.write(out, to: 1) else { return 0 }
            if reply.storageFailed {
                // Going on would answer lines that cannot be kept; the caller sees where it stopped.
                Platform.error("stopped: \(reply.error?.dropFirst("storage: ".count) ?? ""). The lines answered before this one are stored.")
                return 74
            }
            if reply.endsSession { return 0 }
        }
    }

    private func render(_ reply: Reply, _ encoder: ReplyJSON) -> String {
        json ? encoder.encode(reply).serialized + "\n" : reply.text + "\n"
    }

    /// End of input with a confirmation still asked: `--yes` accepts it; otherwise nothing is committed, and stderr says so.
    private func finish(_ encoder: ReplyJSON) {
        guard desk.awaiting == "confirmation" else { return }
        if acceptAtEnd, let reply = desk.acceptPendingConfirmation() {
            _ = Platform.write(render(reply, encoder), to: 1)
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
