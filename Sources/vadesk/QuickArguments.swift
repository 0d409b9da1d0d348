import ArgumentParser

/// The common way the desk is started, `vadesk [chat] [--db X] [--json] [--yes] [--now T] [--tz Z]
/// [--intents DIR] [--region ID]`, read without swift-argument-parser: its reflection over the commands costs
/// more than the rest of a start. Anything else (help, completions, another command, an option given twice,
/// a value that looks like an option or a command) is left to ArgumentParser, so its messages stay its own.
enum QuickArguments {
    /// What the chat command is asked to do, as plain values: making a `Chat` would make ArgumentParser's
    /// option types, and their first use costs a search of the runtime's conformances.
    struct QuickStart {
        var settings: DeskSettings
        var json, yes: Bool
    }

    /// The chat command these arguments ask for, or nil when ArgumentParser should read them.
    static func chat<C: Collection<String>>(_ arguments: C) -> QuickStart? {
        var rest = arguments[...]
        if rest.first == "chat" { rest = rest.dropFirst() }
        var db, now, tz, intents, region: String?
        var json = false, yes = false
        while let argument = rest.popFirst() {
            switch argument {
            case "--json":
                guard !json else { return nil }
                json = true
                continue
            case "--yes":
                guard !yes else { return nil }
                yes = true
                continue
            default:
                break
            }
            // `--name value` or `--name=value`.
            let name: Substring, value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = argument[...]
                value = next
            }
            guard isPlainValue(value) else { return nil }
            switch name {
            case "--db": guard db == nil else { return nil }; db = value
            case "--now": guard now == nil else { return nil }; now = value
            case "--tz": guard tz == nil else { return nil }; tz = value
            case "--intents": guard intents == nil else { return nil }; intents = value
            case "--region": guard region == nil else { return nil }; region = value
            default: return nil
            }
        }
        return QuickStart(settings: DeskSettings(db: db, now: now, tz: tz, intents: intents, region: region), json: json, yes: yes)
    }

    /// A value ArgumentParser reads as a value and nothing else: not empty, not an option, not a command's name.
    private static func isPlainValue(_ value: String) -> Bool {
        guard let first = value.utf8.first, first != UInt8(ascii: "-") else { return false }
        return value != "help" && !commandNames.contains(value)
    }

    /// The names of vadesk's commands, written out: asking ArgumentParser for them costs a type's description
    /// each. A test checks the list against the commands.
    static let commandNames = ["chat", "week", "replay", "explain", "rates", "invoice", "export", "backup", "staff"]
}
