extension HolidayRules {
    /// Reads the holiday rules alone from the `.roles` files, for a catalogue built without a grammar.
    public convenience init(files: [(name: String, text: String)]) throws(RuleError) {
        var builder = Builder()
        for (name, text) in files where name.hasSuffix(".roles") {
            for block in try RuleFile(name: name, text: text).blocks {
                switch block.keyword {
                case "region", "holiday": try builder.read(block, file: name)
                case "desk": for entry in block.entries where entry.key == "region" { builder.readDesk(entry, file: name) }
                default: continue
                }
            }
        }
        let rules = try builder.finish()
        self.init(regions: rules.regions, holidays: rules.holidays, defaultRegion: rules.defaultRegion)
    }

    /// Gathers `region` and `holiday` blocks, and the desk's `region` line, across the files read.
    ///
    ///     region england-wales
    ///       label       England and Wales
    ///       names       england | wales | ew
    ///       substitute  next free weekday          (or: nearest weekday, none)
    ///       suffix      (substitute day)
    ///
    ///     holiday boxing_day
    ///       label    Boxing Day
    ///       names    boxing day
    ///       date     December 26                  (see DayRule)
    ///       public   england-wales scotland       (a day off there, charged at the holiday rate)
    ///       observed ...                           (its names mean this day there, with no day off)
    ///       from 1971 / until 2100 / every 4       (years it is kept)
    ///       moved    2020-05-08                    (that year's day, moved by proclamation)
    ///       observe  nearest weekday | next weekday skipping ID ...
    ///       until    easter - 1                    (the last day of a holiday of several days)
    struct Builder {
        var regions: [Region] = []
        var holidays: [Holiday] = []
        var byId: [String: Int] = [:]
        /// Each name's words, and the holidays it can mean in the order written.
        var names: [(words: [String], holidays: [Int])] = []
        var nameIndex: [String: Int] = [:]
        var deskRegion: (name: String, file: String, line: Int)?

        mutating func read(_ block: RuleFile.Block, file: String) throws(RuleError) {
            func fail(_ line: Int, _ m: String) -> RuleError { RuleError(file: file, line: line, message: m) }
            guard !block.name.isEmpty, block.name.utf8.allSatisfy({ $0 == 45 || $0 == 95 || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) })
            else {
                throw fail(block.line, "a \(block.keyword) id is lower-case letters, digits, - and _, not '\(block.name)'")
            }
            if block.keyword == "region" {
                for entry in block.entries where !["label", "names", "substitute", "suffix"].contains(entry.key) {
                    throw fail(entry.line, "unknown key '\(entry.key)' in region \(block.name)")
                }
                try readRegion(block, fail)
            } else {
                try readHoliday(block, fail)
            }
        }

        private mutating func readRegion(_ block: RuleFile.Block, _ fail: (Int, String) -> RuleError) throws(RuleError) {
            guard regions.allSatisfy({ $0.id != block.name }) else { throw fail(block.line, "region \(block.name) is defined twice") }
            var substitute = Substitute.none
            if let entry = block.first("substitute") {
                switch entry.value.lowercased() {
                case "none": substitute = .none
                case "next free weekday": substitute = .nextFreeWeekday
                case "nearest weekday": substitute = .nearestWeekday
                default: throw fail(entry.line, "substitute is 'next free weekday', 'nearest weekday' or 'none', not '\(entry.value)'")
                }
            }
            regions.append(
                Region(
                    id: block.name, label: block.first("label")?.value ?? block.name, substitute: substitute,
                    substituteSuffix: block.first("suffix")?.value ?? "",
                    names: (block.first("names")?.alternatives ?? []).map { $0.lowercased() }))
        }

        private func regionList(_ entry: RuleFile.Entry?, _ fail: (Int, String) -> RuleError) throws(RuleError) -> [Int] {
            guard let entry else { return [] }
            var list: [Int] = []
            for id in entry.value.split(separator: " ") {
                guard let index = regions.firstIndex(where: { $0.id == id }) else {
                    throw fail(entry.line, "no region '\(id)' is defined above; regions: \(regions.map(\.id).joined(separator: ", "))")
                }
                list.append(index)
            }
            return list
        }

        private func year(_ entry: RuleFile.Entry?, _ fail: (Int, String) -> RuleError, default value: Int) throws(RuleError) -> Int {
            guard let entry else { return value }
            guard let y = Int(entry.value), HolidayRules.years.contains(y) else {
                throw fail(
                    entry.line,
                    "\(entry.key) is a year from \(HolidayRules.years.lowerBound) to \(HolidayRules.years.upperBound), not '\(entry.value)'")
            }
            return y
        }

