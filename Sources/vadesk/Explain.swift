import ArgumentParser
import DeskKit
import Understanding

/// Shows what the parser made of a line, without touching any bookings.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how the desk reads a request: the intent, the rule that matched, each slot and how dates resolved.",
        discussion: """
            Example: vadesk explain --now 2026-11-30T09:00 --tz Europe/London 'need a receptionist next Tue 9-5'
            With no text, each line of standard input is explained in turn: one JSON object (or one text block) per request line.
            """
    )

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: "Print a JSON object instead of text.")
    var json = false

    @Argument(help: ArgumentHelp("The request, as you would type it; none reads request lines from standard input.", valueName: "text"))
    var words: [String] = []

    func run() throws {
        try reporting {
            let (grammar, now) = try options.explainContext()
            if words.isEmpty {
                ExplainBatch(grammar: grammar, now: now, json: json).run()
                return
            }
            let parse = grammar.parse(words.joined(separator: " "), now: now)
            if json {
                print(ReplyJSON.explainJSON(parse))
            } else {
                print(ExplainText.render(parse, grammar: grammar, now: now))
            }
        }
    }
}
