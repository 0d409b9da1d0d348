import Foundation
import Understanding

/// What the desk remembers about the roster for the line in hand.
struct RosterContext {
    /// The person the line asked for by name ("with Sarah"), as typed.
    var named: String?
    /// The team as last read, with the stamp it was read at.
    var known: (stamp: RosterStamp, team: [Assistant])?
}

extension Desk {
    /// A line's bookings given their people, or why no one could take one of them (and then nothing is booked).
    enum Assignment {
        case assigned([Booking])
        /// Why, and what could be booked instead (nothing for a group or a series).
        case noOneFree(String, [Offer])
    }

    /// Gives each planned booking one assistant who does the role, works those hours in their own zone, is not on
    /// leave and has no overlapping booking; run inside the commit's write transaction, so the check and the insert
    /// are one. The choice: the person named, else the person the rest of the line went to, else continuity (who did
    /// the role last), else fairness (fewest hours booked in the 28 days before the slot), else by name. Without a roster, bookings stay as planned.
    /// With `offering`, a single booking no one can take comes back with alternatives the owner may pick.
    func assign(_ planned: [Booking], in tx: DeskTransaction, offering: Bool = false) throws -> Assignment {
        let team = try currentTeam(in: tx)
        guard !team.isEmpty else { return .assigned(planned) }
        var named: Assistant?
        if let name = roster.named {
            do { named = try Roster.find(name, in: team) } catch {
                return .noOneFree(
                    "\(error.message.capitalisingFirst()). The team: \(team.map(\.name).joined(separator: ", ")). Nothing was booked.", [])
            }
        }
        var last: [String: Int64] = [:]
        var taken: [(id: Int64, start: Int64, end: Int64)] = []
        var first: Int64?
        var result: [Booking] = []
        for booking in planned {
            // A task due by a date has no slot to fill.
            guard booking.isDeadline != true else { result.append(booking); continue }
            var busy = try tx.busyAssistants(from: booking.start, until: booking.end, excluding: [])
            for t in taken where t.start < booking.end && booking.start < t.end { busy.insert(t.id) }
            let person: Assistant, reason: AssignmentReason
            // In a series over several days the person named keeps every day they are free; the rest go to others, as the reply says.
            let strict = Set(planned.map(\.start)).count == 1
            if let named, !strict, first == nil { first = named.id }
            if let named, strict {
                if let obstacle = Availability.obstacle(named, role: booking.role, start: booking.start, end: booking.end, busy: busy) {
                    let offers = offering && planned.count == 1 ? try alternatives(to: booking, preferred: named, team: team, busy: busy, in: tx) : []
                    return .noOneFree(namedUnavailable(named, obstacle, booking, team: team, busy: busy, offers: offers), offers)
                }
                (person, reason) = (named, .named)
            } else {
                let free = team.filter { Availability.obstacle($0, role: booking.role, start: booking.start, end: booking.end, busy: busy) == nil }
                guard !free.isEmpty else {
                    let offers = offering && planned.count == 1 ? try alternatives(to: booking, preferred: nil, team: team, busy: busy, in: tx) : []
                    return .noOneFree(noOneFree(booking, team: team, busy: busy, offers: offers), offers)
                }
                if last[booking.role] == nil, let id = try tx.lastAssistant(role: booking.role) { last[booking.role] = id }
                if let first, let same = free.first(where: { $0.id == first }) {
                    (person, reason) = (same, same.id == named?.id ? .named : .series)
                } else if free.count == 1 {
                    (person, reason) = (free[0], .only)
                } else if let usual = free.first(where: { $0.id == last[booking.role] }) {
                    (person, reason) = (usual, .continuity)
                } else {
                    // Fairness looks at the four weeks before the slot, so work already booked ahead counts too.
                    let hours = try tx.bookedMinutes(of: free.map(\.id), startingFrom: booking.start - 28 * 86_400, before: booking.start)
                    // The fewest minutes, then by name among those level: names compared only for them, each once.
                    let fewest = free.lazy.map { hours[$0.id] ?? 0 }.min()!
                    let level = free.filter { (hours[$0.id] ?? 0) == fewest }
                    let chosen = level.count == 1 ? level[0] : level.map { ($0.nameKey, $0) }.min { $0.0 < $1.0 }!.1
                    (person, reason) = (chosen, level.count > 1 ? .name : .fairness)
                }
            }
            if first == nil { first = person.id }
            taken.append((person.id, booking.start, booking.end))
            var assigned = booking
            assigned.assistant = BookedAssistant(id: person.id, name: person.name, zone: person.zone)
            assigned.assignedBecause = reason.rawValue
            result.append(assigned)
        }
        return .assigned(result)
    }

    /// The team as the transaction sees it: read again only when the roster's stamp has moved since the last read,
    /// so a line costs one small query, not every assistant with their hours and leave.
    func currentTeam(in tx: DeskTransaction) throws -> [Assistant] {
        let stamp = try tx.rosterStamp()
        if let known = roster.known, known.stamp == stamp { return known.team }
        let team = stamp.count == 0 ? [] : try tx.assistants()
        roster.known = (stamp, team)
        return team
    }

