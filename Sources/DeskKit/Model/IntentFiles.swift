import Foundation
import Understanding

/// Where the rules and catalogue come from: the copy built into the binary, or a folder.
public enum IntentFiles {
    public static var builtIn: [(name: String, text: String)] { defaultIntentFiles }

    /// The grammar of the built-in files, prebuilt when the binary was: the same as `Grammar(files: builtIn)`,
    /// read without parsing any rule text.
    public static let builtInGrammar = Grammar(archive: defaultGrammarArchive)

    /// The catalogue of the built-in files, which the tests read without error.
    public static func builtInCatalogue(holidays: HolidayRules?) -> Catalogue {
        do {
            return try Catalogue(files: builtIn, holidays: holidays)
        } catch {
            fatalError("the built-in catalogue cannot be read: \(error)")
        }
    }

    /// Reads every .intent, .words and .roles file of a folder, in name order.
    public static func load(directory: String) throws -> [(name: String, text: String)] {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw RuleError(file: directory, line: 0, message: "cannot read the folder")
        }
        let wanted = names.filter { $0.hasSuffix(".intent") || $0.hasSuffix(".words") || $0.hasSuffix(".roles") }.sorted()
        guard !wanted.isEmpty else {
            throw RuleError(file: directory, line: 0, message: "holds no .intent, .words or .roles files")
        }
        return try wanted.map { name in
            let path = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RuleError(file: path, line: 0, message: "cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RuleError(file: path, line: 0, message: "is not UTF-8 text")
            }
            return (name: path, text: text)
        }
    }
}
