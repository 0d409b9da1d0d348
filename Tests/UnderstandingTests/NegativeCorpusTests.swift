import Testing

/// Lines that are not requests for the desk. None may be read as a booking, even with a day,
/// a time, a number or the word "book" in it.
@Suite struct NegativeCorpusTests {
    static let lines = [
        // weather and the world
        "what's the weather tomorrow", "will it rain on Saturday", "is it going to snow next week", "what's the forecast for Friday",
        "how hot will it be tomorrow afternoon", "do I need an umbrella today", "what's the temperature outside", "any news today",
        "read me the headlines", "who won the election", "what's the traffic like on the M25 this morning",
        // travel
        "book me a flight to Paris on Friday", "book a hotel in Leeds for next weekend", "get me a taxi at 5",
        "can you get me an uber to the station", "I need a train ticket to Manchester tomorrow", "book a cab for 7pm",
        "find me a cheap flight to Rome in December", "what time is the next bus", "I need a hire car next week",
        "book an airbnb for the weekend", "how far is Birmingham from London", "renew my passport", "check in for my flight",
        "plan a trip to Scotland", "I want to go on holiday in January", "is my train delayed", "directions to the nearest petrol station",
        // food and going out
        "book a table for two tonight", "book a table for 4 at 8pm on Saturday", "order a pizza at 7", "get me a takeaway tonight",
        "find a restaurant near me", "what should I cook for dinner", "give me a recipe for lasagne", "how many calories in a banana",
        "order my groceries for Thursday", "book cinema tickets for Friday", "what movies are on tonight", "find a pub for Friday drinks",
        "recommend a good wine", "I want sushi for lunch", "get me a burger", "reserve a table at the Italian place tomorrow",
        "book tickets for the concert on the 12th", "order a curry for 8",
        // money and banking
        "transfer £50 to savings", "what's my bank balance", "pay my credit card bill on Friday", "how much is in my savings account",
        "transfer 200 pounds to Tom tomorrow", "set up a direct debit for the gas", "what's the exchange rate for euros",
        "apply for a loan", "what's my mortgage rate", "how is the stock price of Apple", "buy some bitcoin", "invest £1000 in shares",
        "cancel my standing order", "when is my pension paid", "get me car insurance quotes", "what's the interest rate on my ISA",
        "buy a lottery ticket for Saturday", "put a bet on the football",
        // personal errands and appointments
        "book a haircut for Saturday", "book me in at the dentist on Tuesday", "make a doctors appointment for tomorrow",
        "book the dog in at the vet", "book a massage for Tuesday", "I need a cleaner on Friday", "get a plumber round tomorrow",
        "find an electrician for next week", "book my car in for its MOT", "I need a babysitter on Saturday night",
        "find me a dog walker for next week", "book a yoga class on Monday", "book a personal trainer for 6am",
        "send flowers to my mum on her birthday", "buy a birthday present for my wife", "pick up my dry cleaning",
        "I need a locksmith now", "book a nail appointment", "find a nanny for the kids", "arrange the school run on Monday",
        "I need a new credit card", "I want to renew my gym membership", "book a manicure for Thursday at 3",
        // reminders and devices
        "remind me to call mum tomorrow", "set an alarm for 6am", "set a timer for 10 minutes", "turn off the lights",
        "turn the heating up", "add milk to my shopping list", "text my husband I'll be late", "call my dad at 5",
        "remind me about the meeting on Friday", "what's on my to do list", "make a note to self",
        // chit-chat and general questions
        "tell me a joke", "sing me a song", "play some music", "play the radio", "what's your name", "who made you",
        "are you a robot", "are you human", "how old are you", "what is the meaning of life", "what's the capital of France",
        "who wrote Hamlet", "who invented the telephone", "translate hello into French", "how do you spell necessary",
        "what's the definition of synergy", "calculate 15 percent of 80", "what's the square root of 144",
        "convert 10 miles to kilometres", "who won the football last night", "what's the score in the cricket",
        "tell me a fun fact", "write me a poem", "tell me a story", "what is the tallest mountain in the world",
        "why is the sky blue", "how many people live in London", "what year did the war end", "do you love me",
        "what's the best phone to buy", "should I buy a new laptop", "is there a good film on tonight",
        "what's on TV tonight", "recommend a podcast", "put on Netflix", "what's my horoscope",
        "I'm bored", "I feel tired today", "lovely day isn't it", "my cat is called Oscar", "I like turtles", "blah blah",
        "lorem ipsum dolor sit amet", "12345", "?!?", "...", "the quick brown fox jumps over the lazy dog",
        "I had a great weekend", "my boss is annoying", "I had a great reception on Tuesday", "my PA is off sick on Friday",
        "it's my birthday on Friday", "going to the gym tomorrow",
        "I'm off on Tuesday", "meeting at 3 with the bank", "the van comes at 9", "we close at 5 on Fridays",
        "can you help me with my homework", "what is 2 plus 2", "how do I make a cake",
        "I want to change my life", "I would rather be sailing", "lets move on", "I love you too", "me too", "same here", "I also like turtles",
        "sorry again", "another day maybe",
        "book", "need", "tomorrow", "Tuesday at 3", "next week", "every Monday", "#3", "£50", "for 3 hours"
    ]

    @Test func theCorpusIsLargeAndVaried() {
        #expect(Self.lines.count >= 150)
        #expect(Set(Self.lines).count == Self.lines.count)
    }

    @Test(arguments: lines)
    func bookNothing(_ line: String) {
        let parse = Phrasing.grammar.parse(line, now: Phrasing.now)
        #expect(parse.intent != .book, "\"\(line)\" read as a booking by \(parse.rule ?? "no rule")")
    }

    /// Lines that hold the word "book" or a day with nothing the desk books: they say so, not "unknown".
    static let plainlyOutOfScope = [
        "book a table for two tonight", "book me a flight to Paris on Friday", "transfer £50 to savings",
        "what's the weather tomorrow", "remind me to call mum tomorrow", "book a haircut for Saturday",
        "order a pizza at 7", "tell me a joke", "what's the capital of France", "I need a cleaner on Friday"
    ]

    @Test(arguments: plainlyOutOfScope)
    func outOfScope(_ line: String) {
        #expect(Phrasing.grammar.parse(line, now: Phrasing.now).intent == .outOfScope, "\"\(line)\"")
    }
}
