import Understanding

/// A person on the desk's roster: who they are, the roles they do, the zone they live in, the hours they work
/// there each week, and their leave.
public struct Assistant: Sendable, Equatable {
    /// Assigned by the store, never reused; 0 until stored.
    public var id: Int64
    public var name: String
    /// Catalogue role ids.
    public var roles: [String]
    /// IANA time zone name; working hours and leave days are in this zone.
    public var zone: String
    public var hours: WorkingHours
    /// Sorted, never overlapping.
    public var leave: [Leave]

    public init(id: Int64 = 0, name: String, roles: [String], zone: String, hours: WorkingHours, leave: [Leave] = []) {
        self.id = id
        self.name = name
        self.roles = roles
        self.zone = zone
        self.hours = hours
        self.leave = leave
    }

    /// How names are compared: two people whose names differ only in case or spacing are the same name.
    public static func nameKey(_ name: String) -> String {
        name.lowercased().split(separator: " ").joined(separator: " ")
    }

    public var nameKey: String { Assistant.nameKey(name) }
    public var firstName: String { String(name.split(separator: " ").first ?? Substring(name)) }
}

/// Days away, from `first` through `last` inclusive, in the assistant's own zone.
public struct Leave: Sendable, Equatable, Comparable {
    public let first: CivilDate
    public let last: CivilDate

    public init(first: CivilDate, last: CivilDate) {
        self.first = first
        self.last = last
    }

    /// `2026-12-14..2026-12-18`, or one day `2026-12-14`.
    public init(_ text: String) throws(StaffProblem) {
        let ends = text.split(separator: ".", omittingEmptySubsequences: false)
        let pieces: [Substring]
        if ends.count == 1 {
            pieces = [ends[0]]
        } else if ends.count == 3, ends[1].isEmpty {
            pieces = [ends[0], ends[2]]
        } else {
            throw StaffProblem(field: "leave", "'\(text)' is not a day or range of days like 2026-12-14..2026-12-18")
        }
        guard let first = CivilDate(iso: pieces[0].trimmed), let last = CivilDate(iso: pieces[pieces.count - 1].trimmed) else {
            throw StaffProblem(field: "leave", "'\(text)' is not a day or range of days like 2026-12-14..2026-12-18")
        }
        guard first <= last else { throw StaffProblem(field: "leave", "\(text) ends before it starts") }
        self.init(first: first, last: last)
    }

    public static func < (a: Leave, b: Leave) -> Bool { a.first < b.first }

    public func overlaps(_ other: Leave) -> Bool { first <= other.last && other.first <= last }
    public func contains(_ day: CivilDate) -> Bool { first <= day && day <= last }

    public var text: String { first == last ? "\(first)" : "\(first)..\(last)" }
}
