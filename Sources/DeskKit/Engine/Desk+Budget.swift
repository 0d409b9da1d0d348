import Understanding

/// The monthly budget: setting it, the note on each booking, the check before going over, and spend.
extension Desk {
    /// The first instant of the month holding `date`, and of the month after.
    func monthBounds(_ date: CivilDate) -> (from: Int64, to: Int64, first: CivilDate) {
        let first = CivilDate(year: date.year, month: date.month, day: 1)
        return (
            time.instant(LocalDateTime(date: first, minute: 0)),
            time.instant(LocalDateTime(date: first.adding(months: 1), minute: 0)), first
        )
    }

    /// "December 2026".
    func monthName(_ date: CivilDate) -> String {
        Desk.monthNames[date.month - 1] + " \(date.year)"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"
    ]

    /// Spent (work done and fees) and still booked, for the month holding `date`.
    func monthSpend(_ date: CivilDate) throws -> (spent: Int64, booked: Int64) {
        let bounds = monthBounds(date)
        return try store.read { try $0.spend(startingFrom: bounds.from, before: bounds.to) }
    }

    /// The budget and the month's spend in one read, or nil when no budget is set.
    /// Inside `tx` when given, so a booking's check, write and note are one transaction.
    func budgetAndSpend(_ date: CivilDate, in tx: DeskTransaction? = nil) throws -> (budget: Int64, spent: Int64, booked: Int64)? {
        let bounds = monthBounds(date)
        func read(_ tx: DeskTransaction) throws -> (budget: Int64, spent: Int64, booked: Int64)? {
            guard let budget = try tx.monthlyBudget() else { return nil }
            let spend = try tx.spend(startingFrom: bounds.from, before: bounds.to)
            return (budget, spend.spent, spend.booked)
        }
        if let tx { return try read(tx) }
        return try store.read(read)
    }

    /// The question to ask when adding `amount` in the month of `start` would go over the budget.
    func budgetWarning(adding amount: Int64, at start: Int64, in tx: DeskTransaction? = nil) throws -> String? {
        try budgetWarning(adding: [(start, amount)], in: tx)
    }

    /// The question to ask when adding these amounts, each counted in the month it starts in, would take
    /// any month over the budget: a series from December into January is checked against both.
    /// A change passes amounts taken off (negative) as well as added; only a month it adds to is checked, and
    /// `question` is what the owner is asked.
    func budgetWarning(
        adding amounts: [(start: Int64, minor: Int64)], in tx: DeskTransaction? = nil,
        question: String = "Book it anyway?"
    ) throws -> String? {
        var byMonth: [(month: CivilDate, minor: Int64)] = []
        for (start, minor) in amounts {
            let date = time.local(start).date
            let month = CivilDate(year: date.year, month: date.month, day: 1)
            if let index = byMonth.firstIndex(where: { $0.month == month }) {
                byMonth[index].minor += minor
            } else {
                byMonth.append((month, minor))
            }
        }
        var over: [(month: CivilDate, after: Int64, budget: Int64)] = []
        for (month, minor) in byMonth.sorted(by: { $0.month < $1.month }) where minor > 0 {
            guard let (budget, spent, booked) = try budgetAndSpend(month, in: tx) else { return nil }
            let after = spent + booked + minor
            if after > budget { over.append((month, after, budget)) }
        }
        guard let first = over.first else { return nil }
        let total = amounts.reduce(0) { $0 + $1.minor }
        let months = over.map { "\(monthName($0.month)) to \(money($0.after)) committed, \(money($0.after - $0.budget)) over" }
        let listed = months.count == 1 ? months[0] : months.dropLast().joined(separator: "; ") + "; and " + months.last!
        let cost = amounts.contains { $0.minor < 0 } ? "\(money(total)) more" : "\(money(total))\(byMonth.count > 1 ? " in all" : "")"
        return "That would cost \(cost) and take \(listed) your \(money(first.budget)) monthly budget. \(question) (yes/no)"
    }

    /// The sentence each booking reply ends with when a budget is set.
    func budgetNote(at start: Int64, in tx: DeskTransaction? = nil) throws -> String? {
        let month = time.local(start).date
        guard let (budget, spent, booked) = try budgetAndSpend(month, in: tx) else { return nil }
        let committed = spent + booked
        var text = "\(money(committed)) of your \(money(budget)) budget for \(monthName(month)) is now committed (\(percent(committed, of: budget))%)"
        if committed > budget { text += ", \(money(committed - budget)) over" }
        return text + "."
    }

    /// Whole percent, rounded down, without floating point.
    func percent(_ part: Int64, of whole: Int64) -> Int64 {
        whole > 0 ? part * 100 / whole : 0
    }

    func setBudget(_ slots: Slots, line: String) throws -> Reply {
        guard let amount = slots.moneyMinor, amount > 0 else {
            return Reply.refusal(
                line, intent: .budget, "How much should the monthly budget be? For example \"set my monthly budget to £800\".",
                error: .noAmount)
        }
        if let currency = slots.moneyCurrency, currency != catalogue.currency {
            return Reply.refusal(
                line, intent: .budget, "The desk works in \(catalogue.currency); please give the budget in \(catalogue.currency).",
                error: .currency(currency))
        }
        let now = self.now
        try store.transaction { tx in
            let before = try tx.monthlyBudget()
            let was = before.map { "was \(money($0))" } ?? "none before"
            try tx.setMonthlyBudget(amount, request: line, summary: "monthly budget set to \(money(amount)) (\(was))", madeAt: now)
        }
        return Reply(
            input: line, intent: .budget, text: "Your monthly budget is now \(money(amount)). " + (try spendSummary(localNow.date, budget: amount)))
    }

    func spend(_ slots: Slots, line: String) throws -> Reply {
        let month = slots.month ?? slots.date ?? localNow.date
        let budget = try store.read { try $0.monthlyBudget() }
        var text = try spendSummary(month, budget: budget)
        if budget == nil { text += " No monthly budget is set; say \"set my monthly budget to £800\" to set one." }
        let spend = try monthSpend(month)
        let figures = SpendFigures(
            month: String(CivilDate(year: month.year, month: month.month, day: 1).description.prefix(7)),
            budgetMinor: budget, spentMinor: spend.spent, bookedMinor: spend.booked)
        var reply = Reply(input: line, intent: .spend, text: text)
        reply.spend = figures
        return reply
    }

    /// "December 2026: £176.00 spent on work done, £211.20 booked, £387.20 committed; within your £800.00 budget (48%), £412.80 left."
    func spendSummary(_ month: CivilDate, budget: Int64?) throws -> String {
        let spend = try monthSpend(month)
        let committed = spend.spent + spend.booked
        var text =
            "\(monthName(month)): \(money(spend.spent)) spent on work done and fees, \(money(spend.booked)) booked and not yet done, \(money(committed)) committed"
        if let budget {
            if committed > budget {
                text += "; that is \(money(committed - budget)) over your \(money(budget)) budget."
            } else {
                text += "; within your \(money(budget)) budget (\(percent(committed, of: budget))%), \(money(budget - committed)) left."
            }
        } else {
            text += "."
        }
        return text
    }
}
