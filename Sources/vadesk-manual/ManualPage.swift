/// A man(7) page for a command tree as swift-argument-parser describes it (its ToolInfo JSON).
struct ManualPage {
    let root: [String: Any]
    /// What `vadesk --version` prints.
    let version: String

    var text: String {
        let name = root["commandName"] as? String ?? "vadesk"
        var out = [".TH \(name.uppercased()) 1 \"\" \"\(name) \(version)\" \"User Commands\""]
        out += [".SH NAME", "\(name) \\- \(escape(root["abstract"] as? String ?? ""))"]
        out += [".SH SYNOPSIS", ".B \(name)", "[\\fIcommand\\fR] [\\fIoptions\\fR]"]
        if let discussion = root["discussion"] as? String { out += [".SH DESCRIPTION"] + paragraphs(discussion) }
        let options = arguments(root)
        if !options.isEmpty { out += [".SH OPTIONS"] + options }
        let commands = (root["subcommands"] as? [[String: Any]] ?? []).filter { ($0["shouldDisplay"] as? Bool) != false }
        if !commands.isEmpty {
            out.append(".SH COMMANDS")
            for command in commands {
                let sub = command["commandName"] as? String ?? ""
                out += [".SS \"\(name) \(sub)\"", escape(command["abstract"] as? String ?? "")]
                if let discussion = command["discussion"] as? String { out += [".PP"] + paragraphs(discussion) }
                let options = arguments(command)
                if !options.isEmpty { out += [".PP", "Options:"] + options }
            }
        }
        out += [".SH SEE ALSO", "The README of vadesk, and \\fB\(name) help\\fR \\fIcommand\\fR."]
        return out.joined(separator: "\n") + "\n"
    }

    func arguments(_ command: [String: Any]) -> [String] {
        var out: [String] = []
        for argument in command["arguments"] as? [[String: Any]] ?? [] where (argument["shouldDisplay"] as? Bool) != false {
            let kind = argument["kind"] as? String ?? ""
            let value = argument["valueName"] as? String
            var head: String
            if kind == "positional" {
                head = "\\fI\(escape(value ?? "value"))\\fR"
                if argument["isRepeating"] as? Bool == true { head += "..." }
            } else {
                let names = (argument["names"] as? [[String: Any]] ?? []).map { name -> String in
                    let dash = (name["kind"] as? String) == "short" ? "\\-" : "\\-\\-"
                    return "\\fB\(dash)\(escape(name["name"] as? String ?? ""))\\fR"
                }
                head = names.joined(separator: ", ")
                if kind == "option", let value { head += " \\fI\(escape(value))\\fR" }
            }
            out += [".TP", head, escape(argument["abstract"] as? String ?? "")]
            if let discussion = argument["discussion"] as? String, !discussion.isEmpty { out += [".br", escape(discussion)] }
        }
        return out
    }

    /// Help text as paragraphs; indented lines (examples) are kept as they are.
    func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        var inExample = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if inExample { out += [".RE", ".fi"]; inExample = false }
                out.append(".PP")
            } else if line.hasPrefix("  ") {
                if !inExample { out += [".nf", ".RS"]; inExample = true }
                out.append(escape(line.drop(while: { $0 == " " })))
            } else {
                if inExample { out += [".RE", ".fi"]; inExample = false }
                out.append(escape(line))
            }
        }
        if inExample { out += [".RE", ".fi"] }
        return out
    }

    /// roff's special characters: backslashes, hyphens, and a leading dot or quote that would start a request.
    func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(c)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
