import DeskKit

#if canImport(Glibc)
    import Glibc
#endif

/// Reads raw lines from a descriptor, without trusting them to be text or of sane length.
/// A line longer than the desk accepts is not kept whole: its first bytes (to echo) and its length are.
struct LineReader {
    enum Event {
        case line([UInt8])
        case tooLong(start: [UInt8], count: Int)
        case end
        /// A signal arrived while waiting for input.
        case interrupted
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var overlong = 0
    /// The first bytes of an over-long line, kept when the rest is dropped.
    private var overlongStart: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    /// The next line; `beforeWaiting` runs first whenever no whole line is buffered and the
    /// reader would wait for input, so that work held back for a batch is not held while idle.
    mutating func next(beforeWaiting: () -> Void = {}) -> Event {
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                compact()
                if overlong > 0 { return takeOverlong(adding: line.count) }
                return .line(line)
            }
            if finished {
                if start < buffer.count || overlong > 0 {
                    let line = Array(buffer[start...])
                    start = buffer.count
                    if overlong > 0 { return takeOverlong(adding: line.count) }
                    return .line(line)
                }
                return .end
            }
            // Keep memory flat for an endless line: count its bytes and drop them.
            if buffer.count - start > InputCheck.maximumBytes {
                if overlong == 0 { overlongStart = Array(buffer[start..<(start + InputCheck.echoedBytes)]) }
                overlong += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            beforeWaiting()
            guard Platform.waitForInput(fd) else { return .interrupted }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                finished = true
            } else if n == 0 {
                finished = true
            } else {
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }

    private mutating func takeOverlong(adding count: Int) -> Event {
        let event = Event.tooLong(start: overlongStart, count: overlong + count)
        overlong = 0
        overlongStart = []
        return event
    }

    private mutating func compact() {
        if start > 1 << 16 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
