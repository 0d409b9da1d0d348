import Foundation
import Testing
import VadeskTestSupport

/// `vadesk staff`: the roster from the shell, with refusals that name the field and exit statuses a script can test.
@Suite struct StaffCommandTests {
    let clock = ["--now", "2026-11-30T09:00"]

    @Test func addListLeaveAndRemove() throws {
        let db = temporaryFolder() + "/desk.sqlite"
        let add = try Run([
            "staff", "add", "Sarah Khan", "--roles", "receptionist,customer_service", "--tz", "Europe/London",
            "--hours", "Mon-Fri 09:00-17:00", "--db", db
        ])
        #expect(add.status == 0)
        #expect(add.stdout == "Added Sarah Khan: receptionist, customer service agent; Europe/London; Mon-Fri 09:00-17:00.\n")
        let leave = try Run(["staff", "leave", "Sarah", "2026-12-14..2026-12-18", "--db", db] + clock)
        #expect(leave.stdout == "Sarah Khan is away 2026-12-14..2026-12-18.\n")
        let overlapping = try Run(["staff", "leave", "Sarah Khan", "2026-12-18", "--db", db] + clock)
        #expect(overlapping.status == 64)
        #expect(overlapping.stderr.contains("leave: 2026-12-18 overlaps Sarah Khan's leave 2026-12-14..2026-12-18"))
        let list = try Run(["staff", "list", "--db", db] + clock)
        #expect(list.stdout == "Sarah Khan: receptionist, customer service agent; Europe/London; Mon-Fri 09:00-17:00; leave 2026-12-14..2026-12-18\n")
        let json = try object(try Run(["staff", "list", "--json", "--db", db] + clock).stdout)
        let people = try #require(json["assistants"] as? [[String: Any]])
        #expect(people.count == 1)
        #expect(people[0]["name"] as? String == "Sarah Khan")
        #expect(people[0]["tz"] as? String == "Europe/London")
        #expect(people[0]["roles"] as? [String] == ["receptionist", "customer_service"])
        #expect((people[0]["leave"] as? [[String: String]])?.first?["from"] == "2026-12-14")
        let remove = try Run(["staff", "remove", "Sarah Khan", "--db", db] + clock)
        #expect(remove.status == 0)
        #expect(try Run(["staff", "list", "--json", "--db", db] + clock).stdout == "{\"assistants\":[]}\n")
    }

    @Test func explainSaysWhoWouldDoABookingAndWhy() throws {
        let db = temporaryFolder() + "/desk.sqlite"
        #expect(
            try Run(["staff", "add", "Tom Reyes", "--roles", "receptionist", "--tz", "America/New_York", "--hours", "Mon-Fri 04:00-12:00", "--db", db]
            ).status == 0)
        let text = try Run(["explain", "--db", db, "--tz", "Europe/London"] + clock + ["need a receptionist on Tuesday"])
        #expect(text.stdout.hasSuffix("assistant: Tom Reyes would do it, 04:00-12:00 their time in New York (the only receptionist free then).\n"))
        let json = try object(try Run(["explain", "--json", "--db", db, "--tz", "Europe/London"] + clock + ["need a packer on Tuesday"]).stdout)
        let assignment = try #require(json["assignment"] as? [String: Any])
        #expect(assignment["reason"] as? String == "No one on the team does packer work, so I can't book it.")
        #expect(assignment["assistant"] is NSNull)
        // Without a database named, explain reads no store and says nothing of the roster.
        let bare = try object(try Run(["explain", "--json", "--tz", "Europe/London"] + clock + ["need a receptionist on Tuesday"]).stdout)
        #expect(bare["assignment"] == nil)
    }

    @Test func removingSomeoneWithBookingsToComeAsksForReassignment() throws {
        let db = temporaryFolder() + "/desk.sqlite"
        for (name, hours) in [("Sarah Khan", "Mon-Fri 09:00-17:00"), ("Tom Reyes", "Mon-Fri 09:00-17:00")] {
            #expect(try Run(["staff", "add", name, "--roles", "receptionist", "--tz", "Europe/London", "--hours", hours, "--db", db]).status == 0)
        }
        _ = try Run(["--db", db, "--tz", "Europe/London"] + clock, input: Data("need a receptionist on 9 December with Sarah\n".utf8))
        let refused = try Run(["staff", "remove", "Sarah", "--db", db, "--tz", "Europe/London"] + clock)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("Sarah Khan has 1 booking still to come (#1 Wed 9 Dec, 09:00-17:00); have them reassigned first"))
        let moved = try Run(["staff", "remove", "Sarah", "--reassign", "--db", db, "--tz", "Europe/London"] + clock)
        #expect(moved.status == 0)
        #expect(moved.stdout == "Removed Sarah Khan from the roster.\n#1 Wed 9 Dec, 09:00-17:00 goes to Tom Reyes now.\n")
    }

    @Test(arguments: [
        (["--roles", "receptionst", "--tz", "UTC", "--hours", "Mon 09:00-10:00"], "roles: unknown role 'receptionst'"),
        (["--roles", "packer", "--tz", "Europe/Londn", "--hours", "Mon 09:00-10:00"], "tz: unknown time zone 'Europe/Londn'"),
        (["--roles", "packer", "--tz", "UTC", "--hours", "Mon 25:00-26:00"], "hours: 25:00 is not a time of day"),
        (["--roles", "packer", "--tz", "UTC", "--hours", "Mon-Fry 09:00-17:00"], "hours: 'Fry' is not a day")
    ])
    func aBadFieldIsNamedAndNothingIsAdded(_ arguments: [String], _ message: String) throws {
        let db = temporaryFolder() + "/desk.sqlite"
        let run = try Run(["staff", "add", "Eve", "--db", db] + arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("staff: \(message)"))
        #expect(try Run(["staff", "list", "--json", "--db", db]).stdout == "{\"assistants\":[]}\n")
    }

    @Test func importIsAllOrNothing() throws {
        let folder = temporaryFolder()
        let db = folder + "/desk.sqlite"
        let bad = folder + "/bad.csv"
        try "name,roles,tz,hours\r\nAna Cruz,receptionist,Asia/Manila,Mon-Fri 09:00-17:00\r\nEve,=SUM(A1),UTC,Mon 09:00-10:00\r\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try Run(["staff", "import", bad, "--db", db])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("line 3, roles: '=SUM(A1)' starts like a spreadsheet formula"))
        #expect(try Run(["staff", "list", "--json", "--db", db]).stdout == "{\"assistants\":[]}\n")
        let good = folder + "/good.csv"
        try
            "name,roles,tz,hours\nAna Cruz,receptionist,Asia/Manila,Mon-Fri 09:00-17:00\n\"Lee, Bo\",\"packer,receptionist\",America/New_York,\"Mon 08:00-12:00,13:00-16:00\"\n"
            .write(toFile: good, atomically: true, encoding: .utf8)
        let imported = try Run(["staff", "import", good, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stdout == "Imported 2 assistants: Ana Cruz, Lee, Bo.\n")
        let missing = try Run(["staff", "import", folder + "/none.csv", "--db", db])
        #expect(missing.status == 66)
    }
}