    /// A change re-checks the person of each booking it moves: they keep it when they can still take it; a new role
    /// nobody's person does goes to whoever the usual order picks. When the person can't take it, nothing is changed
    /// and the reply says why, offering (for a single booking) what the change could be instead, as booking does.
    /// A person named for the line (an offer picked: "Tom is fine") takes the change in place of the one who holds it.
    func recheck(_ changed: [(before: Booking, after: Booking)], in tx: DeskTransaction) throws -> Assignment {
        guard changed.contains(where: { $0.before.assistant != nil }) else { return .assigned(changed.map(\.after)) }
        let team = try currentTeam(in: tx)
        guard !team.isEmpty else { return .assigned(changed.map(\.after)) }
        let ids = changed.map(\.after.id)
        let picked = roster.named.flatMap { name in team.first { $0.name == name } }
        var result: [Booking] = []
        for (before, after) in changed {
            guard let held = after.assistant, after.start != before.start || after.end != before.end || after.role != before.role else {
                result.append(after)
                continue
            }
            var busy = try tx.busyAssistants(from: after.start, until: after.end, excluding: ids)
            for other in result where other.assistant != nil && other.start < after.end && after.start < other.end {
                busy.insert(other.assistant!.id)
            }
            let person = picked ?? team.first { $0.id == held.id }
            let obstacle =
                person.map { Availability.obstacle($0, role: after.role, start: after.start, end: after.end, busy: busy) }
                ?? .role(after.role)
            guard let obstacle else {
                var kept = after
                if let person, person.id != held.id {
                    kept.assistant = BookedAssistant(id: person.id, name: person.name, zone: person.zone)
                    kept.assignedBecause = AssignmentReason.named.rawValue
                }
                result.append(kept)
                continue
            }
            if after.role != before.role || person == nil {
                var fresh = after
                fresh.assistant = nil
                switch try assign([fresh], in: tx) {
                case .assigned(let made): result.append(made[0])
                case .noOneFree(let why, _): return .noOneFree("No one can take #\(after.id) as changed. " + why, [])
                }
                continue
            }
            // The booking as it stands is no alternative to itself ("move it to Tuesday" offering where it already is).
            let offers =
                changed.count == 1
                ? try alternatives(to: after, preferred: person, team: team, busy: busy, excluding: ids, in: tx).filter {
                    !($0.person.id == held.id && $0.start == before.start && $0.end == before.end)
                } : []
            let text = namedUnavailable(
                person!, obstacle, after, team: team, busy: busy, closing: "Nothing was changed.", offers: offers,
                instead: "I can make it instead")
            return .noOneFree("#\(after.id) is \(held.name)'s: " + text, offers)
        }
        return .assigned(result)
    }

    /// Undo and redo put bookings back as they were; one that names a person must still find them free (another
    /// booking, or leave, may have taken the time since), else the whole step is refused and nothing moves.
    func refuseDoubleBooking(_ step: JournalStep, in tx: DeskTransaction, now: Int64) throws {
        guard case .restore(let state, let current) = step, let held = state.assistant, state.status == .booked,
            state.isDeadline != true, state.end > now
        else { return }
        // Only a step that gives the person time they don't hold now needs the check.
        if let current, current.status == .booked, current.assistant?.id == held.id, current.start <= state.start, state.end <= current.end { return }
        let busy = try tx.busyAssistants(from: state.start, until: state.end, excluding: [state.id])
        guard let person = try tx.assistant(id: held.id) else { return }
        let removed = try !tx.assistants().contains { $0.id == held.id }
        if removed {
            throw Refusal(
                message: "\(held.name) is no longer on the roster, so #\(state.id) can't be put back to them. Nothing was changed.",
                failure: .noOneFree)
        }
        if let obstacle = Availability.obstacle(person, role: state.role, start: state.start, end: state.end, busy: busy) {
            throw Refusal(
                message:
                    "#\(state.id) can't be put back: \(held.name) \(because(person, obstacle)), so can't take \(time.span(state.start, state.end)). Nothing was changed.",
                failure: .noOneFree)
        }
    }

    /// "Sarah Khan can't take it: on leave 14-18 Dec. Tom Reyes is free then." Nothing is booked.
    func namedUnavailable(
        _ person: Assistant, _ obstacle: Availability.Obstacle, _ booking: Booking, team: [Assistant], busy: Set<Int64>,
        closing: String = "Nothing was booked.", offers: [Offer] = [], instead: String = "I can book instead"
    ) -> String {
        var text = "\(person.name) \(because(person, obstacle)), so can't take \(time.span(booking.start, booking.end))."
        if !offers.isEmpty { return text + " \(closing) " + offersText(offers, instead: instead) }
        let others = team.filter {
            $0.id != person.id && Availability.obstacle($0, role: booking.role, start: booking.start, end: booking.end, busy: busy) == nil
        }
        if !others.isEmpty {
            let names = others.prefix(3).map(\.name)
            text += " \(Desk.listed(names)) \(names.count == 1 ? "is" : "are") free then"
            text += closing == "Nothing was booked." ? "; ask again naming \(names.count == 1 ? "them" : "one"), or without a name." : "."
        }
        return text + " " + closing
    }

