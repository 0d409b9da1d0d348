extension Grammar {
    /// The grammar an archive written by `archived()` holds, read without tokenising or checking any rule:
    /// the built-in rules were checked when the binary was built.
    /// The archive is read in place, some of it only when first needed, so it must be a literal the binary carries.
    public init(archive: StaticString) {
        precondition(archive.hasPointerRepresentation, "not a grammar archive")
        var reader = ArchiveReader(UnsafeBufferPointer(start: archive.utf8Start, count: archive.utf8CodeUnitCount))
        precondition(reader.string() == GrammarArchive.magic, "not a grammar archive of this version")
        tables = Tables(from: &reader)
        exampleReference = LocalDateTime?(from: &reader)
        holidayRegion = reader.int()
        precondition(reader.isAtEnd, "grammar archive has bytes after its end")
    }

    /// The grammar in the archive's form (every byte below 128 outside words, so valid UTF-8 throughout).
    /// The zone and a region chosen after reading are the desk's, not the rules', and are left out.
    public func archived() -> [UInt8] {
        var writer = ArchiveWriter()
        writer.string(GrammarArchive.magic)
        tables.write(to: &writer)
        writer.write(exampleReference)
        writer.int(holidayRegion)
        return writer.bytes
    }
}

extension Grammar.Tables {
    func write(to writer: inout ArchiveWriter) {
        writer.write(vocabulary)
        writer.write(rules)
        writer.write(triggers)
        writer.write(roles)
        writer.write(lexicon)
        writer.flags(isFiller)
        writer.flags(isTriggerWord)
        writer.flags(isAnyTriggerWord)
        writer.flags(startsDate)
        writer.flags(startsWindow)
        writer.flags(startsCountedDate)
        writer.flags(startsNthDay)
        writer.flags(startsQuarter)
        writer.flags(startsSeason)
        writer.flags(startsYearPhrase)
        writer.flags(startsPartOrRest)
        writer.flags(followsWindowNumber)
        writer.flags(startsWeekdayList)
        writer.flags(startsBound)
        writer.flags(startsRepeat)
        writer.flags(startsRange)
        writer.flags(startsMonthOrDeadline)
        writer.flags(startsTime)
        writer.flags(startsDuration)
        writer.flags(startsMoney)
        writer.flags(startsPmHint)
        writer.flags(isRoleWord)
        writer.flags(startsReference)
        writer.flags(startsHoliday)
        writer.flags(startsHolidayPhrase)
        writer.write(holidays)
        writer.flags(changesMeaning)
        writer.write(closedWords)
        writer.write(repairTargets)
        writer.flags(quietIntent)
        writer.flags(endsTask)
        writer.flags(startsScope)
        writer.flags(startsCount)
        writer.flags(startsAside)
        writer.flags(isJoiner)
        writer.flags(startsDelta)
        writer.flags(startsReferenceWords)
    }
}

extension IntentRule: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.string(name); writer.write(intent); writer.int(priority); writer.bool(hasTriggers)
        writer.write(needs); writer.write(without); writer.write(anyOf); writer.bool(alone); writer.bool(bare)
        writer.string(file); writer.int(line); writer.write(examples); writer.write(never)
    }

    init(from reader: inout ArchiveReader) {
        name = reader.string(); intent = Intent(from: &reader); priority = reader.int(); hasTriggers = reader.bool()
        needs = [EntityKind](from: &reader); without = [EntityKind](from: &reader); anyOf = [EntityKind](from: &reader)
        alone = reader.bool(); bare = reader.bool()
        file = reader.string(); line = reader.int(); examples = [Example](from: &reader); never = [Example](from: &reader)
        needsMask = EntityKind.mask(needs)
        withoutMask = EntityKind.mask(without)
        anyMask = EntityKind.mask(anyOf)
    }
}

extension IntentRule.Example: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.string(text)
        writer.int(slots.count)
        for (name, value) in slots { writer.string(name); writer.string(value) }
        writer.int(line)
    }

    init(from reader: inout ArchiveReader) {
        let text = reader.string()
        let count = reader.int()
        var slots: [(String, String)] = []
        slots.reserveCapacity(count)
        for _ in 0..<count { slots.append((reader.string(), reader.string())) }
        self.init(text: text, slots: slots, line: reader.int())
    }
}

extension HolidayRules: Archivable {
    /// The holidays as a run of bytes of their own, after its length, so a start can pass over them unread.
    func write(to writer: inout ArchiveWriter) {
        writer.write(regions)
        writer.int(defaultRegion)
        var list = ArchiveWriter()
        list.write(holidays)
        writer.int(list.bytes.count)
        writer.bytes(list.bytes)
    }

    convenience init(from reader: inout ArchiveReader) {
        let regions = [Region](from: &reader), defaultRegion = reader.int()
        self.init(regions: regions, archived: reader.bytes(reader.int()), defaultRegion: defaultRegion)
    }
}

extension HolidayRules.Region: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.string(id); writer.string(label); writer.write(substitute); writer.string(substituteSuffix); writer.write(names)
    }

    init(from reader: inout ArchiveReader) {
        self.init(
            id: reader.string(), label: reader.string(), substitute: HolidayRules.Substitute(from: &reader),
            substituteSuffix: reader.string(), names: [String](from: &reader))
    }
}

extension HolidayRules.Substitute: Archivable {
    func write(to writer: inout ArchiveWriter) {
        switch self {
        case .none: writer.int(0)
        case .nextFreeWeekday: writer.int(1)
        case .nearestWeekday: writer.int(2)
        }
    }

    init(from reader: inout ArchiveReader) {
        switch reader.int() {
        case 0: self = .none
        case 1: self = .nextFreeWeekday
        default: self = .nearestWeekday
        }
    }
}

