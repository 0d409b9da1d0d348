import DeskKit
import Foundation

/// A password file in libpq's format: `host:port:database:username:password` a line, `*` matching anything,
/// `\:` and `\\` escaped, `#` starting a comment; the first matching line wins. As libpq does, a file that
/// its group or others may read is not used.
struct PgPass {
    private let entries: [[String]]

    init(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError("no password file") }
        guard info.st_mode & 0o077 == 0 else {
            throw StoreError("\(path) has group or world access; permissions should be u=rw (0600) or less")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            line.hasPrefix("#") ? nil : PgPass.fields(line)
        }
    }

    /// Whether the file's mode lets libpq use it; nil when there is no such file.
    static func isUsable(path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o077 == 0
    }

    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        for entry in entries where entry.count == 5 {
            if zip(entry.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return entry[4] }
        }
        return nil
    }

    private static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
