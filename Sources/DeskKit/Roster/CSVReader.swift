/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF (or LF), a quoted field may hold commas,
/// line breaks and doubled quotes. Each record comes with the line it starts on, for error messages.
public enum CSVReader {
    public struct Record: Equatable {
        public let line: Int
        public let fields: [String]
    }

    public struct Malformed: Error, Equatable {
        public let line: Int
        public let message: String
    }

    public static func records(_ text: String) throws(Malformed) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [Unicode.Scalar] = []
        var line = 1
        var recordLine = 1
        var quoted = false
        /// The field began with a quote: only a comma or a line end may follow its closing quote.
        var wasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        func endField() {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: field)
            fields.append(String(s))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if quoted {
                if c == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else {
                    throw Malformed(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote")
                }
                quoted = true
                wasQuoted = true
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endField()
                // A blank line holds no record.
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
                fields.removeAll()
                line += 1
                recordLine = line
            default:
                guard !wasQuoted else {
                    throw Malformed(line: line, message: "text after a closing quote; a quoted field ends at a comma or the line's end")
                }
                field.append(c)
            }
        }
        if quoted { throw Malformed(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
