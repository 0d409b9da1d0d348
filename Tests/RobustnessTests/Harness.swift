import DeskKit
import DeskStoreSQLite
import Foundation
import GRDB
import Understanding
import VadeskTestSupport

/// How hard the tests push: the CI counts by default, far more under VADESK_SOAK=1.
enum Soak {
    static let on = ProcessInfo.processInfo.environment["VADESK_SOAK"].map { $0 != "" && $0 != "0" } ?? false
    static func scale(_ normal: Int, soak: Int) -> Int { on ? soak : normal }
}

/// The desk's fixed clock for every process the tests start.
let clockArguments = ["--now", "2026-11-30T09:00", "--tz", "Europe/London"]

/// The `vadesk` binary built beside this test bundle (or VADESK_BINARY).
var vadeskBinary: String { BuiltBinary.vadesk }

/// A finished run of the binary: status and everything it printed.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    init(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:], executable: String = vadeskBinary) throws {
        let desk = try LiveDesk(arguments, environment: environment, executable: executable)
        desk.send(input)
        desk.closeInput()
        status = desk.wait()
        stdout = desk.output
        stderr = desk.errorOutput
    }

    init(_ arguments: [String], text: String, environment: [String: String] = [:]) throws {
        try self.init(arguments, input: Data(text.utf8), environment: environment)
    }
}

/// A running `vadesk` whose replies are read as they come, so a test can act mid-run
/// (kill it, signal it) and know exactly which lines had been answered by then.
final class LiveDesk: @unchecked Sendable {
    let process = Process()
    private let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    private let lock = NSCondition()
    private var out = Data()
    private var err = Data()
    private var readersDone = 0
    /// Input is written in order, off the test's thread, so a full pipe never blocks the test.
    private let inputQueue = DispatchQueue(label: "vadesk.test.input")

    init(_ arguments: [String], environment: [String: String] = [:], executable: String = vadeskBinary) throws {
        // Input sent to a desk that has stopped must fail as a write error, not kill the test runner.
        _ = Glibc.signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = BuiltBinary.environment(environment)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        drain(stdout.fileHandleForReading) { self.out.append($0) }
        drain(stderr.fileHandleForReading) { self.err.append($0) }
    }

    private func drain(_ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void) {
        let fd = handle.fileDescriptor
        Thread {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                // Raw read: FileHandle.availableData traps on EINTR.
                let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                let chunk = n > 0 ? Data(buffer[0..<n]) : Data()
                self.lock.lock()
                if chunk.isEmpty { self.readersDone += 1 } else { append(chunk) }
                self.lock.broadcast()
                self.lock.unlock()
                if chunk.isEmpty { return }
            }
        }.start()
    }

    var pid: Int32 { process.processIdentifier }

    func sendInBackground(_ data: Data, thenClose: Bool = true) {
        let handle = stdin.fileHandleForWriting
        let fd = handle.fileDescriptor
        inputQueue.async {
            // Raw writes, retried on EINTR; a desk that stopped reading ends the write (EPIPE).
            let bytes = [UInt8](data)
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if n < 0 { if errno == EINTR { continue } else { break } }
                offset += n
            }
            if thenClose { try? handle.close() }
        }
    }

    func send(_ data: Data) { sendInBackground(data, thenClose: false) }
    func send(_ text: String) { send(Data(text.utf8)) }

    func closeInput() { sendInBackground(Data(), thenClose: true) }

    /// The complete lines printed so far.
    var replies: [String] {
        lock.lock(); defer { lock.unlock() }
        return LiveDesk.completeLines(out)
    }

    var output: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }
    var errorOutput: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }

    /// Waits until at least `count` complete reply lines have arrived; false on timeout or end of output.
    @discardableResult
    func waitForReplies(_ count: Int, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock(); defer { lock.unlock() }
        while LiveDesk.completeLines(out).count < count {
            if readersDone >= 1 || !lock.wait(until: deadline) { return LiveDesk.completeLines(out).count >= count }
        }
        return true
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Waits for the process and for both output pipes to be read to the end. A desk still running
    /// after `timeout` is killed, so a desk that hangs fails its test instead of stalling the suite.
    func wait(timeout: TimeInterval = 300) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(pid, SIGKILL) }
        process.waitUntilExit()
        lock.lock()
        while readersDone < 2 { lock.wait() }
        lock.unlock()
        return process.terminationStatus
    }

    static func completeLines(_ data: Data) -> [String] {
        guard let last = data.lastIndex(of: 10) else { return [] }
        return data[data.startIndex..<last].split(separator: 10, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A fresh folder holding a file of `count` booking lines, and where its database goes.
func bookingInput(_ count: Int, tag: String) throws -> (database: String, input: String, lines: [String]) {
    let folder = temporaryFolder()
    let lines = bookingLines(count, tag: tag)
    try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/input.txt", atomically: false, encoding: .utf8)
    return (folder + "/desk.sqlite", folder + "/input.txt", lines)
}

/// Reads a database file the way an auditor would: straight SQLite, no vadesk code.
func inspect<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    var config = Configuration()
    config.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: config)
    defer { try? queue.close() }
    return try queue.read(body)
}

func integrityCheck(_ path: String) throws -> String {
    try inspect(path) { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
}

/// Varied booking lines that all book on the fixed clock, each naming a unique task so that
/// a stored booking can be traced to the line that made it.
func bookingLines(_ count: Int, tag: String) -> [String] {
    let roles = ["receptionist", "PA", "admin assistant", "packer", "IT support", "customer service agent", "production operative"]
    let days = ["Tuesday", "Wednesday", "Thursday", "Friday", "tomorrow", "3 December", "next Monday", "14/12"]
    let hours = ["", " 9-5", " 10am for 3 hours", " 2pm for 4 hours", " morning", " afternoon", " 1pm to 5pm"]
    return (0..<count).map { i in
        let verb = i % 3 == 0 ? "need a" : (i % 3 == 1 ? "book a" : "can I get a")
        let role = roles[i % roles.count]
        let article = verb.hasSuffix(" a") && "AEIOU".contains(role.first!) ? "n" : ""
        return "\(verb)\(article) \(role) \(days[(i / 7) % days.count])\(hours[(i / 3) % hours.count]) to handle \(taskTag(tag, i))"
    }
}

/// The tag and a letters-only code for i ("xb"): digits in a task would be read as times or counts.
func taskTag(_ tag: String, _ i: Int) -> String {
    var code = "x", n = i
    repeat {
        code.append(Character(UnicodeScalar(UInt8(97 + n % 26))))
        n /= 26
    } while n > 0
    return "\(tag) \(code)"
}
