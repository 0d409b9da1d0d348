/// vadesk's version: the one place it is written. `vadesk --version`, the man page and the README follow it.
public enum VadeskVersion {
    public static let current = "1.1.0"
}
