/// Varied request lines built from templates, deterministic for a given count,
/// mixing bookings, quotes, lists, changes, chit-chat and out-of-scope lines as owners type them.
enum RequestLines {
    static let openers = ["", "hi, ", "please ", "hey could you ", "can you ", "I need to ", "urgent: ", "ok so ", "morning! "]
    static let asks = ["need", "book", "get me", "can someone cover", "looking for", "we'd like", "I want", "please arrange", "send over"]
    static let roles = [
        "a receptionist", "reception cover", "someone to answer the phones", "a PA", "a personal assistant", "an admin assistant",
        "help with bookkeeping", "data entry", "two customer service agents", "3 support agents", "IT support", "tech help",
        "a packer", "4 packers", "pick and pack", "a production operative", "factory help", "a receptionst", "bookeeping help",
        "an executive assistant", "call handling", "a warehouse operative", "assembly line workers"
    ]
    static let days = [
        "tomorrow", "today", "Tuesday", "on Friday", "next Tue", "this Thursday", "coming Wednesday", "next week",
        "this weekend", "in 3 days", "a week from Monday", "at the end of the month", "on the 15th", "December 3", "3rd Dec",
        "3/12", "on 14 January 2027", "the day after tomorrow", "every Monday", "every weekday next week",
        "every other Friday", "every Monday in December", "each day next week", "every Tuesday until Christmas",
        "every Friday for the next 4 weeks", ""
    ]
    static let times = [
        "", "at 9", "9am", "at 9:30", "14:00", "at noon", "at half past two", "at quarter to five", "in the morning",
        "afternoon", "9-5", "9 to 5", "from 10 till 2", "9am-5:30pm", "between 1 and 4", "evening"
    ]
    static let lengths = ["", "for 3 hours", "for 2.5h", "for 90 minutes", "for half a day", "all day", "for a couple of hours", "for 1 hour 30"]
    static let tasks = ["", "to chase overdue invoices", "for the product launch", "to sort the post", "to answer emails"]
    static let others = [
        "how much is a receptionist for 8 hours?", "what would two PAs cost for a day", "what have I booked this week?",
        "show my bookings", "cancel #2", "please cancel booking 14", "move #3 to Thursday", "make #2 start at 10",
        "make it 3 hours", "actually Wednesday", "start at 10 instead", "what's the status of #4?", "redo", "show the history",
        "yes please", "no thanks", "go ahead", "what's the weather tomorrow", "book a table for two tonight",
        "transfer £50 to savings", "book me a flight to Paris on Friday", "order a pizza at 7", "what's the capital of France?",
        "tell me a joke", "remind me to call mum tomorrow", "thanks!", "hello", "undo", "what are your rates?", "help",
        "cancel the receptionist booking on Tuesday", "move my PA on Friday to Monday", "asdf qwerty", "is it going to rain on Saturday"
    ]

    /// A fixed pseudo-random sequence (xorshift), so every run parses the same lines.
    struct Sequence {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        mutating func pick(_ list: [String]) -> String { list[next(list.count)] }
    }

    static func generate(count: Int) -> [String] {
        var random = Sequence()
        var lines: [String] = []
        lines.reserveCapacity(count)
        while lines.count < count {
            if random.next(5) == 0 {
                lines.append(random.pick(others))
                continue
            }
            let parts = [
                random.pick(openers) + random.pick(asks), random.pick(roles), random.pick(days), random.pick(times),
                random.pick(lengths), random.pick(tasks)
            ]
            var order = parts
            // Word order varies: the day or time first, as people often write it.
            if random.next(4) == 0 { order.swapAt(1, 2) }
            if random.next(6) == 0 { order.swapAt(3, 4) }
            lines.append(order.filter { !$0.isEmpty }.joined(separator: " ") + (random.next(3) == 0 ? "?" : ""))
        }
        return lines
    }
}
