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
        try refuseNonRegular(output)
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
                guard isFolder.boolValue else { throw ValidationError("cannot write flows to \(flowsURL.path): it exists and is not a folder") }
            } else {
                do { try FileManager.default.createDirectory(at: flowsURL, withIntermediateDirectories: false) } catch {
                    throw ValidationError("cannot create \(flowsURL.path): the folder does not exist or is not writable")
                }
            }
            for flow in result.flowFiles { try refuseNonRegular(base.appendingPathComponent(flow.path).path) }
            // Flows first, the scenario last: the scenario never names a flow file that is not there.
            for flow in result.flowFiles {
                let path = base.appendingPathComponent(flow.path).path
                let file = try OutputFile(flag: "flow file", path: path)
                file.write(Data(flow.content.utf8))
                try file.commit()
            }
        }
        let file = try OutputFile(flag: "-o", path: output)
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

    /// Output paths are replaced only when they are regular files: a folder, FIFO, device or symbolic link is
    /// refused rather than followed or destroyed.
    private func refuseNonRegular(_ path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        let type = attributes[.type] as? FileAttributeType
        if type != .typeRegular {
            throw ValidationError("refusing to write \(path): it exists and is not a regular file (a folder, FIFO, device or symbolic link)")
        }
    }
}
