import Scenario
import Script
import Telephony
let engine = try EngineBuilder.build(BuiltInScenario.load())
engine.onEvent = { e in print(e.at, e.type, e.fields.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: " ")) }
let runner = ScriptRunner(engine: engine, agent: "john")
let (lines, _) = ScriptParser.parse("""
call +15555550123 -> +18005550100
wait until caller "In queue"
accept
wait 3s
""")
print(runner.run(lines))
for l in engine.transcript(of: .customer(1)) { print(l.at, l.kind, l.source, l.text, l.count) }
