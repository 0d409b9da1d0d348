import DeskKit
import DeskStorePostgres
import Foundation
import Testing
import VadeskTestSupport

/// What every backend must do alike at the desk: the same lines give the same replies and leave the same store.
@Suite struct BackendParityTests {
    @Test(arguments: StorageBackend.persistent)
    func aBookingSurvivesReopening(_ backend: StorageBackend) throws {
        let location = try backend.makeLocation()
        do {
            let desk = try StorageBackend.desk(try backend.open(location))
            #expect(desk.respond(to: "need a receptionist Tuesday").bookings.first?.id == 1)
        }
        let list = try StorageBackend.desk(try backend.open(location)).respond(to: "show my bookings")
        #expect(list.bookings.map(\.id) == [1])
        #expect(list.bookings.first?.role == "receptionist")
        #expect(list.bookings.first?.quoteMinor == 17_600)
    }

    @Test(arguments: StorageBackend.allCases)
    func idsAreNeverReused(_ backend: StorageBackend) throws {
        let desk = try StorageBackend.desk(try backend.makeStore())
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a PA Wednesday")
        _ = desk.respond(to: "undo")
        #expect(desk.respond(to: "need a packer Friday").bookings.first?.id == 3)
    }

    @Test(arguments: StorageBackend.allCases)
    func textThatLooksLikeSQLIsStoredVerbatim(_ backend: StorageBackend) throws {
        let desk = try StorageBackend.desk(try backend.makeStore())
        let text = "o'brien\\ x'); DELETE FROM booking; --"
        #expect(desk.respond(to: "need a receptionist Tuesday to check \(text)").bookings.first?.task == "check \(text)")
        #expect(desk.respond(to: "show my bookings").bookings.first?.task == "check \(text)")
    }

    /// One session touching every part of the store: bookings, changes, cancels, work done, budgets,
    /// invoices, undo and redo, history and the export. Every backend must answer it as SQLite does.
    static let session = [
        "need a receptionist Tuesday", "need a PA Wednesday 9am to 1pm", "need a packer Thursday and Friday",
        "move #1 to Wednesday", "cancel #2", "undo", "redo", "history",
        "set my monthly budget to £600", "need an admin assistant every day next week", "am I on budget?",
        "show my bookings", "undo", "show my bookings next week"
    ]

    @Test(arguments: StorageBackend.allCases.filter { $0 == .postgres })
    func aWholeSessionMatchesSQLite(_ backend: StorageBackend) throws {
        let reference = try StorageBackend.desk(try StorageBackend.sqliteFile.makeStore())
        let other = try StorageBackend.desk(try backend.makeStore())
        for line in Self.session {
            let expected = reference.respond(to: line)
            let got = other.respond(to: line)
            #expect(got.text == expected.text, "\(line)")
            #expect(got.bookings == expected.bookings, "\(line)")
        }
        // The whole store as an export reads it, bookings and journal counts alike.
        let expected = try reference.store.read { tx in (try tx.allBookings(), try tx.changeCounts(), try tx.recentChanges(limit: 50)) }
        let got = try other.store.read { tx in (try tx.allBookings(), try tx.changeCounts(), try tx.recentChanges(limit: 50)) }
        #expect(got.0 == expected.0)
        #expect(got.1 == expected.1)
        #expect(got.2.map(\.summary) == expected.2.map(\.summary))
        #expect(got.2.map(\.undone) == expected.2.map(\.undone))
    }

    @Test(arguments: StorageBackend.allCases)
    func aFailedLineLeavesNothing(_ backend: StorageBackend) throws {
        let store = try backend.makeStore()
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try store.transaction { tx in
                _ = try tx.insert(
                    Booking(
                        role: "packer", start: 1_000, end: 2_000, task: nil, currency: "GBP", quoteMinor: 100,
                        billableMinutes: 10, createdAt: 1, request: "r"))
                throw Refused()
            }
        }
        #expect(try store.read { try $0.count() } == 0)
    }
}

