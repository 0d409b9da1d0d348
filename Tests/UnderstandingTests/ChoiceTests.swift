import Testing
import Understanding

/// Picking one of the times the desk offered: the line says a number and nothing else.
@Suite struct ChoiceTests {
    @Test(arguments: [
        ("2", 2), ("the second one", 2), ("the first", 1), ("first", 1), ("option 3", 3), ("number 2 please", 2),
        ("the 2nd", 2), ("third one then", 3), ("two", 2), ("I'll take the first one", 1), ("choice 1", 1)
    ])
    func aNumberAloneIsAPick(_ line: String, _ number: Int) {
        #expect(Phrasing.grammar.choiceNumber(line) == number)
    }

    @Test(arguments: ["need a PA on the second", "the second one on Friday", "1 or 2", "Monday then", "Tom is fine", "", "the one"])
    func anythingElseIsNoPick(_ line: String) {
        #expect(Phrasing.grammar.choiceNumber(line) == nil)
    }
}