        private mutating func readHoliday(_ block: RuleFile.Block, _ fail: (Int, String) -> RuleError) throws(RuleError) {
            guard byId[block.name] == nil else { throw fail(block.line, "holiday \(block.name) is defined twice") }
            // One pass over the entries: this runs for every holiday at start-up.
            var dateEntry, namesEntry, labelEntry, publicEntry, observedEntry, fromEntry, untilEntry, everyEntry, observeEntry: RuleFile.Entry?
            var movedEntries: [RuleFile.Entry] = []
            for entry in block.entries {
                switch entry.key {
                case "date": dateEntry = entry
                case "names": namesEntry = entry
                case "label": labelEntry = entry
                case "public": publicEntry = entry
                case "observed": observedEntry = entry
                case "from": fromEntry = entry
                case "until": untilEntry = entry
                case "every": everyEntry = entry
                case "observe": observeEntry = entry
                case "moved": movedEntries.append(entry)
                default: throw fail(entry.line, "unknown key '\(entry.key)' in holiday \(block.name)")
                }
            }
            guard let dateEntry else { throw fail(block.line, "holiday \(block.name) has no date") }
            let known = byId
            func rule(_ entry: RuleFile.Entry) throws(RuleError) -> DayRule {
                do { return try DayRule(entry.value) { known[$0] } } catch { throw fail(entry.line, error.message) }
            }
            let dayRule = try rule(dateEntry)
            let names = namesEntry?.alternatives ?? []
            let publicIn = try regionList(publicEntry, fail)
            var moved: [Int: CivilDate] = [:]
            for entry in movedEntries {
                guard let date = CivilDate(iso: Substring(entry.value)), HolidayRules.years.contains(date.year) else {
                    throw fail(entry.line, "moved is the day of one year, like 2020-05-08")
                }
                guard moved[date.year] == nil else { throw fail(entry.line, "\(block.name) is moved twice in \(date.year)") }
                moved[date.year] = date
            }
            var observe = Observe.asIs
            if let entry = observeEntry {
                let words = entry.value.lowercased().split(separator: " ").map(String.init)
                if words == ["nearest", "weekday"] {
                    observe = .nearestWeekday
                } else if words.starts(with: ["next", "weekday"]), words.count == 2 || words.count > 3 && words[2] == "skipping" {
                    var skipping: [Int] = []
                    for id in words.dropFirst(3) {
                        guard let index = known[id] else { throw fail(entry.line, "no holiday '\(id)' is written above") }
                        skipping.append(index)
                    }
                    observe = .nextWeekday(skipping: skipping)
                } else {
                    throw fail(entry.line, "observe is 'nearest weekday' or 'next weekday', optionally 'skipping' holiday ids")
                }
            }
            let from = try year(fromEntry, fail, default: HolidayRules.years.lowerBound)
            let until = untilEntry
            var untilYear = HolidayRules.years.upperBound
            var lastDay: DayRule?
            if let until {
                if let y = Int(until.value) { untilYear = try year(until, fail, default: y) } else { lastDay = try rule(until) }
            }
            var every = 1
            if let entry = everyEntry {
                guard let n = Int(entry.value), (2...10).contains(n), fromEntry != nil else {
                    throw fail(entry.line, "every is a number of years from 2 to 10, counted from the 'from' year")
                }
                every = n
            }
            guard from <= untilYear else { throw fail(block.line, "holiday \(block.name) ends before it starts") }
            guard let label = labelEntry?.value ?? names.first else {
                throw fail(block.line, "holiday \(block.name) needs a label or names")
            }
            let index = holidays.count
            holidays.append(
                Holiday(
                    id: block.name, label: label, names: names, rule: dayRule, until: lastDay, observe: observe,
                    fromYear: from, untilYear: untilYear, everyYears: every, moved: moved, publicIn: publicIn,
                    observedIn: try regionList(observedEntry, fail)))
            byId[block.name] = index
            for name in names {
                let words = Tokenizer.tokenize(name).map(\.text)
                let key = words.joined(separator: " ")
                if let group = nameIndex[key] {
                    self.names[group].holidays.append(index)
                } else {
                    nameIndex[key] = self.names.count
                    self.names.append((words, [index]))
                }
            }
        }

        mutating func readDesk(_ entry: RuleFile.Entry, file: String) {
            deskRegion = (entry.value, file, entry.line)
        }

        func finish() throws(RuleError) -> HolidayRules {
            var chosen = 0
            // Files without region blocks keep the desk's region as a name for the days they date themselves.
            if regions.isEmpty {
                let label = deskRegion?.name ?? ""
                return HolidayRules(
                    regions: label.isEmpty ? [] : [Region(id: label.lowercased(), label: label, substitute: .none, substituteSuffix: "", names: [])],
                    holidays: holidays, defaultRegion: 0)
            }
            if let desk = deskRegion {
                let rules = HolidayRules(regions: regions, holidays: [], defaultRegion: 0)
                guard let index = rules.region(named: desk.name) else {
                    throw RuleError(
                        file: desk.file, line: desk.line,
                        message: "no region '\(desk.name)'; regions: \(regions.map(\.id).joined(separator: ", "))")
                }
                chosen = index
            }
            return HolidayRules(regions: regions, holidays: holidays, defaultRegion: chosen)
        }
    }
}
