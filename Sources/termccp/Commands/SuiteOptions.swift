import ArgumentParser
import OutputFiles

/// The options `termccp script` and `termccp test` share for running a suite of files in CI: a JUnit report,
/// files run at once, and one slice of a CI matrix. One declaration, so both commands give the same help and
/// the same messages (README "QA").
struct SuiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write a JUnit XML report to this file: one testcase per file, the failing line (file:line), time in seconds, the output; a file that cannot run is an <error>.", valueName: "file"),
            completion: .file())
    var junit: String?

    // Unconditional, so `-j -1` and `--shard -1/2` reach their checks and are told the range, not "missing value".
    @Option(name: [.customShort("j"), .customLong("jobs")], parsing: .unconditional,
            help: ArgumentHelp("Run up to N files at once (1 to \(Jobs.maximum)); each file's output stays together and in file order.", valueName: "N"))
    var jobs: Int = 1

    @Option(parsing: .unconditional, help: ArgumentHelp("Run only the K-th of N slices of the files (1 ≤ K ≤ N; dealt by path, the same on every machine), for CI matrices.", valueName: "K/N"),
            transform: Shard.parse)
    var shard: Shard?

    func validate() throws {
        try Jobs.check(jobs)
    }

    /// The files this machine runs: the shard's slice, or all of them.
    func select(_ files: [String]) -> [String] {
        shard.map { $0.select(files) } ?? files
    }

    /// Refuses two outputs naming one file, an output naming an input, and an output named as another kind
    /// of file (OutputKind.misnamed), as every output path is refused
    /// (`termccp: …`, status 2). `outputs` pairs each flag with its path (nil when not given).
    static func checkOutputs(_ outputs: [(flag: String, path: String?)], inputs: [String]) throws(OutputFileError) {
        let given = outputs.compactMap { o in o.path.map { (o.flag, $0) } }
        for (i, a) in given.enumerated() {
            for b in given[(i + 1)...] where OutputFile.sameFile(a.1, b.1) {
                throw OutputFileError(description: "\(a.0) and \(b.0) name the same file (\(b.1)); give each its own")
            }
            for input in inputs where OutputFile.sameFile(a.1, input) {
                throw OutputFileError(description: "\(a.0) \(a.1): is an input of this run; give the output another name")
            }
        }
        // After the clashes, which say more when one name is given to two options (`--events x.mmd --diagram x.mmd`).
        for (flag, path) in given { if let misnamed = OutputKind.misnamed(flag: flag, path: path) { throw misnamed } }
    }
}
