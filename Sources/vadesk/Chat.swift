import ArgumentParser
import DeskKit

/// The desk itself: a REPL on a terminal, pipe mode otherwise.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk to the desk (the default): a prompt on a terminal, one reply per line from a pipe.",
        discussion: """
            In pipe mode blank lines and comment lines ('# …') are skipped; a line such as
            '#3 is done' is a request. A question the desk asks is answered by the next line; a
            question for yes or no still open at the end of input commits nothing, unless --yes.
            """
    )

    @OptionGroup var options: DeskOptions

    @Flag(name: .long, help: "Pipe mode: print one JSON object per input line instead of text.")
    var json = false

    @Flag(
        name: .long,
        help: "Pipe mode: a question still waiting for yes or no at the end of input is answered yes (otherwise nothing is committed for it).")
    var yes = false

    func run() throws {
        try Chat.start(options.settings, json: json, yes: yes)
    }

    /// Desks whose store was closed as the run ended, kept so that nothing is torn down as the process exits.
    private static var closedDesks: [Desk] = []

    /// Closes the store of a desk whose run is over and keeps the desk until the process ends, when the store
    /// can be closed that way; otherwise the desk is released as usual.
    private static func endWithoutReleasing(_ desk: Desk) {
        if desk.store.closeBeforeExit() { closedDesks.append(desk) }
    }

    /// Runs the desk; the usual start calls this straight from the options it read by hand.
    static func start(_ settings: DeskSettings, json: Bool, yes: Bool) throws {
        try reporting {
            // Before the store opens, so a signal during the open still ends the desk with 130 or 143.
            Platform.installSignalHandlers()
            let desk = try settings.makeDesk()
            defer { Chat.endWithoutReleasing(desk) }
            if Platform.isTerminal(0) && Platform.isTerminal(1) && !json {
                REPL(desk: desk).run()
                // Ctrl-C only drops a line at the prompt; SIGTERM ends the desk with the usual status.
                if Platform.terminated != 0 { throw ExitCode(143) }
            } else {
                let status = PipeMode(desk: desk, json: json, acceptAtEnd: yes).run()
                if status != 0 { throw ExitCode(status) }
            }
        }
    }
}
