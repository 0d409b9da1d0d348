import DeskKit
import DeskStoreSQLite
import Foundation
import GRDB
import Testing
import VadeskTestSupport

@Suite struct StoreTests {
    @Test func aBookingSurvivesARestart() throws {
        let path = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        do {
            let desk = try makeDesk(path: path)
            #expect(desk.respond(to: "need a receptionist Tuesday").bookings.first?.id == 1)
        }
        let again = try makeDesk(path: path)
        let list = again.respond(to: "show my bookings")
        #expect(list.bookings.map(\.id) == [1])
        #expect(list.bookings.first?.role == "receptionist")
        #expect(list.bookings.first?.quoteMinor == 17_600)
    }

    @Test func idsAreNeverReused() throws {
        let desk = try makeDesk()
        _ = desk.respond(to: "need a receptionist Tuesday")
        _ = desk.respond(to: "need a PA Wednesday")
        _ = desk.respond(to: "undo")
        #expect(desk.respond(to: "need a packer Friday").bookings.first?.id == 3)
    }

    @Test func theFileIsPrivate() throws {
        let folder = (temporaryFolder() as NSString).appendingPathComponent("data")
        let path = (folder as NSString).appendingPathComponent("desk.sqlite")
        _ = try SQLiteDeskStore(path: path)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let path = (temporaryFolder() as NSString).appendingPathComponent("notes.sqlite")
        let content = Data(String(repeating: "my shopping list, not a database\n", count: 200).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try SQLiteDeskStore(path: path) }
        do {
            _ = try SQLiteDeskStore(path: path)
        } catch {
            #expect("\(error)".contains("is not a vadesk database"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func aNewerSchemaIsRefused() throws {
        let path = (temporaryFolder() as NSString).appendingPathComponent("desk.sqlite")
        _ = try SQLiteDeskStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        try queue.close()
        do {
            _ = try SQLiteDeskStore(path: path)
            Issue.record("a newer schema was opened")
        } catch {
            #expect("\(error)".contains("newer vadesk"))
        }
    }

    @Test func sqlLookingTextIsStoredVerbatim() throws {
        let desk = try makeDesk()
        let text = "x'); DELETE FROM booking; --"
        let reply = desk.respond(to: "need a receptionist Tuesday to check \(text)")
        #expect(reply.bookings.first?.task == "check \(text)")
        #expect(desk.respond(to: "show my bookings").bookings.first?.task == "check \(text)")
    }
}
