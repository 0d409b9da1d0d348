/// Why a roster change was refused: the field at fault (`name`, `roles`, `tz`, `hours`, `leave`) and what is wrong,
/// with the CSV line when it came from a file.
public struct StaffProblem: Error, Equatable, CustomStringConvertible {
    public let field: String
    public let message: String
    public var line: Int?

    public init(field: String, _ message: String, line: Int? = nil) {
        self.field = field
        self.message = message
        self.line = line
    }

    public var description: String {
        (line.map { "line \($0), " } ?? "") + "\(field): \(message)"
    }
}
