import ArgumentParser
import CCP
import Foundation
import Scenario
import Script
import Telephony

/// termccp-render-bench: the CCP's frame cost without a terminal. The built-in scenario is brought to a busy
/// state by a script (a completed warm transfer, so the records panel has a chain; then a second call with a
/// consult, so the call map has three parties and the flow view a hold flow running), shown as John's and
/// Maria's CCPs plus the customer phone, with every side panel open. Then N frames, each as the terminal loop
/// makes it: read the world, render the pure Frame, diff it against the previous one (what the ncurses
/// backend writes).
///
///   termccp-render-bench [--size 200x50] [--frames N] [--kind tick|key] [--history CALLS] [--show]
///
/// `tick`: each frame advances virtual time by one second first (an idle CCP redraws once a second).
/// `key`: each frame follows a keystroke (`?`, the help overlay toggled), handled as the loop handles keys.
/// Count instructions per frame with callgrind: the difference between `--frames N` and `--frames 0`, over N.
struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "termccp-render-bench")

    @Option(help: "Terminal size, COLSxROWS.") var size = "200x50"
    @Option(help: "Frames to render.") var frames = 1000
    @Option(help: "tick (time advances a second per frame) or key (a keystroke per frame).") var kind = "tick"
    @Option(help: "Calls John takes before the busy state, each adding lines to the transcripts (a CCP that has run for hours keeps up to its retention's limit).")
    var history = 0
    @Flag(help: "Print the last frame's text, to see the state measured.") var show = false

    var parsedSize: Size? {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (20...1000).contains(parts[0]), (5...500).contains(parts[1]) else { return nil }
        return Size(columns: parts[0], rows: parts[1])
    }

    func validate() throws {
        guard parsedSize != nil else { throw ValidationError("--size takes COLSxROWS, 20 to 1000 by 5 to 500, like 200x50; found \(size)") }
        guard (0...1_000_000).contains(frames) else { throw ValidationError("--frames must be from 0 to 1000000, found \(frames)") }
        guard ["tick", "key"].contains(kind) else { throw ValidationError("--kind is tick or key, found \(kind)") }
        guard (0...10_000).contains(history) else { throw ValidationError("--history must be from 0 to 10000, found \(history)") }
    }
}

/// One call John takes from start to end, for `--history`.
let earlierCall = """
    call +15555550123 -> +18005550100
    wait until banner "Incoming call"
    accept
    wait until banner Connected
    say Hello, how can I help you today? Let me look into that for you right away.
    customer says I forgot my password and I cannot get into my account since this morning.
    end
    clear
    wait 5s

    """

/// A completed warm transfer (two records linked), then a consult on a second call.
let busyState = """
    call +15555550123 -> +18005550100
    wait until banner "Incoming call"
    accept
    wait until banner Connected
    wait 2s
    say Let me get a colleague.
    quick-connect Maria
    wait until maria banner "Incoming call"
    maria: accept
    wait until maria banner Connected
    join
    wait 20s
    leave
    clear
    customer hangs up
    wait until maria banner "After contact work"
    maria: clear
    wait 5s
    call +15555550123 -> +18005550100
    wait until banner "Incoming call"
    accept
    wait until banner Connected
    wait 2s
    quick-connect Maria
    wait until maria banner "Incoming call"
    maria: accept
    wait until maria banner Connected
    wait 3s
    """

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data("termccp-render-bench: \(text)\n".utf8))
    exit(2)
}

let options = Options.parseOrExit()
let size = options.parsedSize!
let engine: Engine
do { engine = try EngineBuilder.build(BuiltInScenario.load()) } catch { fail("the built-in scenario did not load: \(error)") }
let agents = ["john", "maria"]
let controller = CCPController(session: EngineSession(engine: engine), agents: agents, showCustomer: true, size: size)
// As `termccp run` keeps it: what the panels can show, not every call ever made.
engine.retention = .interactive
let (lines, errors) = ScriptParser.parse(String(repeating: earlierCall, count: options.history) + busyState)
if !errors.isEmpty { fail("the state script did not parse: \(errors)") }
let outcome = ScriptRunner(engine: engine, agent: agents[0]).run(lines)
guard case .passed = outcome else { fail("the state script failed: \(outcome)") }

/// The measured loop, on its own so that callgrind can count inside it alone (scripts/render-cost.sh).
@inline(never)
func renderFrames(_ controller: CCPController, _ count: Int, kind: String, from first: Screen) -> (last: Screen, cellsChanged: Int) {
    var previous = first
    var cellsChanged = 0
    for _ in 0..<count {
        if kind == "key" {
            controller.handle(.key(.char("?")))
        } else {
            controller.session.advance(to: controller.session.now + 1000)
        }
        let screen = controller.render().screen
        cellsChanged += screen.changes(since: previous).reduce(0) { $0 + $1.count }
        previous = screen
    }
    return (previous, cellsChanged)
}

let clock = ContinuousClock()
let start = clock.now
let (previous, cellsChanged) = renderFrames(controller, options.frames, kind: options.kind, from: controller.render().screen)
let elapsed = clock.now - start
if options.show { print(previous.glyphText) }
let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
print(String(format: "termccp-render-bench: %d %@ frames at %dx%d, %.3f ms per frame (wall), %d cells changed per frame",
             options.frames, options.kind, size.columns, size.rows, options.frames == 0 ? 0 : ms / Double(options.frames),
             options.frames == 0 ? 0 : cellsChanged / options.frames))
