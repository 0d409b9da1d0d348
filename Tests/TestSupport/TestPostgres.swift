import Foundation

/// The PostgreSQL server the suite may run against: `VADESK_TEST_POSTGRES`, a URL with rights to create
/// schemas and roles (`.ci/postgres` starts a throwaway one). Each test gets an empty schema of its own.
public enum TestPostgres {
    public static var url: String? {
        guard let url = ProcessInfo.processInfo.environment["VADESK_TEST_POSTGRES"], !url.isEmpty else { return nil }
        return url
    }

    /// Under CI a missing server is a failure, not a skip: the suite must run on both backends there.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    public static let skipMessage = "PostgreSQL tests skipped: set VADESK_TEST_POSTGRES=postgres://USER@HOST:PORT/DB?sslmode=disable to run them"

    /// A new, empty schema on the test server, and the URL of a desk kept in it.
    public static func freshSchema(_ base: String) throws -> String {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try psql(base, "CREATE SCHEMA \(name)")
        return url(base, schema: String(name))
    }

    /// `base` with its search path set to `schema`.
    public static func url(_ base: String, schema: String) -> String {
        base + (base.contains("?") ? "&" : "?") + "search_path=\(schema)"
    }

    /// `base` for another user (no password: the test server trusts loopback).
    public static func url(_ base: String, user: String) -> String {
        guard let scheme = base.range(of: "://"), let at = base.range(of: "@") else { return base }
        return base.replacingCharacters(in: scheme.upperBound..<at.lowerBound, with: user)
    }

    /// Runs SQL with psql; throws with psql's message when it fails.
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let result = try run(psqlPath, ["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-d", libpqURL(url), "-c", sql])
        guard result.status == 0 else { throw PSQLFailure(message: result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public struct PSQLFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// libpq knows no `search_path` parameter; it is `options=-csearch_path=…` there.
    static func libpqURL(_ url: String) -> String {
        guard let range = url.range(of: "search_path=") else { return url }
        return url.replacingCharacters(in: range, with: "options=-csearch_path%3D")
    }

    static var psqlPath: String {
        for folder in binFolders where FileManager.default.isExecutableFile(atPath: folder + "/psql") { return folder + "/psql" }
        return "psql"
    }

    /// Where the server's programs are: PATH, then Debian's versioned folders, newest first.
    public static var binFolders: [String] {
        var folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let debian = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { $0.compare($1, options: .numeric) == .orderedDescending }.map { "/usr/lib/postgresql/\($0)/bin" }
        folders += debian
        return folders
    }

    public static func run(
        _ program: String, _ arguments: [String], input: String? = nil,
        environment: [String: String]? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        if let environment { process.environment = environment }
        // stderr goes to a file, so that reading stdout to its end can never be blocked by a full stderr pipe.
        let errPath = NSTemporaryDirectory() + "vadesk-test-stderr-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let errFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        // stdin from a file too: a long input is never written into a pipe the child is not yet reading.
        let inPath = NSTemporaryDirectory() + "vadesk-test-stdin-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: inPath, contents: Data((input ?? "").utf8))
        defer { try? FileManager.default.removeItem(atPath: inPath) }
        let inFile = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errFile
        process.standardInput = inFile
        try process.run()
        try errFile.close()
        try inFile.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
