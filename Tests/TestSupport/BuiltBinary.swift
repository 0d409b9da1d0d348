import Foundation

/// Where the `vadesk` binary under test is: `VADESK_BINARY`, or the one built beside the test bundle.
public enum BuiltBinary {
    public static var vadesk: String {
        if let explicit = ProcessInfo.processInfo.environment["VADESK_BINARY"] { return explicit }
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = folder.appendingPathComponent("vadesk")
        if !FileManager.default.fileExists(atPath: candidate.path) {
            // macOS: the runner sits inside a .xctest bundle.
            candidate = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("vadesk")
        }
        return candidate.path
    }

    /// The environment a desk under test runs in: this one, without colour, plus `extra`.
    public static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in extra { env[k] = v }
        return env
    }
}
