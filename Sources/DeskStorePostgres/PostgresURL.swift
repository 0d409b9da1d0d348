import DeskKit
import Foundation

/// Where a shared desk lives: `postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME?sslmode=…`, read by libpq's rules
/// for the parts vadesk uses. Anything the desk would not understand is refused rather than ignored.
public struct PostgresURL: Sendable, Equatable {
    /// How the connection is encrypted, as libpq's `sslmode` says.
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public let user: String
    public let password: String?
    public let host: String
    public let port: Int
    public let database: String
    public let tls: TLSMode
    /// The schema the desk's tables live in, from `?search_path=` or `options=-c search_path=…`; nil is the user's default.
    public let schema: String?
    /// Seconds to wait for the server to answer a connection (libpq's `connect_timeout`).
    public let connectTimeout: Int
    public let applicationName: String?
    /// Why a password file was passed over (libpq's 0600 rule), to say so if the server then wants a password.
    public let passwordFileNote: String?

    /// True for the values `--db` reads as a server address rather than a file.
    public static func isServerAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; `environment` supplies PGUSER, PGPASSWORD, PGPASSFILE and HOME as libpq would read them.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let shown = PostgresURL.redacted(text)
        func malformed(_ why: String) -> StoreError { StoreError("\(shown) is not a PostgreSQL URL vadesk can use: \(why)") }
        guard let schemeEnd = text.range(of: "://"), PostgresURL.isServerAddress(text) else {
            throw malformed("it must start with postgres:// or postgresql://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        // "user:pa/ss@host": a "/", "?" or "#" before the user's "@" would end the address there and show the
        // rest of the password as a host or port in the message, so such a password must be %-escaped.
        if let at = rest.lastIndex(of: "@"), let cut = rest[..<at].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }),
            !rest[..<cut].contains("@"), rest[..<cut].contains(":")
        {
            throw malformed("a password with /, ? or # in it must be written %-escaped (%2F, %3F, %23)")
        }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        var path = ""
        if let slash = rest.firstIndex(of: "/") {
            path = String(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
        }
        var userInfo: Substring?
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var user: String?
        var password: String?
        if let userInfo {
            if let colon = userInfo.firstIndex(of: ":") {
                user = try PostgresURL.decode(userInfo[..<colon], malformed)
                password = try PostgresURL.decode(userInfo[userInfo.index(after: colon)...], malformed)
            } else {
                user = try PostgresURL.decode(userInfo, malformed)
            }
        }
        // Host and port: "[::1]:5433", "db.example:5433", "db.example".
        var host = String(rest)
        var port = 5432
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw malformed("an IPv6 host needs its closing ]") }
            let after = host[host.index(after: close)...]
            let inside = String(host[host.index(after: host.startIndex)..<close])
            if after.hasPrefix(":") {
                port = try PostgresURL.port(after.dropFirst(), malformed)
            } else if !after.isEmpty {
                throw malformed("unexpected text after the host")
            }
            host = inside
        } else if let colon = host.lastIndex(of: ":") {
            port = try PostgresURL.port(host[host.index(after: colon)...], malformed)
            host = String(host[..<colon])
        }
        host = try PostgresURL.decode(Substring(host), malformed)
        if host.isEmpty { host = "localhost" }
        if host.hasPrefix("/") { throw malformed("vadesk connects over TCP; give a host name or address, not a socket folder") }

        var tls = TLSMode.prefer
        var schema: String?
        var timeout = 10
        var applicationName: String?
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try PostgresURL.decode(parts[0], malformed)
            let value = parts.count > 1 ? try PostgresURL.decode(parts[1], malformed) : ""
            switch key {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw malformed("sslmode=\(value) is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tls = mode
            case "search_path":
                schema = try PostgresURL.schemaName(value, malformed)
            case "options":
                schema = try PostgresURL.schemaFromOptions(value, malformed)
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0, seconds <= 3600 else {
                    throw malformed("connect_timeout takes whole seconds, 1 to 3600")
                }
                timeout = seconds
            case "application_name":
                applicationName = value
            case "user":
                user = value
            case "password":
                password = value
            case "port":
                port = try PostgresURL.port(Substring(value), malformed)
            case "dbname":
                path = value
            default:
                throw malformed("the parameter '\(key)' is not one vadesk knows (sslmode, search_path, options, connect_timeout, application_name)")
            }
        }
        let resolvedUser = user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? ""
        guard !resolvedUser.isEmpty else { throw malformed("it names no user (postgres://USER@HOST/DBNAME)") }
        let database = try PostgresURL.decode(Substring(path), malformed)
        if database.contains("/") { throw malformed("the database name has a '/' in it") }

        self.user = resolvedUser
        self.host = host
        self.port = port
        self.database = database.isEmpty ? resolvedUser : database
        self.tls = tls
        self.schema = schema
        self.connectTimeout = timeout
        self.applicationName = applicationName
        var fromFile: String?
        var note: String?
        if password == nil, environment["PGPASSWORD"] == nil, let file = PostgresURL.passwordFile(environment) {
            switch PgPass.isUsable(path: file) {
            case true?:
                fromFile = (try? PgPass(path: file))?.password(host: host, port: port, database: self.database, user: resolvedUser)
            case false?:
                note = "\(file) was not read: it has group or world access; permissions should be u=rw (0600) or less"
            case nil:
                break
            }
        }
        self.password = password ?? environment["PGPASSWORD"] ?? fromFile
        self.passwordFileNote = note
    }

    /// The URL as it may be shown: the password, if any, is left out.
    public var description: String {
        var text = "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        var parameters = ["sslmode=\(tls.rawValue)"]
        if let schema { parameters.append("search_path=\(schema)") }
        text += "?" + parameters.joined(separator: "&")
        return text
    }

    /// Any text that may hold a URL, with a password in it replaced: for messages built before parsing succeeds.
    public static func redacted(_ text: String) -> String {
        var result = text
        // Up to the last "@", not the first "/" or "?": a malformed URL may hold a password with either
        // unescaped in it, and hiding too much of a bad address is better than showing a password.
        if let schemeEnd = result.range(of: "://"), let at = result[schemeEnd.upperBound...].lastIndex(of: "@"),
            let colon = result[schemeEnd.upperBound..<at].firstIndex(of: ":")
        {
            result.replaceSubrange(colon..<at, with: "")
        }
        // "?password=…" is libpq's too.
        if let range = result.range(of: "password=") {
            let end = result[range.upperBound...].firstIndex(of: "&") ?? result.endIndex
            result.replaceSubrange(range.lowerBound..<end, with: "password=(hidden)")
        }
        return result
    }

    /// ~/.pgpass, or the file PGPASSFILE names.
    static func passwordFile(_ environment: [String: String]) -> String? {
        if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".pgpass")
    }

    private static func decode(_ text: Substring, _ malformed: (String) -> StoreError) throws -> String {
        guard let decoded = String(text).removingPercentEncoding else { throw malformed("a %-escape in it is broken") }
        return decoded
    }

    private static func port(_ text: Substring, _ malformed: (String) -> StoreError) throws -> Int {
        guard let port = Int(text), (1...65535).contains(port) else { throw malformed("the port '\(text)' is not a number from 1 to 65535") }
        return port
    }

    /// One schema, named plainly: it is put into SQL as an identifier.
    static func schemaName(_ text: String, _ malformed: (String) -> StoreError) throws -> String {
        let ok =
            !text.isEmpty && text.count <= 63
            && text.utf8.allSatisfy { byte in
                (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95
            } && !(text.utf8.first! >= 48 && text.utf8.first! <= 57)
        guard ok else { throw malformed("search_path takes one schema name of lower-case letters, digits and _, such as client_a") }
        return text
    }

    /// libpq's `options=-c search_path=NAME` (or `-csearch_path=NAME`): the only option a desk takes.
    static func schemaFromOptions(_ text: String, _ malformed: (String) -> StoreError) throws -> String {
        var words = text.split(separator: " ").map(String.init)
        if words.first == "-c" {
            words.removeFirst()
        } else if let first = words.first, first.hasPrefix("-c") {
            words[0] = String(first.dropFirst(2))
        } else {
            throw malformed("options takes -c search_path=NAME")
        }
        guard words.count == 1, words[0].hasPrefix("search_path=") else { throw malformed("options takes -c search_path=NAME") }
        return try schemaName(String(words[0].dropFirst("search_path=".count)), malformed)
    }
}