    /// "Nobody who does receptionist work is free then: Sarah Khan is on leave 14-18 Dec; Tom Reyes is booked then."
    func noOneFree(_ booking: Booking, team: [Assistant], busy: Set<Int64>, offers: [Offer] = []) -> String {
        let role = catalogue.role(booking.role)?.label ?? booking.role
        let able = team.filter { $0.roles.contains(booking.role) }
        guard !able.isEmpty else {
            return "No one on the team does \(role) work, so I can't book it. Nothing was booked."
        }
        let reasons = able.prefix(3).compactMap { person in
            Availability.obstacle(person, role: booking.role, start: booking.start, end: booking.end, busy: busy).map {
                "\(person.name) \(because(person, $0))"
            }
        }
        let more = able.count > 3 ? "; and \(able.count - 3) more" : ""
        let text = "No \(role) is free \(time.span(booking.start, booking.end)): \(reasons.joined(separator: "; "))\(more). Nothing was booked."
        return offers.isEmpty ? text : text + " " + offersText(offers)
    }

    /// A refusal's text without its closing "Nothing was booked.", for a reply that books nothing anyway.
    static func withoutClosing(_ text: String) -> String {
        let closing = " Nothing was booked."
        return text.hasSuffix(closing) ? String(text.dropLast(closing.count)) : text
    }

    /// Why one person can't take a slot, after their name.
    func because(_ person: Assistant, _ obstacle: Availability.Obstacle) -> String {
        switch obstacle {
        case .role(let id): return "doesn't do \(catalogue.role(id)?.label ?? id) work"
        case .leave(let away):
            return away.first == away.last ? "is on leave on \(away.first.short)" : "is on leave \(away.first.short) to \(away.last.short)"
        case .hours:
            let zone = person.zone == time.zone.identifier ? "" : " \(Desk.city(person.zone)) time"
            return "works \(person.hours.text)\(zone)"
        case .booked: return "is booked then"
        }
    }

    /// Who does a line's bookings, for its reply: " Sarah Khan will do it (as you asked)."; empty without a roster.
    func assignmentText(_ made: [Booking]) -> String {
        let assigned = made.filter { $0.assistant != nil }
        guard let lead = assigned.first?.assistant else { return "" }
        let role = catalogue.role(assigned[0].role)?.label ?? assigned[0].role
        let reason = AssignmentReason(rawValue: assigned[0].assignedBecause ?? "")?.phrase(role: role)
        let why = reason.map { " (\($0))" } ?? ""
        if assigned.count == 1 {
            return " \(lead.name) will do it\(theirTime(assigned[0], lead))\(why)."
        }
        var people: [BookedAssistant] = []
        for booking in assigned where !people.contains(where: { $0.id == booking.assistant!.id }) { people.append(booking.assistant!) }
        if people.count == 1 { return " \(lead.name) will do them all\(why)." }
        // Several people at one time ("two receptionists"): each does one.
        if Set(assigned.map(\.start)).count == 1 {
            return " \(Desk.listed(people.map(\.name))) will do them."
        }
        let elsewhere = assigned.filter { $0.assistant!.id != lead.id }
        let others = people.dropFirst().map { person in
            let dates = elsewhere.filter { $0.assistant!.id == person.id }.map { time.local($0.start).date.short }
            return "\(Desk.listed(dates)) went to \(person.name)"
        }
        return " \(lead.name) will do them\(why), except that \(others.joined(separator: "; ")), as \(lead.name) is not free then."
    }

    /// ", 17:00-01:00 their time in Manila" when the assistant's clock differs from the desk's then.
    func theirTime(_ booking: Booking, _ person: BookedAssistant) -> String {
        theirTime(booking.start, booking.end, person)
    }

    func theirTime(_ start: Int64, _ end: Int64, _ person: BookedAssistant) -> String {
        guard TimeZone(identifier: person.zone) != nil else { return "" }
        let theirs = Availability.clock(person.zone)
        guard theirs.offset(at: start) != time.offset(at: start) else { return "" }
        let from = theirs.local(start), until = theirs.local(end)
        let day = from.date == time.local(start).date ? "" : " on \(from.date.short)"
        // Work that ends at their midnight ends at 24:00, as their hours are written.
        let end = until.minute == 0 && until.date != from.date ? "24:00" : Clock24.format(until.minute)
        return ", \(Clock24.format(from.minute))-\(end)\(day) their time in \(Desk.city(person.zone))"
    }

    /// " with Sarah Khan" (or " with Sarah Khan and Tom Reyes") for the history of a line whose bookings name people.
    static func whoSummary(_ made: [Booking]) -> String {
        var names: [String] = []
        for booking in made { if let name = booking.assistant?.name, !names.contains(name) { names.append(name) } }
        return names.isEmpty ? "" : " with " + listed(names)
    }

    /// "Asia/Manila" → "Manila", "America/New_York" → "New York".
    static func city(_ zone: String) -> String {
        String(zone.split(separator: "/").last ?? Substring(zone)).split(separator: "_").joined(separator: " ")
    }

}
