import ArgumentParser
import Foundation
import Flows
import Import
import Scenario
import Telephony
import OutputFiles

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build a scenario from the AWS CLI output of an Amazon Connect instance (scripts/export-instance.sh).",
        discussion: """
            Writes the scenario to -o FILE and the instance's flows, their ids rewritten to names, to FILE's \
            folder under STEM-flows/. Prints what could not be mapped and what to add by hand.
            Exit status: 0 when the scenario was written, 2 on bad input (nothing is written).
            """)

    @Argument(help: "Folder of AWS CLI JSON output, one file per call (names in the README's QA section).")
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Scenario file to write.", valueName: "file"))
    var output: String

    func run() throws {
        let target = URL(fileURLWithPath: output)
        let stem = target.deletingPathExtension().lastPathComponent
        let flowsFolder = "\(stem)-flows"
        PartialFiles.install()
        // The scenario's path is opened first: one that cannot take it is refused before any flow file is written.
        let file: OutputFile
        do {
            if let misnamed = OutputKind.misnamed(flag: "-o", path: output) { throw misnamed }
            file = try OutputFile(flag: "-o", path: output)
        } catch {
            // Worded as import's other refusals: what was refused, then that nothing was written.
            Console.error("termccp: \(error); nothing was written.")
            throw ExitCode(Exit.badInput)
        }
        let result: InstanceImport.Result
        do {
            let start = Date(timeIntervalSince1970: TimeInterval(InstanceConfig().startEpochSeconds))
            result = try InstanceImport.build(folder: folder, flowsFolder: flowsFolder, start: start)
        } catch {
            for p in error.problems { Console.error(p.description) }
            Console.error("termccp: \(error.problems.count) problem(s); nothing was written.")
            throw ExitCode(Exit.badInput)
        }
        let base = target.deletingLastPathComponent()
        if !result.flowFiles.isEmpty {
            let flowsURL = base.appendingPathComponent(flowsFolder)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: flowsURL.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw OutputFileError(description: "-o \(output): the flows go in \(flowsURL.path), which is not a folder; nothing was written.")
                }
            } else {
                do { try FileManager.default.createDirectory(at: flowsURL, withIntermediateDirectories: false) } catch {
                    throw OutputFileError(description: "-o \(output): cannot create the flows folder \(flowsURL.path) (its folder does not exist or may not be written); nothing was written.")
                }
            }
            for flow in result.flowFiles {
                let path = base.appendingPathComponent(flow.path).path
                if let refusal = OutputFile.refusal(flag: "flow file", path: path) {
                    Console.error("termccp: \(refusal); nothing was written.")
                    throw ExitCode(Exit.badInput)
                }
            }
            // Flows first, the scenario last: the scenario never names a flow file that is not there.
            for flow in result.flowFiles {
                let path = base.appendingPathComponent(flow.path).path
                let flowFile = try OutputFile(flag: "flow file", path: path)
                flowFile.write(Data(flow.content.utf8))
                try flowFile.commit()
            }
        }
        file.write(Data(result.yaml.utf8))
        try file.commit()

        print("\(output): " + result.counts.map { "\($0.count) \($0.section)" }.joined(separator: ", "))
        if !result.notes.isEmpty {
            print("Not mapped (\(result.notes.count)); add by hand:")
            for n in result.notes { print("  \(n)") }
        }
        do {
            _ = try ScenarioLoader.load(file: output)
        } catch {
            print("The scenario does not load yet; fix these by hand:")
            for p in error.problems { print("  \(p)") }
        }
    }
}
