import Foundation
import VadeskTestSupport

/// Runs the built `vadesk` binary as a user or another tool would, through pipes.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String

    var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    /// The binary built beside this test bundle.
    static var binary: String { BuiltBinary.vadesk }

    init(_ arguments: [String], executable: String = Run.binary, input: Data = Data(), environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = BuiltBinary.environment(environment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        self.stdout = String(decoding: out, as: UTF8.self)
        self.stderr = String(decoding: err, as: UTF8.self)
    }

    init(_ arguments: [String], executable: String = Run.binary, text: String, environment: [String: String] = [:]) throws {
        try self.init(arguments, executable: executable, input: Data(text.utf8), environment: environment)
    }
}