/// PostgreSQL's own promises: migrations, refusals, agencies' schemas and least privilege.
@Suite struct PostgresStoreTests {
    static var server: String? { TestPostgres.url }

    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let location = try TestPostgres.freshSchema(Self.server!)
        _ = try PostgresDeskStore(url: location)
        let shipped = Int(try TestPostgres.psql(location, "SELECT count(*) FROM vadesk_migration")) ?? 0
        #expect(shipped >= 2, "v10 and every migration after it")
        try TestPostgres.psql(location, "INSERT INTO vadesk_migration VALUES ('v99 from the future', 0)")
        do {
            _ = try PostgresDeskStore(url: location)
            Issue.record("a newer schema was opened")
        } catch {
            #expect("\(error)".contains("newer vadesk"))
        }
        #expect(try TestPostgres.psql(location, "SELECT count(*) FROM vadesk_migration") == "\(shipped + 1)")
    }

    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func aDatabaseThatIsNotADesksIsRefusedAndLeftAlone() throws {
        let location = try TestPostgres.freshSchema(Self.server!)
        try TestPostgres.psql(location, "CREATE TABLE shopping (item text); INSERT INTO shopping VALUES ('milk')")
        do {
            _ = try PostgresDeskStore(url: location)
            Issue.record("someone else's tables were taken for a desk")
        } catch {
            #expect("\(error)".contains("is not a vadesk database"))
        }
        #expect(try TestPostgres.psql(location, "SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = current_schema()") == "shopping")
    }

    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func desksStartingTogetherOnAnEmptySchemaDoNotRace() async throws {
        let location = try TestPostgres.freshSchema(Self.server!)
        let opened = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 { group.addTask { (try? PostgresDeskStore(url: location)) != nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(opened == 6)
        // Each shipped migration applied once (v10 to v15), however many desks raced to apply them.
        #expect(try TestPostgres.psql(location, "SELECT count(*) FROM vadesk_migration") == "6")
    }

    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func theServerRefusesTwoOverlappingBookingsForOneAssistant() throws {
        let location = try TestPostgres.freshSchema(Self.server!)
        let desk = try StorageBackend.desk(try PostgresDeskStore(url: location))
        let roster = Roster(desk: desk)
        try roster.add(try roster.assistant(name: "Sarah Khan", roles: "receptionist", zone: "Europe/London", hours: "Mon-Fri 09:00-17:00"))
        #expect(desk.respond(to: "need a receptionist on 9 December").bookings.first?.assistant?.name == "Sarah Khan")
        // A row written past the desk (no write lock, no check) that overlaps #1 for Sarah is refused by the server.
        let copy =
            "INSERT INTO booking (role, start, \"end\", status, currency, quote_minor, billable_minutes, created_at, request, owed_minor, assistant_id) "
            + "SELECT role, start + 3600, \"end\" + 3600, %@, currency, quote_minor, billable_minutes, created_at, request, owed_minor, assistant_id FROM booking WHERE id = 1"
        do {
            try TestPostgres.psql(location, copy.replacingOccurrences(of: "%@", with: "'booked'"))
            Issue.record("an overlapping booking for one assistant was stored")
        } catch {
            #expect("\(error)".contains("booking_one_at_a_time_per_assistant"))
        }
        // Cancelled work takes no time; back-to-back bookings don't overlap.
        try TestPostgres.psql(location, copy.replacingOccurrences(of: "%@", with: "'cancelled'"))
        try TestPostgres.psql(
            location,
            "INSERT INTO booking (role, start, \"end\", status, currency, quote_minor, billable_minutes, created_at, request, owed_minor, assistant_id) "
                + "SELECT role, \"end\", \"end\" + 3600, 'booked', currency, quote_minor, billable_minutes, created_at, request, owed_minor, assistant_id FROM booking WHERE id = 1"
        )
        #expect(try TestPostgres.psql(location, "SELECT count(*) FROM booking") == "3")
    }

    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func eachSchemaIsADeskOfItsOwn() throws {
        let first = try StorageBackend.desk(try PostgresDeskStore(url: try TestPostgres.freshSchema(Self.server!)))
        let second = try StorageBackend.desk(try PostgresDeskStore(url: try TestPostgres.freshSchema(Self.server!)))
        _ = first.respond(to: "need a receptionist Tuesday")
        _ = first.respond(to: "need a PA Wednesday")
        #expect(second.respond(to: "need a packer Friday").bookings.first?.id == 1)
        #expect(second.respond(to: "show my bookings").bookings.count == 1)
        #expect(first.respond(to: "show my bookings").bookings.count == 2)
    }

    /// The README's least-privilege setup: an owner role migrates, a desk role only reads and writes rows.
    @Test(.enabled(if: server != nil, Comment(rawValue: TestPostgres.skipMessage)))
    func theDeskRoleCanBookButNotCreateOrDropTables() throws {
        let base = Self.server!
        let tag = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10)
        let owner = "owner_\(tag)", deskRole = "desk_\(tag)", schema = "office_\(tag)"
        try TestPostgres.psql(base, "CREATE ROLE \(owner) LOGIN; CREATE ROLE \(deskRole) LOGIN; CREATE SCHEMA \(schema) AUTHORIZATION \(owner)")
        let ownerURL = TestPostgres.url(TestPostgres.url(base, user: owner), schema: schema)
        let deskURL = TestPostgres.url(TestPostgres.url(base, user: deskRole), schema: schema)
        _ = try PostgresDeskStore(url: ownerURL)
        // As in the README's "Shared desk on PostgreSQL".
        try TestPostgres.psql(
            ownerURL,
            """
            GRANT USAGE ON SCHEMA \(schema) TO \(deskRole);
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(deskRole);
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(schema) TO \(deskRole);
            """)
        let desk = try StorageBackend.desk(try PostgresDeskStore(url: deskURL))
        #expect(desk.respond(to: "need a receptionist Tuesday").bookings.first?.id == 1)
        #expect(desk.respond(to: "undo").text == "Undone: booked #1.")
        #expect(throws: TestPostgres.PSQLFailure.self) { try TestPostgres.psql(deskURL, "CREATE TABLE \(schema).mine (i int)") }
        #expect(throws: TestPostgres.PSQLFailure.self) { try TestPostgres.psql(deskURL, "DROP TABLE \(schema).booking") }
        #expect(throws: TestPostgres.PSQLFailure.self) { try TestPostgres.psql(deskURL, "TRUNCATE \(schema).change_set") }
        #expect(try TestPostgres.psql(ownerURL, "SELECT count(*) FROM change_set") == "1")
    }
}