extension HolidayRules.Observe: Archivable {
    func write(to writer: inout ArchiveWriter) {
        switch self {
        case .asIs: writer.int(0)
        case .nearestWeekday: writer.int(1)
        case .nextWeekday(let skipping): writer.int(2); writer.write(skipping)
        }
    }

    init(from reader: inout ArchiveReader) {
        switch reader.int() {
        case 0: self = .asIs
        case 1: self = .nearestWeekday
        default: self = .nextWeekday(skipping: [Int](from: &reader))
        }
    }
}

extension HolidayRules.Holiday: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.string(id); writer.string(label); writer.write(names); writer.write(rule); writer.write(until)
        writer.write(observe); writer.int(fromYear); writer.int(untilYear); writer.int(everyYears)
        // In year order, so the same rules always give the same archive.
        let years = moved.keys.sorted()
        writer.int(years.count)
        for year in years { writer.int(year); writer.write(moved[year]!) }
        writer.write(publicIn); writer.write(observedIn)
    }

    init(from reader: inout ArchiveReader) {
        let id = reader.string(), label = reader.string(), names = [String](from: &reader)
        let rule = DayRule(from: &reader), until = DayRule?(from: &reader), observe = HolidayRules.Observe(from: &reader)
        let fromYear = reader.int(), untilYear = reader.int(), everyYears = reader.int()
        var moved: [Int: CivilDate] = [:]
        for _ in 0..<reader.int() {
            let year = reader.int()
            moved[year] = CivilDate(from: &reader)
        }
        self.init(
            id: id, label: label, names: names, rule: rule, until: until, observe: observe, fromYear: fromYear,
            untilYear: untilYear, everyYears: everyYears, moved: moved,
            publicIn: [Int](from: &reader), observedIn: [Int](from: &reader))
    }
}

extension DayRule: Archivable {
    func write(to writer: inout ArchiveWriter) { writer.write(readings) }
    init(from reader: inout ArchiveReader) { readings = [Reading](from: &reader) }
}

extension DayRule.Reading: Archivable {
    func write(to writer: inout ArchiveWriter) {
        writer.write(base); writer.int(offset); writer.write(onlyOn)
    }

    init(from reader: inout ArchiveReader) {
        self.init(base: DayRule.Base(from: &reader), offset: reader.int(), onlyOn: Int?(from: &reader))
    }
}

extension DayRule.Base: Archivable {
    func write(to writer: inout ArchiveWriter) {
        switch self {
        case .fixed(let month, let day): writer.int(0); writer.int(month); writer.int(day)
        case .nthWeekday(let n, let weekday, let month): writer.int(1); writer.int(n); writer.int(weekday); writer.int(month)
        case .weekdayNear(let weekday, let month, let day, let relation):
            writer.int(2); writer.int(weekday); writer.int(month); writer.int(day); writer.write(relation)
        case .easter: writer.int(3)
        case .orthodoxEaster: writer.int(4)
        case .islamic(let month, let day): writer.int(5); writer.int(month); writer.int(day)
        case .hebrew(let month, let day): writer.int(6); writer.int(month); writer.int(day)
        case .holiday(let index): writer.int(7); writer.int(index)
        case .once(let date): writer.int(8); writer.write(date)
        case .chineseNewYear: writer.int(9)
        case .hinduMoon(let full, let month, let bySunrise): writer.int(10); writer.bool(full); writer.int(month); writer.bool(bySunrise)
        case .sankranti(let sign, let afterSunset): writer.int(11); writer.int(sign); writer.bool(afterSunset)
        case .hinduTithi(let month, let tithi, let observance): writer.int(12); writer.int(month); writer.int(tithi); writer.int(observance.rawValue)
        case .nakshatra(let star, let sign): writer.int(13); writer.int(star); writer.int(sign)
        case .fixedYear(let days, let epoch): writer.int(14); writer.int(days); writer.write(epoch)
        }
    }

    init(from reader: inout ArchiveReader) {
        switch reader.int() {
        case 0: self = .fixed(month: reader.int(), day: reader.int())
        case 1: self = .nthWeekday(n: reader.int(), weekday: reader.int(), month: reader.int())
        case 2: self = .weekdayNear(weekday: reader.int(), month: reader.int(), day: reader.int(), relation: DayRule.Relation(from: &reader))
        case 3: self = .easter
        case 4: self = .orthodoxEaster
        case 5: self = .islamic(month: reader.int(), day: reader.int())
        case 6: self = .hebrew(month: reader.int(), day: reader.int())
        case 7: self = .holiday(reader.int())
        case 9: self = .chineseNewYear
        case 10: self = .hinduMoon(full: reader.bool(), month: reader.int(), bySunrise: reader.bool())
        case 11: self = .sankranti(sign: reader.int(), afterSunset: reader.bool())
        case 12:
            self = .hinduTithi(month: reader.int(), tithi: reader.int(), observance: LunarCalendars.Observance(rawValue: reader.int()) ?? .sunrise)
        case 13: self = .nakshatra(star: reader.int(), sign: reader.int())
        case 14: self = .fixedYear(days: reader.int(), epoch: CivilDate(from: &reader))
        default: self = .once(CivilDate(from: &reader))
        }
    }
}

extension DayRule.Relation: Archivable {
    private static let all: [DayRule.Relation] = [.onOrAfter, .after, .onOrBefore, .before]
    func write(to writer: inout ArchiveWriter) { writer.int(DayRule.Relation.all.firstIndex(of: self)!) }
    init(from reader: inout ArchiveReader) { self = DayRule.Relation.all[reader.int()] }
}
