import Foundation
import PackagePlugin

/// Regenerates the built-in rules whenever a file in the package's Intents/ folder changes.
@main
struct EmbedIntents: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let intents = context.package.directoryURL.appending(path: "Intents")
        let files = try FileManager.default.contentsOfDirectory(at: intents, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultIntents.swift")
        return [
            .buildCommand(
                displayName: "Embedding Intents/ into \(target.name)",
                executable: try context.tool(named: "EmbedIntentsTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
