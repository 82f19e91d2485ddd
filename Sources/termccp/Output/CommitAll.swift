import ArgumentParser
import OutputFiles

extension OutputFile {
    /// Puts every output in place, or none when one cannot be written: then says why on standard error and exits
    /// with status 2.
    static func commitAll(_ outputs: [OutputFile]) throws {
        do {
            for file in outputs { try file.commit() }
        } catch {
            for file in outputs { file.discard() }
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
    }
}
