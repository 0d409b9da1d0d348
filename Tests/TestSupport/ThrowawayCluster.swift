import Foundation

/// A PostgreSQL cluster of a test's own, in a temporary folder on a loopback port, for tests that stop and
/// start the server or need password sign-in. It runs as the `postgres` user when the tests run as root.
public final class ThrowawayCluster: @unchecked Sendable {
    public static let password = "desk-secret-42"
    public let port: Int
    public let url: String
    private let folder: String
    private let bin: String

    /// Where initdb and pg_ctl are, if anywhere.
    static var binFolder: String? {
        TestPostgres.binFolders.first { folder in
            ["initdb", "pg_ctl"].allSatisfy { FileManager.default.isExecutableFile(atPath: folder + "/" + $0) }
        }
    }

    public static var available: Bool { binFolder != nil }

    public init(passwords: Bool = false) throws {
        guard let bin = ThrowawayCluster.binFolder else { throw Failure(message: "initdb and pg_ctl are not installed") }
        self.bin = bin
        folder = NSTemporaryDirectory() + "vadesk-cluster-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let passwordFile = folder + "/password"
        try ThrowawayCluster.password.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        if getuid() == 0 { _ = try TestPostgres.run("/bin/chown", ["-R", "postgres", folder]) }
        var initArguments = ["-D", folder + "/data", "-U", "vadesk", "-E", "UTF8"]
        initArguments += passwords ? ["--auth=scram-sha-256", "--pwfile=" + passwordFile] : ["--auth=trust"]
        try ThrowawayCluster.check(try ThrowawayCluster.asServerUser(bin + "/initdb", initArguments), "initdb")
        var started: Int?
        for _ in 0..<5 {
            let candidate = Int.random(in: 20_000...60_000)
            let result = try ThrowawayCluster.asServerUser(bin + "/pg_ctl", [
                "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60",
                "-o", "-c listen_addresses=127.0.0.1 -p \(candidate) -k \(folder)", "start"])
            if result.status == 0 { started = candidate; break }
        }
        guard let started else { throw Failure(message: "the throwaway server did not start") }
        port = started
        url = "postgres://vadesk@127.0.0.1:\(started)/postgres?sslmode=disable"
    }

    /// pg_ctl on this cluster: ["restart", "-m", "fast", "-w"], ["stop"], …
    public func control(_ arguments: [String]) throws {
        try ThrowawayCluster.check(try ThrowawayCluster.asServerUser(bin + "/pg_ctl", ["-D", folder + "/data"] + arguments), "pg_ctl")
    }

    public func stop() {
        _ = try? ThrowawayCluster.asServerUser(bin + "/pg_ctl", ["-D", folder + "/data", "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    private static func asServerUser(_ program: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        if getuid() == 0 { return try TestPostgres.run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments) }
        return try TestPostgres.run(program, arguments)
    }

    private static func check(_ result: (status: Int32, stdout: String, stderr: String), _ what: String) throws {
        guard result.status == 0 else { throw Failure(message: "\(what) failed: \(result.stderr)\(result.stdout)") }
    }
}
