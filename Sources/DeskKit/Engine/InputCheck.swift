/// Screens raw input lines before the parser sees them.
public enum InputCheck {
    public static let maximumBytes = 64 * 1024
    /// How much of a refused over-long line is echoed back in `input`.
    public static let echoedBytes = 80

    /// The start of an over-long line for `input`: its first bytes, cut at a whole character, and a
    /// marker giving its length, so a reply says which line it answers without repeating 64 KiB.
    public static func echo(_ bytes: some Collection<UInt8>, count: Int) -> String {
        var start = Array(bytes.prefix(echoedBytes))
        // Drop a character cut in two (a lead byte and fewer continuation bytes than it needs).
        if let lead = start.lastIndex(where: { $0 & 0xC0 != 0x80 }), start[lead] >= 0xC0 {
            let needed = start[lead] >= 0xF0 ? 4 : start[lead] >= 0xE0 ? 3 : 2
            if start.count - lead < needed { start.removeSubrange(lead...) }
        }
        return String(decoding: start, as: UTF8.self) + "… [truncated: \(count) bytes]"
    }

    /// The line as text, or the reason it cannot be read as a request.
    public static func text(from bytes: [UInt8]) -> Result<String, InputProblem> {
        var bytes = bytes
        if bytes.last == 13 { bytes.removeLast() }  // CRLF line ends
        if bytes.count > maximumBytes { return .failure(.tooLong(bytes.count)) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.notUTF8) }
        if bytes.contains(0) { return .failure(.nul) }
        if bytes.contains(where: { ($0 < 32 && $0 != 9) || $0 == 127 }) { return .failure(.control) }
        // C1 controls and bidirectional overrides can disguise what is shown.
        if text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) { return .failure(.control) }
        return .success(text)
    }
}

public enum InputProblem: Error, Equatable, Sendable {
    case tooLong(Int)
    case notUTF8
    case nul
    case control

    public var message: String {
        switch self {
        case .tooLong(let n): return "That line is too long (\(n) bytes; the most is 64 KiB), so I ignored it."
        case .notUTF8: return "That line is not valid UTF-8 text, so I ignored it."
        case .nul: return "That line holds a NUL byte, so I ignored it."
        case .control: return "That line holds control characters, so I ignored it."
        }
    }

    public var code: String {
        switch self {
        case .tooLong: return "line too long"
        case .notUTF8: return "invalid UTF-8"
        case .nul: return "NUL byte in line"
        case .control: return "control characters in line"
        }
    }
}
