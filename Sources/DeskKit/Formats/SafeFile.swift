#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file vadesk produces (a transcript, an export, an invoice) whole or not at all: into a
/// temporary file beside it, flushed to disk, and only then given its name. An existing file is never
/// replaced unless the caller says so; every failure is a sentence naming the file and what to do.
public enum SafeFile {
    public enum Existing: Sendable {
        /// An existing file is left as it is and the write fails with `.exists`.
        case refuse
        /// An existing file is replaced, keeping its permissions.
        case replace
    }

    public static func write(_ text: String, to path: String, existing: Existing) throws(FileWriteError) {
        var info = stat()
        let present = stat(path, &info) == 0
        if present, (info.st_mode & S_IFMT) == S_IFDIR { throw .problem(path, "it is a folder; give the name of a file inside it") }
        if present, existing == .refuse { throw .exists(path) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = ((folder == "/" ? "/" : folder + "/") + ".\(name).vadesk-XXXXXX").utf8CString
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .problem(path, reason(errno, folder: folder)) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: Int32 = 0
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count, failure == 0 {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 { if errno != EINTR { failure = errno } } else { offset += n }
        }
        if failure == 0, present { _ = fchmod(fd, info.st_mode & 0o7777) }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0 {
            // link() gives the name only if nobody took it meanwhile; rename() replaces.
            if existing == .refuse {
                if link(temporary, path) != 0 { failure = errno }
                unlink(temporary)
            } else if rename(temporary, path) != 0 {
                failure = errno
            }
        }
        if failure != 0 {
            unlink(temporary)
            if failure == EEXIST { throw .exists(path) }
            throw .problem(path, reason(failure, folder: folder))
        }
    }

    /// What went wrong, in words, with what to do about it.
    public static func reason(_ code: Int32, folder: String) -> String {
        switch code {
        case ENOENT: return "the folder \(folder) does not exist; create it first or choose another place"
        case ENOTDIR: return "part of the path is not a folder; check the path"
        case EACCES, EPERM: return "there is no permission to write in \(folder); choose a folder you can write to"
        case EROFS: return "\(folder) is on a read-only disk; choose another place"
        case ENOSPC, EDQUOT: return "the disk is full; free some space or choose another disk"
        case EFBIG: return "the file would be over the size limit"
        case EISDIR: return "it is a folder; give the name of a file inside it"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// Why a file could not be written.
public enum FileWriteError: Error, CustomStringConvertible, Sendable {
    /// The file exists and was not to be replaced.
    case exists(String)
    case problem(String, String)

    public var description: String {
        switch self {
        case .exists(let path): return "\(path) already exists, and was left as it is"
        case .problem(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
