import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `vadesk` on a pseudo-terminal, as a person at a terminal would: keys go in,
/// everything the screen would show (prompts, echo, colour codes) comes back.
public final class Terminal {
    let process = Process()
    let master: Int32
    public private(set) var screen = ""

    public init(_ arguments: [String], environment: [String: String] = [:], columns: UInt16 = 80) throws {
        // Linux's pseudo-terminal multiplexer; TIOCSPTLCK and TIOCGPTN (not imported into Swift) unlock
        // the new terminal and give its number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENOTTY) }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: BuiltBinary.vadesk)
        process.arguments = arguments
        var env = BuiltBinary.environment(["TERM": "xterm", "HOME": NSTemporaryDirectory()])
        env["INPUTRC"] = "/dev/null"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Types text as it is: "\t" is Tab, "\r" is Enter, "\u{4}" is Ctrl-D.
    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the screen holds `text` (counted after `from` characters) or the time is up; true when it appeared.
    @discardableResult
    public func waitFor(_ text: String, after from: Int = 0, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if screen.dropFirst(from).contains(text) { return true }
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, 100) > 0 else {
                if !process.isRunning { break }
                continue
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            screen += String(decoding: chunk[0..<n], as: UTF8.self)
        }
        return screen.dropFirst(from).contains(text)
    }

    /// Ends the session with Ctrl-D and waits for the desk to leave; returns its exit status.
    public func finish() -> Int32 {
        // Ctrl-U empties the line, so Ctrl-D means end of input; the prompt must be showing for readline to read it.
        let mark = screen.count
        type("\u{15}")
        waitFor("desk>", after: max(0, mark - 40), seconds: 2)
        type("\u{4}")
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { waitFor("\u{0}", seconds: 0.2) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
