import ArgumentParser
import Flows
import Scenario
import Telephony

/// `--scenario FILE`, or the built-in scenario.
struct ScenarioChoice {
    static func load(_ path: String?) throws(ProblemsError) -> LoadedScenario {
        guard let path else { return BuiltInScenario.load() }
        if let mismatch = FileKindMismatch.problem(path, expected: .scenario) { throw ProblemsError([mismatch]) }
        return try ScenarioLoader.load(file: path)
    }

    static func report(_ error: ProblemsError) -> Never {
        for line in ProblemLimit.lines(error.problems) { Console.error(line) }
        Console.error("termccp: \(error.problems.filter(\.isError).count) problem(s); nothing was run.")
        Foundation.exit(Exit.badInput)
    }
}

import Foundation
