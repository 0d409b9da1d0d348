#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every libc call the executable makes: terminals, signals, the environment, raw I/O.
enum Platform {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }

    /// Colour only on a terminal, and never under NO_COLOR or TERM=dumb.
    static func colourAllowed(fd: Int32) -> Bool {
        guard isTerminal(fd), getenv("NO_COLOR") == nil else { return false }
        return environment("TERM") != "dumb"
    }

    // MARK: Signals

    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) static var terminated: sig_atomic_t = 0

    /// SIGINT and SIGTERM only raise flags, and interrupt a blocking read, so that the line
    /// in progress is finished and the store is left whole. SIGPIPE is ignored: a closed
    /// reader shows up as a failed write, and the desk then ends quietly.
    static func installSignalHandlers() {
        signal(SIGPIPE, SIG_IGN)
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { signal in
            if signal == SIGINT { Platform.interrupted = 1 } else { Platform.terminated = 1 }
        }
        #else
        action.__sigaction_u.__sa_handler = { signal in
            if signal == SIGINT { Platform.interrupted = 1 } else { Platform.terminated = 1 }
        }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a read in progress returns EINTR
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
    }

    // MARK: Output

    /// Writes all bytes to a descriptor; false when the reader has gone (EPIPE) or the write failed.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
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

    /// $VAR/vadesk/name, else ~/fallback/vadesk/name (the XDG base directories).
    static func xdgPath(_ variable: String, fallback: String, name: String) -> String {
        let base = environment(variable) ?? (home as NSString).appendingPathComponent(fallback)
        return ((base as NSString).appendingPathComponent("vadesk") as NSString).appendingPathComponent(name)
    }

    /// Creates the folder of `path` (0700) and the file itself (0600) if missing.
    static func preparePrivateFile(_ path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if fd >= 0 { close(fd) }
    }
}
