import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every libc call the executable makes: terminals, signals, the environment, raw I/O.
enum Platform {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }

    /// Colour only on a terminal, and never under NO_COLOR or TERM=dumb. An empty NO_COLOR does not
    /// count (no-color.org): `environment` reads an empty value as unset.
    static func colourAllowed(fd: Int32) -> Bool {
        guard isTerminal(fd), environment("NO_COLOR") == nil else { return false }
        return environment("TERM") != "dumb"
    }

    // MARK: Signals

    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) static var terminated: sig_atomic_t = 0
    /// The self-pipe: the handler writes a byte to `wakeWrite`, so a wait on `wakeRead` cannot miss
    /// a signal that lands between checking the flags and starting to wait.
    nonisolated(unsafe) static var wakeRead: Int32 = -1
    nonisolated(unsafe) static var wakeWrite: Int32 = -1

    /// SIGINT and SIGTERM only raise flags and wake the input wait, so that the line
    /// in progress is finished and the store is left whole. SIGPIPE is ignored: a closed
    /// reader shows up as a failed write, and the desk then ends quietly.
    static func installSignalHandlers() {
        signal(SIGPIPE, SIG_IGN)
        // Over a file size limit (ulimit -f) a write fails with EFBIG instead of killing the desk, so the
        // line is answered with a storage error and the desk stops cleanly, like on a full disk.
        signal(SIGXFSZ, SIG_IGN)
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            wakeRead = ends[0]
            wakeWrite = ends[1]
        }
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { signal in Platform.noteSignal(signal) }
        #else
            action.__sigaction_u.__sa_handler = { signal in Platform.noteSignal(signal) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a read in progress returns EINTR
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        // A parent may start us with these blocked (a child inherits its mask); they would then
        // never arrive and the desk could not be stopped.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        sigaddset(&stopping, SIGINT)
        sigaddset(&stopping, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &stopping, nil)
    }

    /// Runs inside the signal handler: only async-signal-safe work (a flag, a one-byte write).
    private static func noteSignal(_ signal: Int32) {
        let savedErrno = errno
        if signal == SIGINT { interrupted = 1 } else { terminated = 1 }
        if wakeWrite >= 0 {
            var byte: UInt8 = 1
            _ = Glibc.write(wakeWrite, &byte, 1)
        }
        errno = savedErrno
    }

    static var signalled: Bool { interrupted != 0 || terminated != 0 }

    /// Waits until `fd` has input (true) or a SIGINT/SIGTERM arrives (false).
    /// Empties the signal pipe once its wake-up has been seen.
    static func drainWakePipe() {
        guard wakeRead >= 0 else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        let flags = fcntl(wakeRead, F_GETFL)
        _ = fcntl(wakeRead, F_SETFL, flags | O_NONBLOCK)
        while bytes.withUnsafeMutableBytes({ Glibc.read(wakeRead, $0.baseAddress, $0.count) }) > 0 {}
        _ = fcntl(wakeRead, F_SETFL, flags)
    }

    static func waitForInput(_ fd: Int32) -> Bool {
        while true {
            if signalled { return false }
            var fds = [
                pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)
            ]
            let ready = poll(&fds, wakeRead >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return true  // let the read report the problem
            }
            if signalled { return false }
            if fds[0].revents != 0 { return true }
        }
    }

    // MARK: Output

    /// Writes all bytes to a descriptor; false when the reader has gone (EPIPE) or the write failed.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        write(Array(text.utf8), to: fd)
    }

    static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            // Read-only access: a batch of replies is written without being copied first.
            let n = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    static func error(_ message: String) {
        write("vadesk: \(message)\n", to: 2)
    }

    // MARK: Files

    static var home: String { environment("HOME") ?? NSHomeDirectory() }

    /// $VAR/vadesk/name, else ~/fallback/vadesk/name (the XDG base directories). A relative $VAR is
    /// ignored, as the XDG specification says: it would point somewhere new in every folder.
    static func xdgPath(_ variable: String, fallback: String, name: String) -> String {
        let set = environment(variable).flatMap { $0.hasPrefix("/") ? $0 : nil }
        let base = set ?? (home as NSString).appendingPathComponent(fallback)
        return ((base as NSString).appendingPathComponent("vadesk") as NSString).appendingPathComponent(name)
    }

    /// Creates the folder of `path` (0700) and the file itself (0600) if missing.
    static func preparePrivateFile(_ path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if fd >= 0 { close(fd) }
    }
}
