import ArgumentParser
import Foundation
import OutputFiles

// Parsed by hand so that a bad flag exits with 2 (bad input) like every other input problem,
// not swift-argument-parser's 64.
if let unknown = UnknownCommand.message(CommandLine.arguments.dropFirst()) {
    Console.error(unknown)
    Foundation.exit(Exit.badInput)
}
do {
    var command = try Termccp.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch let output as OutputFileError {
    Console.error("termccp: \(output)")
    Foundation.exit(Exit.badInput)
} catch {
    let code = Termccp.exitCode(for: error)
    let message = Termccp.fullMessage(for: error)
    if code == .success {
        print(message)
        Foundation.exit(0)
    }
    Console.error(message)
    Foundation.exit(code == .validationFailure ? Exit.badInput : code.rawValue)
}
