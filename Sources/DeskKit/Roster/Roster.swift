import Foundation
import Understanding

/// The roster as the owner manages it: adding people (one at a time or from a CSV file), their leave,
/// taking them off. Every change is checked whole before anything is stored, and stored in one transaction.
public struct Roster {
    public let store: DeskStore
    public let catalogue: Catalogue
    public let time: DeskTime
    public let clock: any DeskClock
    /// The desk whose bookings a change of the roster hands over to others (leave, removal); without one, none are.
    let desk: Desk?

    public init(store: DeskStore, catalogue: Catalogue, time: DeskTime, clock: any DeskClock) {
        self.store = store
        self.catalogue = catalogue
        self.time = time
        self.clock = clock
        desk = nil
    }

    public init(desk: Desk) {
        store = desk.store
        catalogue = desk.catalogue
        time = desk.time
        clock = desk.clock
        self.desk = desk
    }

    /// An assistant from the owner's words, every field checked; the first problem is thrown, naming its field.
    public func assistant(name: String, roles: String, zone: String, hours: String) throws(StaffProblem) -> Assistant {
        Assistant(
            name: try Roster.checkedName(name), roles: try checkedRoles(roles), zone: try Roster.checkedZone(zone),
            hours: try WorkingHours(hours.trimmingCharacters(in: .whitespaces)))
    }

    static func checkedName(_ text: String) throws(StaffProblem) -> String {
        let name = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !name.isEmpty else { throw StaffProblem(field: "name", "is empty") }
        guard name.count <= 80 else { throw StaffProblem(field: "name", "is longer than 80 characters") }
        if let hidden = name.unicodeScalars.first(where: { VisibleText.isHidden($0.value) }) {
            throw StaffProblem(field: "name", "holds a character that draws nothing (\(VisibleText.escaped(String(Character(hidden)))))")
        }
        guard name.contains(where: \.isLetter) else { throw StaffProblem(field: "name", "'\(name)' has no letters") }
        return name
    }

