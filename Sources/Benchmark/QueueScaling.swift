import Foundation
import Telephony

/// Queue work against the number of contacts waiting (issue 8 point 4): N callers wait in one
/// queue, each hearing the default customer queue flow; the figures are the wall time to queue
/// them, to run one virtual minute while they wait, and to run one virtual minute while agents
/// take them. Near-linear work doubles each time N doubles.
enum QueueScaling {
    struct Result {
        var queued: Int
        var placeSeconds: Double
        var waitingMinuteSeconds: Double
        var routingMinuteSeconds: Double
        var answered: Int
    }

    static let agents = 20

    static func run(queued n: Int) throws -> Result {
        var config = BenchInstance.config(intakeAgents: agents, specialists: 0)
        config.agents = config.agents.map { a in
            var a = a
            a.initialStatus = "Offline"
            a.bot = BotBehaviour(offer: .accept(after: 1000), hangUpAfter: 3000, clearAfter: 2000)
            return a
        }
        let engine = Engine(config: config, flows: try BenchInstance.interpreter())
        var answered = 0
        engine.eventNames = [.connected]
        engine.onEvent = { _ in answered += 1 }
        let place = measure {
            for i in 0..<n {
                let number = "+1555" + String(1_000_000 + i)
                _ = engine.perform(.call(from: number, to: BenchInstance.claimedNumber))
            }
        }
        let waiting = measure { engine.advance(by: 60_000) }
        for i in 0..<agents { _ = engine.perform(.setStatus("Available"), as: BenchInstance.intakeAgent(i)) }
        let routing = measure { engine.advance(by: 60_000) }
        return Result(queued: n, placeSeconds: place, waitingMinuteSeconds: waiting, routingMinuteSeconds: routing,
                      answered: answered)
    }

    private static func measure(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func report(_ sizes: [Int]) throws {
        print("queue scaling: N callers wait in one queue (default customer queue flow, 20 s hold music); \(agents) bot agents")
        print("      N   queue N (s)   1 min waiting (s)   1 min routing (s)   answered in that minute")
        var previous: Result?
        for n in sizes {
            let r = try run(queued: n)
            var growth = ""
            if let p = previous {
                growth = String(format: "   ×%.1f / ×%.1f / ×%.1f per doubling",
                                r.placeSeconds / p.placeSeconds, r.waitingMinuteSeconds / p.waitingMinuteSeconds,
                                r.routingMinuteSeconds / p.routingMinuteSeconds)
            }
            print(String(format: "%7d   %11.3f   %17.3f   %17.3f   %6d", n, r.placeSeconds, r.waitingMinuteSeconds,
                         r.routingMinuteSeconds, r.answered) + growth)
            previous = r
        }
    }
}
