import DeskKit
import Testing

@Suite struct CompletionWordsTests {
    let words = CompletionWords.words(catalogue: try! Catalogue(files: IntentFiles.builtIn), bookingIds: [3, 12])

    @Test func rolesAreOfferedAsPeopleWriteThemNeverAsIds() {
        #expect(words.contains("receptionist"))
        #expect(words.contains("PA"))
        #expect(words.contains("IT support"))
        #expect(words.contains("IT support technician"))
        #expect(words.contains("front desk"))
        #expect(!words.contains("personal_assistant"))
        #expect(!words.contains("it_support"))
        #expect(!words.contains("p"))
        #expect(!words.contains("p a"))
        #expect(words.contains("#3") && words.contains("#12"))
    }

    @Test func matchingIgnoresCase() {
        #expect(CompletionWords.matches("pa", in: words).contains("PA"))
        #expect(CompletionWords.matches("su", after: "need an IT ", in: words) == ["support", "support technician"])
        #expect(CompletionWords.matches("su", after: "need a ", in: words).contains("Sunday"))
        #expect(CompletionWords.matches("de", after: "need front ", in: words) == ["desk"])
    }
}
