import DeskKit

/// Replies held back until the lines they answer are on disk (group commit): the store syncs once
/// per batch instead of once per line, and no reply is shown before the sync that keeps its line.
struct ReplyBatch {
    let store: DeskStore
    /// The replies waiting, as bytes; JSON replies are written straight into it.
    private var out = JSONOutput()
    private var lines = 0
    /// The exit status once the run must stop: 74 when the disk failed, 0 when the reader went away.
    private(set) var stopped: Int32?

    /// A batch is written out at this many replies, or sooner when the input runs dry.
    static let maximumLines = 512
    static let maximumBytes = 1 << 18

    init(store: DeskStore) {
        self.store = store
        out.bytes.reserveCapacity(1 << 16)
    }

    /// Commits stop waiting for the disk one by one; without that the batch still works, just slower.
    func begin() {
        try? store.deferSyncing()
    }

    mutating func add(_ reply: String) {
        out.bytes.append(contentsOf: reply.utf8)
        lines += 1
    }

    /// A JSON reply and its line end, written straight into the batch.
    mutating func addJSON(_ write: (inout JSONOutput) -> Void) {
        out.startLine()
        write(&out)
        out.bytes.append(10)
        lines += 1
    }

    var isFull: Bool { lines >= ReplyBatch.maximumLines || out.bytes.count >= ReplyBatch.maximumBytes }

    /// Makes the batch's lines durable, then shows their replies. False when the run must stop.
    @discardableResult
    mutating func flush() -> Bool {
        guard stopped == nil else { return false }
        guard lines > 0 else { return true }
        do {
            try store.syncToDisk()
        } catch {
            Platform.error(
                "stopped: \(error). The last \(lines) replies are not shown, as their lines may not be on disk; the lines answered before them are stored."
            )
            stopped = 74
            return false
        }
        // The reader went away: stop quietly, everything answered so far is stored.
        guard Platform.write(out.bytes, to: 1) else {
            stopped = 0
            return false
        }
        out.bytes.removeAll(keepingCapacity: true)
        lines = 0
        return true
    }

    /// Flushes before the run ends with `status`; a disk failure on the way ends it with 74 instead.
    mutating func close(_ status: Int32) -> Int32 {
        flush()
        return stopped == 74 ? 74 : status
    }
}
