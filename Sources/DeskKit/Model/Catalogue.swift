import Understanding

/// A role the desk can book, with its price and default hours.
public struct Role: Sendable, Equatable {
    public let id: String
    public let label: String
    /// Price per hour in minor units.
    public let hourlyMinor: Int64
    public let minimumMinutes: Int
    public let shiftStart: Int
    public let shiftEnd: Int
    public let synonyms: [String]

    public var shiftMinutes: Int { shiftEnd - shiftStart }
}

/// The service catalogue read from the `desk` and `role` blocks of Intents/*.roles.
public struct Catalogue: Sendable {
    public let currency: String
    public let money: MoneyFormat
    public let incrementMinutes: Int
    /// Surcharges, holidays, rush and late-cancellation fees, tax.
    public private(set) var rules: PricingRules
    public let roles: [Role]
    private let byId: [String: Role]

    public func role(_ id: String) -> Role? { byId[id] }

    /// Charges the public holidays of another region; false when no region has that id, label or name.
    public mutating func selectRegion(_ name: String) -> Bool { rules.holidays.selectRegion(name) }

    /// `holidays` are the rules the grammar read from the same files, so they are not read twice; without
    /// them they are read here.
    public init(files: [(name: String, text: String)], holidays: HolidayRules? = nil) throws(RuleError) {
        var currency: String?, symbol = "", digits = 2, increment = 15
        var roles: [Role] = []
        var rules = PricingRules()
        var firstFile = "Intents"
        for (name, text) in files where name.hasSuffix(".roles") {
            firstFile = name
            let file = try RuleFile(name: name, text: text, skippingEntriesOf: ["region", "holiday"])
            for block in file.blocks {
                switch block.keyword {
                case "desk":
                    for entry in block.entries {
                        func fail(_ m: String) -> RuleError { RuleError(file: name, line: entry.line, message: m) }
                        switch entry.key {
                        case "currency":
                            guard entry.value.count == 3, entry.value.allSatisfy(\.isUppercase) else {
                                throw fail("currency is an ISO code like GBP")
                            }
                            currency = entry.value
                        case "symbol": symbol = entry.value
                        case "digits":
                            guard let d = Int(entry.value), (0...3).contains(d) else { throw fail("digits is 0 to 3") }
                            digits = d
                        case "increment":
                            guard let m = Catalogue.minutes(entry.value), m > 0, m <= 60 else {
                                throw fail("increment is a time like 15m, at most 1h")
                            }
                            increment = m
                        default:
                            guard try rules.read(entry, file: name) else { throw fail("unknown key '\(entry.key)' in the desk block") }
                        }
                    }
                case "role":
                    roles.append(try Catalogue.role(block, file: name, digits: digits))
                case "region", "holiday":
                    continue
                default:
                    throw RuleError(file: name, line: block.line, message: "unknown block '\(block.keyword)' in a .roles file")
                }
            }
        }
        guard let currency else { throw RuleError(file: firstFile, line: 1, message: "no desk block with a currency") }
        guard !roles.isEmpty else { throw RuleError(file: firstFile, line: 1, message: "no roles") }
        var byId: [String: Role] = [:]
        for role in roles {
            guard byId[role.id] == nil else { throw RuleError(file: firstFile, line: 1, message: "role \(role.id) is defined twice") }
            byId[role.id] = role
        }
        self.currency = currency
        self.money = MoneyFormat(symbol: symbol, digits: digits)
        self.incrementMinutes = increment
        let dated = rules.holidays.dated
        let holidayRules: HolidayRules
        if let holidays { holidayRules = holidays } else { holidayRules = try HolidayRules(files: files) }
        rules.holidays = HolidayCalendar(rules: holidayRules)
        rules.holidays.dated = dated
        self.rules = rules
        self.roles = roles
        self.byId = byId
    }

    private static func role(_ block: RuleFile.Block, file: String, digits: Int) throws(RuleError) -> Role {
        func need(_ key: String) throws(RuleError) -> RuleFile.Entry {
            guard let entry = block.first(key) else {
                throw RuleError(file: file, line: block.line, message: "role \(block.name) has no \(key)")
            }
            return entry
        }
        guard !block.name.isEmpty, block.name.allSatisfy({ $0.isLetter || $0 == "_" || $0.isNumber }) else {
            throw RuleError(file: file, line: block.line, message: "a role id is letters, digits and _, not '\(block.name)'")
        }
        let rate = try need("rate"), minimum = try need("minimum"), shift = try need("shift")
        guard let hourly = Money.parseMinor(rate.value, digits: digits), hourly > 0 else {
            throw RuleError(file: file, line: rate.line, message: "rate is a price like 22.00, not '\(rate.value)'")
        }
        guard let minimumMinutes = minutes(minimum.value) else {
            throw RuleError(file: file, line: minimum.line, message: "minimum is a time like 2h or 90m, not '\(minimum.value)'")
        }
        let ends = shift.value.split(separator: "-")
        guard ends.count == 2, let a = clock(ends[0]), let b = clock(ends[1]), a < b else {
            throw RuleError(file: file, line: shift.line, message: "shift is a range like 09:00-17:00, not '\(shift.value)'")
        }
        let label = block.first("label")?.value ?? block.name
        let synonyms = try need("synonyms").alternatives
        for entry in block.entries where !["label", "rate", "minimum", "shift", "synonyms"].contains(entry.key) {
            throw RuleError(file: file, line: entry.line, message: "unknown key '\(entry.key)' in role \(block.name)")
        }
        return Role(
            id: block.name, label: label, hourlyMinor: hourly, minimumMinutes: minimumMinutes,
            shiftStart: a, shiftEnd: b, synonyms: synonyms)
    }

    /// "2h", "90m", "1h30m" → minutes.
    static func minutes(_ text: String) -> Int? {
        var total = 0, number = 0, sawDigit = false
        for c in text {
            if let d = c.wholeNumberValue, c.isASCII { number = number * 10 + d; sawDigit = true; continue }
            guard sawDigit else { return nil }
            switch c {
            case "h": total += number * 60
            case "m": total += number
            default: return nil
            }
            number = 0; sawDigit = false
        }
        return sawDigit || total == 0 && text.isEmpty ? nil : total
    }

    static func clock(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }
}
