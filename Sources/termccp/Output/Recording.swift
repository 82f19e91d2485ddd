import OutputFiles

/// The `--record OUT.cast` file of a CCP run (`run`, `demo`): an output file like every other (checked before the
/// CCP starts, written to a partial file), kept only when the CCP ended by quitting. A CCP ended by a signal, or one
/// that could not start, leaves the target as it was: a recording is never half-written.
enum Recording {
    /// Opens the output (nil without `--record`); `inputs` are the run's input files, which it may not be.
    static func open(_ path: String?, inputs: [String]) throws(OutputFileError) -> OutputFile? {
        guard let path else { return nil }
        if let misnamed = OutputKind.misnamed(flag: "--record", path: path) { throw misnamed }
        for input in inputs where OutputFile.sameFile(path, input) {
            throw OutputFileError(description: "--record \(path): is one of the run's inputs; give a new file name")
        }
        PartialFiles.install()
        return try OutputFile(flag: "--record", path: path)
    }

    /// Commits the recording after a quit (status 0), discards it otherwise.
    static func finish(_ file: OutputFile?, status: Int32) throws(OutputFileError) {
        guard let file else { return }
        if status == 0 { try file.commit() } else { file.discard() }
    }
}
