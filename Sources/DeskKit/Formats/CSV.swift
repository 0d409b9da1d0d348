/// RFC 4180 CSV: CRLF line ends; a field holding a comma, quote, CR or LF is quoted with its quotes doubled.
/// A text cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed
/// with a single quote, so an owner's task text can never become a formula.
public enum CSV {
    public static func document(_ rows: [[String]]) -> String {
        rows.map { row in row.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A text cell, neutralised against formulas and quoted as needed.
    public static func field(_ text: String) -> String {
        // Hidden characters (bidirectional overrides, zero-width spaces) are shown, never passed on.
        var value = VisibleText.escaped(text)
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
