import CReadline
import DeskKit
import Foundation
import Understanding

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive desk on GNU readline: line editing, persistent history, Ctrl-R search,
/// tab completion, Ctrl-C to drop the current line and Ctrl-D or `quit` to leave.
///
/// It uses readline's callback interface so that Ctrl-C arrives as an interrupted poll()
/// on the main loop, where the line can be dropped safely, rather than inside a signal handler.
final class REPL {
    let desk: Desk
    let colour: Bool
    let historyPath: String
    /// The session so far, for `/save FILE`.
    var recorder: SessionRecorder

    /// Lines handed over by readline's callback; nil is end of input (Ctrl-D).
    static var received: [String?] = []
    /// What tab completes: request words, roles as people write them, weekdays and booking ids.
    static var completions: [String] = []

    init(desk: Desk) {
        self.desk = desk
        recorder = SessionRecorder(desk: desk)
        colour = Platform.colourAllowed(fd: 1)
        historyPath =
            Platform.environment("VADESK_HISTORY")
            ?? Platform.xdgPath("XDG_STATE_HOME", fallback: ".local/state", name: "history")
    }

    var prompt: String {
        // \u{1} and \u{2} tell readline the escape codes take no room on the line.
        colour ? "\u{1}\u{1B}[1;36m\u{2}desk>\u{1}\u{1B}[0m\u{2} " : "desk> "
    }

    func run() {
        Platform.preparePrivateFile(historyPath)
        using_history()
        read_history(historyPath)
        rl_readline_name = UnsafePointer(strdup("vadesk"))
        rl_catch_signals = 0
        rl_attempted_completion_function = completeWord
        // "pa" completes to "PA", "it" to "IT support".
        rl_variable_bind("completion-ignore-case", "on")
        refreshCompletions()

        say("vadesk: book outsourced help in plain English. Type \"help\" for examples, Ctrl-D to leave.", style: "2")
        install()
        loop: while true {
            if Platform.terminated != 0 { break }
            // Wait on the terminal and on the signal pipe, so a signal that lands just before
            // the wait still wakes it.
            var fds = [
                pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                pollfd(fd: Platform.wakeRead, events: Int16(POLLIN), revents: 0)
            ]
            let ready = poll(&fds, Platform.wakeRead >= 0 ? 2 : 1, -1)
            if ready < 0 && errno != EINTR { break }
            if ready > 0, fds.count > 1, fds[1].revents != 0 { Platform.drainWakePipe() }
            if Platform.terminated != 0 { break }
            if Platform.interrupted != 0 {
                Platform.interrupted = 0
                abandonLine()
                continue
            }
            guard ready > 0, fds[0].revents != 0 else { continue }
            rl_callback_read_char()
            while !REPL.received.isEmpty {
                let line = REPL.received.removeFirst()
                guard let line else {
                    Platform.write("\n", to: 1)
                    break loop
                }
                if handle(line) { break loop }
                install()
            }
        }
        rl_callback_handler_remove()
        history_truncate_file(historyPath, 1000)
    }

    private func install() {
        rl_callback_handler_install(prompt, receiveLine)
    }

    /// Ctrl-C: forget the half-typed line and show a fresh prompt; the desk keeps running.
    private func abandonLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 0)
        Platform.write("^C\n", to: 1)
        rl_on_new_line()
        rl_redisplay()
    }

    /// Returns true when the owner asked to leave.
    private func handle(_ line: String) -> Bool {
        let trimmed = line.trimmingSpacesAndTabs()
        if trimmed.isEmpty { return false }
        add_history(line)
        append_history(1, historyPath)
        if trimmed.hasPrefix("/") {
            command(trimmed)
            return false
        }
        let reply = desk.respond(to: line)
        recorder.record(line, reply)
        if colour, let week = reply.week {
            // The week is drawn again with a colour per role; the transcript keeps the plain text.
            say(WeekGrid(week: week, catalogue: desk.catalogue, time: desk.time).text(colour: true), style: nil)
        } else {
            say(reply.text, style: reply.ok ? nil : "33")
        }
        // A terminal also gets the month's money as a bar; a pipe gets the numbers only.
        if let spend = reply.spend, let bar = BudgetBar.line(spend, money: desk.catalogue.money, colour: colour) {
            say(bar, style: nil)
        }
        refreshCompletions()
        return reply.endsSession
    }

    /// REPL commands, which are not requests to the desk and are not recorded: `/save FILE` writes a new
    /// file, `/save! FILE` may replace one.
    private func command(_ line: String) {
        let parts = line.split(separator: " ", maxSplits: 1)
        guard parts.first == "/save" || parts.first == "/save!" else {
            say(
                "Unknown command \(parts.first ?? ""). The REPL knows \"/save FILE\", which saves this session as a transcript (\"/save! FILE\" replaces an existing file).",
                style: "33")
            return
        }
        let path = parts.count > 1 ? (String(parts[1]).trimmingSpacesAndTabs() as NSString).expandingTildeInPath : ""
        do {
            say(try recorder.save(to: path, replacing: parts.first == "/save!"), style: nil)
        } catch {
            say("Not saved: \(error).", style: "33")
        }
    }

    private func say(_ text: String, style: String?) {
        if colour, let style {
            Platform.write("\u{1B}[\(style)m\(text)\u{1B}[0m\n", to: 1)
        } else {
            Platform.write(text + "\n", to: 1)
        }
    }

    private func refreshCompletions() {
        let ids = (try? desk.store.read { try $0.recentIds(limit: 50) }) ?? []
        REPL.completions = CompletionWords.words(catalogue: desk.catalogue, bookingIds: ids)
    }
}

/// readline's completion entry: offers the desk's words and phrases, never file names.
private func completeWord(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let before = String(line.utf8.prefix(Int(start))) ?? ""
    completionMatches = CompletionWords.matches(text.map { String(cString: $0) } ?? "", after: before, in: REPL.completions)
    return rl_completion_matches(text, nextCompletion)
}

private var completionCursor = 0
private var completionMatches: [String] = []

private func nextCompletion(_ partial: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { completionCursor = 0 }
    guard completionCursor < completionMatches.count else { return nil }
    completionCursor += 1
    return strdup(completionMatches[completionCursor - 1])
}

/// readline's line callback. The line is taken out of readline before the reply is
/// printed, so the next prompt comes after the reply.
private func receiveLine(_ raw: UnsafeMutablePointer<CChar>?) {
    rl_callback_handler_remove()
    if let raw {
        REPL.received.append(String(cString: raw))
        free(raw)
    } else {
        REPL.received.append(nil)
    }
}

extension String {
    func trimmingSpacesAndTabs() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
