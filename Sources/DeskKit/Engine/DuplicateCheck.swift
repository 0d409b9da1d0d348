/// A booking for the same role, the very same hours and the same task (or none) as one already booked is
/// more often a line sent twice than a second person wanted, so the desk asks before booking it. Several
/// people asked for in one request ("two receptionists") are never duplicates of each other, and another
/// task ("a PA Friday to plan the launch") is another job.
extension Desk {
    /// "You already have #3: receptionist, Tue 1 Dec, 09:00-17:00. Book another? (yes/no)"
    func duplicateQuestion(_ twins: [Int64], role: Role, start: Int64, end: Int64, count: Int) -> String {
        let ids = twins.map { "#\($0)" }
        let named = ids.count == 1 ? ids[0] : ids.dropLast().joined(separator: ", ") + " and " + ids.last!
        let more = count == 1 ? "another" : "\(count) more"
        return "You already have \(named): \(role.label), \(time.span(start, end)). Book \(more)? (yes/no)"
    }
}
