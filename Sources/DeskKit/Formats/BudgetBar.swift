/// A month's money against its budget: what "am I on budget?" reports, as numbers for JSON and as a
/// one-line bar for a terminal.
public struct SpendFigures: Sendable, Equatable {
    /// The month, as JSON names it: "2026-12".
    public var month: String
    public var budgetMinor: Int64?
    public var spentMinor: Int64
    public var bookedMinor: Int64

    public init(month: String, budgetMinor: Int64?, spentMinor: Int64, bookedMinor: Int64) {
        self.month = month
        self.budgetMinor = budgetMinor
        self.spentMinor = spentMinor
        self.bookedMinor = bookedMinor
    }

    public var committedMinor: Int64 { spentMinor + bookedMinor }
    /// What is left of the budget; negative when over it.
    public var leftMinor: Int64? { budgetMinor.map { $0 - committedMinor } }
}

/// The bar drawn under the budget reply on a terminal:
/// `[████████▒▒▒▒░░░░░░░░░░░░░░░░░░░░░░░░░░░░] spent £176.00, booked £211.20, left £412.80`.
/// Spent is `█`, booked and not yet done `▒`, left `░`, so it reads without colour too; over budget the
/// bar is scaled to what is committed and ends with `!`.
public enum BudgetBar {
    public static let width = 40

    public static func line(_ figures: SpendFigures, money: MoneyFormat, colour: Bool) -> String? {
        guard let budget = figures.budgetMinor, budget > 0 else { return nil }
        let scale = max(budget, figures.committedMinor)
        func cells(_ minor: Int64) -> Int { minor <= 0 ? 0 : max(1, Int(minor * Int64(width) / scale)) }
        let spent = min(width, cells(figures.spentMinor))
        let booked = min(width - spent, cells(figures.bookedMinor))
        let over = figures.committedMinor > budget
        let left = over ? 0 : width - spent - booked
        func paint(_ text: String, _ code: String) -> String { colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let bar =
            paint(String(repeating: "█", count: spent), over ? "31" : "32")
            + paint(String(repeating: "▒", count: booked), over ? "31" : "33")
            + paint(String(repeating: "░", count: left), "2")
            + (over ? String(repeating: "!", count: width - spent - booked) : "")
        var text = "[\(bar)] spent \(money.format(figures.spentMinor)), booked \(money.format(figures.bookedMinor)), "
        text += over ? "over by \(money.format(figures.committedMinor - budget))" : "left \(money.format(budget - figures.committedMinor))"
        return text
    }
}
