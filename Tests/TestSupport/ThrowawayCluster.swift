import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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

    /// `passwords`: sign-in by scram-sha-256 with `password`, else loopback is trusted. `tlsOnly`: the server has a
    /// self-signed certificate and refuses connections that are not encrypted.
    public init(passwords: Bool = false, tlsOnly: Bool = false) throws {
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
        var serverOptions = ""
        if tlsOnly {
            try ThrowawayCluster.makeCertificate(in: folder + "/data")
            let method = passwords ? "scram-sha-256" : "trust"
            try "local all all \(method)\nhostssl all all 127.0.0.1/32 \(method)\nhostnossl all all 127.0.0.1/32 reject\n"
                .write(toFile: folder + "/data/pg_hba.conf", atomically: false, encoding: .utf8)
            serverOptions = " -c ssl=on"
        }
        var started: Int?
        for _ in 0..<5 {
            let candidate = Int.random(in: 20_000...60_000)
            let result = try ThrowawayCluster.asServerUser(
                bin + "/pg_ctl",
                [
                    "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60",
                    "-o", "-c listen_addresses=127.0.0.1 -p \(candidate) -k \(folder)\(serverOptions)", "start"
                ])
            if result.status == 0 { started = candidate; break }
        }
        guard let started else { throw Failure(message: "the throwaway server did not start") }
        port = started
        url = "postgres://vadesk@127.0.0.1:\(started)/postgres?sslmode=disable"
    }

    /// A self-signed certificate for 127.0.0.1 as server.crt and server.key in the data folder, where the
    /// server looks for them by default.
    private static func makeCertificate(in data: String) throws {
        try check(
            try asServerUser(
                "/usr/bin/openssl",
                [
                    "req", "-new", "-x509", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-newkey", "rsa:2048",
                    "-keyout", data + "/server.key", "-out", data + "/server.crt"
                ]), "openssl")
        chmod(data + "/server.key", 0o600)
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

    /// Runs a server program, as the `postgres` user when the tests run as root. Spawned with every descriptor
    /// but the standard three closed: a server that pg_ctl leaves running must not hold one of the test runner's.
    private static func asServerUser(_ program: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let argv = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", program] + arguments : [program] + arguments
        let output = NSTemporaryDirectory() + "vadesk-cluster-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // glibc's posix_spawn_file_actions_addclosefrom_np, which Swift's Glibc module does not show.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw Failure(message: "this C library cannot close a child's descriptors on spawn")
        }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        let cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw Failure(message: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let exit: Int32 = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, text, text)
    }

    private static func check(_ result: (status: Int32, stdout: String, stderr: String), _ what: String) throws {
        guard result.status == 0 else { throw Failure(message: "\(what) failed: \(result.stderr)\(result.stdout)") }
    }
}