    /// Catalogue role ids, separated by commas, semicolons or spaces.
    func checkedRoles(_ text: String) throws(StaffProblem) -> [String] {
        var roles: [String] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            let id = word.lowercased()
            guard catalogue.role(id) != nil else {
                throw StaffProblem(field: "roles", "unknown role '\(word)'; roles: \(catalogue.roles.map(\.id).joined(separator: ", "))")
            }
            if !roles.contains(id) { roles.append(id) }
        }
        guard !roles.isEmpty else { throw StaffProblem(field: "roles", "names no role; roles: \(catalogue.roles.map(\.id).joined(separator: ", "))") }
        return roles
    }

    static func checkedZone(_ text: String) throws(StaffProblem) -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        // Only IANA names: an abbreviation such as BST or an offset such as GMT+1 does not follow a place's clock changes.
        guard name.contains("/") || name == "UTC", !name.hasPrefix("GMT"), TimeZone(identifier: name) != nil else {
            throw StaffProblem(field: "tz", "unknown time zone '\(name)'; use an IANA name like Europe/London or Asia/Manila")
        }
        return name
    }

    // MARK: Changes

    public func list() throws -> [Assistant] {
        try store.read { tx in try tx.assistants() }
    }

    /// Adds one assistant; a name already on the roster is refused.
    @discardableResult
    public func add(_ assistant: Assistant) throws -> Assistant {
        try store.transaction { tx in
            if try tx.assistants().contains(where: { $0.nameKey == assistant.nameKey }) {
                throw StaffProblem(field: "name", "\(assistant.name) is already on the roster")
            }
            return try tx.insertAssistant(assistant)
        }
    }

    /// Adds everyone in a CSV file with the header `name,roles,tz,hours`, or no one: a bad row is refused
    /// with its line number and nothing is stored.
    public func importCSV(_ text: String) throws -> [Assistant] {
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(text) } catch {
            throw StaffProblem(field: "csv", error.message, line: error.line)
        }
        guard let header = records.first else { throw StaffProblem(field: "csv", "the file is empty; its first line should be name,roles,tz,hours") }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard columns == ["name", "roles", "tz", "hours"] else {
            throw StaffProblem(
                field: "csv", "the first line should be the header name,roles,tz,hours, not \(header.fields.joined(separator: ","))",
                line: header.line)
        }
        var people: [Assistant] = []
        for record in records.dropFirst() {
            guard record.fields.count == 4 else {
                throw StaffProblem(field: "csv", "has \(record.fields.count) fields; each row needs 4 (name,roles,tz,hours)", line: record.line)
            }
            for (column, cell) in zip(columns, record.fields) where Roster.looksLikeFormula(cell) {
                throw StaffProblem(field: column, "'\(VisibleText.escaped(cell))' starts like a spreadsheet formula; refused", line: record.line)
            }
            do throws(StaffProblem) {
                let person = try assistant(name: record.fields[0], roles: record.fields[1], zone: record.fields[2], hours: record.fields[3])
                if people.contains(where: { $0.nameKey == person.nameKey }) {
                    throw StaffProblem(field: "name", "\(person.name) appears twice in the file")
                }
                people.append(person)
            } catch {
                var problem = error
                problem.line = record.line
                throw problem
            }
        }
        guard !people.isEmpty else { throw StaffProblem(field: "csv", "has a header but no one to add") }
        return try store.transaction { tx in
            let onRoster = Set(try tx.assistants().map(\.nameKey))
            if let clash = zip(people, records.dropFirst()).first(where: { onRoster.contains($0.0.nameKey) }) {
                throw StaffProblem(field: "name", "\(clash.0.name) is already on the roster", line: clash.1.line)
            }
            return try people.map { try tx.insertAssistant($0) }
        }
    }

    /// A cell a spreadsheet would run: starting with = + - @, a tab or a carriage return.
    static func looksLikeFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    /// Adds leave for someone on the roster; leave overlapping theirs already is refused.
    @discardableResult
    public func addLeave(_ leave: Leave, for name: String) throws -> Assistant {
        try addLeave(leave, for: name, request: "").person
    }

    /// Adds leave and hands each of their bookings in it to someone else free then, in the usual order; the
    /// bookings no one else can take stay theirs and come back as `kept`, for the owner to deal with. The leave and
    /// the hand-over are one step of the journal: `undo` takes both back, `redo` does both again.
    public func addLeave(_ leave: Leave, for name: String, request: String) throws -> (person: Assistant, handedOver: [Booking], kept: [Booking]) {
        let now = clock.now()
        return try store.transaction { tx in
            let person = try Roster.find(name, in: try tx.assistants())
            if let clash = person.leave.first(where: { $0.overlaps(leave) }) {
                throw StaffProblem(field: "leave", "\(leave.text) overlaps \(person.name)'s leave \(clash.text)")
            }
            let row = try tx.addLeave(leave, assistant: person.id)
            var changed = person
            changed.leave = (person.leave + [leave]).sorted()
            let theirs = Availability.clock(person.zone)
            let from = max(now, theirs.instant(LocalDateTime(date: leave.first, minute: 0)))
            let until = theirs.instant(LocalDateTime(date: leave.last.adding(days: 1), minute: 0))
            let clashing = try upcoming(of: person, from: from, until: until, in: tx)
            var moved: [(before: Booking, after: Booking)] = [], kept = clashing
            if let desk, !clashing.isEmpty { (moved, kept) = try desk.handOverChanges(clashing, from: person, in: tx) }
            let given = moved.map { "#\($0.after.id) to \($0.after.assistant!.name)" }
            let summary = "leave for \(person.name) \(Roster.days(leave))" + (given.isEmpty ? "" : "; gave " + Desk.listed(given))
            try tx.record(
                request: request.isEmpty ? "staff leave \(person.name) \(leave.text)" : request, summary: summary, madeAt: now,
                leave: JournalledLeave(id: row, assistant: person.id, leave: leave), changes: moved.map { ($0.before, $0.after) })
            return (changed, moved.map(\.after), kept)
        }
    }

    /// "Mon 14 Dec to Fri 18 Dec", or one day "Tue 1 Dec".
    static func days(_ leave: Leave) -> String {
        leave.first == leave.last ? leave.first.short : "\(leave.first.short) to \(leave.last.short)"
    }

    /// Takes someone off the roster. Their bookings keep their name. Bookings still to come must go to others
    /// first: without `reassign` they are listed and nothing changes; with it each goes to someone free then, or,
    /// if any can't, nothing changes.
    @discardableResult
    public func remove(_ name: String, reassign: Bool = false, request: String = "") throws -> (person: Assistant, handedOver: [Booking]) {
        let now = clock.now()
        return try store.transaction { tx in
            let person = try Roster.find(name, in: try tx.assistants())
            let coming = try upcoming(of: person, from: now, until: Int64.max, in: tx)
            if !coming.isEmpty, !reassign || desk == nil {
                throw StaffProblem(
                    field: "name",
                    "\(person.name) has \(coming.count) booking\(coming.count == 1 ? "" : "s") still to come (\(listed(coming))); "
                        + "have them reassigned first: run again with --reassign, or say \"someone else for #\(coming[0].id)\" at the desk")
            }
            try tx.removeAssistant(id: person.id, at: now)
            guard let desk, !coming.isEmpty else { return (person, []) }
            let (moved, kept) = try desk.handOver(coming, from: person, request: request, in: tx, now: now)
            if !kept.isEmpty {
                throw StaffProblem(
                    field: "name", "no one else is free for \(listed(kept)), so \(person.name) stays on the roster and nothing was changed")
            }
            return (person, moved)
        }
    }

    /// Someone's bookings still booked that overlap [from, until).
    private func upcoming(of person: Assistant, from: Int64, until: Int64, in tx: DeskTransaction) throws -> [Booking] {
        try tx.bookings(startingFrom: from - longestBookingSeconds, before: until, status: .booked)
            .filter { $0.assistant?.id == person.id && $0.end > from && $0.isDeadline != true }
    }

    /// What a roster change did to bookings, a line each: who took each one, and those still waiting for someone.
    public func handOverLines(_ moved: [Booking], kept: [Booking], from person: Assistant) -> [String] {
        var lines = moved.map { "#\($0.id) \(time.span($0.start, $0.end)) goes to \(VisibleText.escaped($0.assistant?.name ?? "")) now." }
        if !kept.isEmpty {
            let them = kept.count == 1 ? "it" : "them"
            lines.append(
                "No one else is free for \(listed(kept)): still \(VisibleText.escaped(person.name))'s; cancel or move \(them), or ask at the desk for someone else."
            )
        }
        return lines
    }

    /// "#1 Tue 1 Dec, 09:00-17:00, #5 Mon 7 Dec, 09:00-17:00".
    func listed(_ bookings: [Booking]) -> String {
        bookings.map { "#\($0.id) \(time.span($0.start, $0.end))" }.joined(separator: ", ")
    }

    /// The one person a name means: the whole name, or a first name only one person has.
    static func find(_ name: String, in roster: [Assistant]) throws(StaffProblem) -> Assistant {
        let key = Assistant.nameKey(name)
        if let exact = roster.first(where: { $0.nameKey == key }) { return exact }
        let byFirst = roster.filter { Assistant.nameKey($0.firstName) == key }
        if byFirst.count == 1 { return byFirst[0] }
        if byFirst.count > 1 {
            throw StaffProblem(
                field: "name", "\(byFirst.count) people are called \(name): \(byFirst.map(\.name).joined(separator: ", ")); give the full name")
        }
        throw StaffProblem(field: "name", "nobody called \(name) is on the roster")
    }
}
