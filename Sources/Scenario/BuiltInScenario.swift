/// The scenario `termccp` runs when given none (Resources/default.yaml).
public enum BuiltInScenario {
    /// The file's text, for `termccp` to show or write out as a starting point.
    public static var yaml: String { String(decoding: PackageResources.default_yaml, as: UTF8.self) }

    public static func load() -> LoadedScenario {
        do {
            // The built-in scenario names no flow files, so the base directory is never used.
            return try ScenarioLoader.load(yaml: yaml, source: "built-in", baseDirectory: "/")
        } catch {
            // The file ships inside the binary and a test loads it, so this is a programming error.
            fatalError("the built-in scenario does not load:\n\(error)")
        }
    }
}
