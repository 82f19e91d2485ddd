# scenario: scenarios/supervisor.yaml
# A barged-in supervisor holds and resumes parties (docs/supervisor.md): barge needs multi-party
# calls, and on a multi-party call "Any agent on the call can put any party on hold"
# (three-party-multi-party-comparison). A held party leaves the conversation: it hears no one and
# no one hears it. Silent, the supervisor cannot act on the call.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

as sue
monitor john
hold customer
expect refused "barge in to take control"
resume customer
expect refused "barge in to take control"
hold all
expect refused "barge in to take control"
barge
resume customer
expect refused "customer is not on hold"
hold nobody
expect refused "No party nobody"

# Sue holds the caller: John and Sue talk, the caller hears neither.
hold customer
expect john heard "Sue Park (supervisor) put Pat Caller on hold"
expect heard "You put Pat Caller on hold"
expect john party customer hold
expect customer not hears sue
expect customer not hears john
expect sue not hears customer
expect john hears sue
expect sue hears john
hold customer
expect refused "already on hold"
say Let's keep this between us.
expect john heard "Let's keep this between us."
expect customer not heard "Let's keep this between us."
resume customer
expect john heard "Sue Park (supervisor) took Pat Caller off hold"
expect john party customer connected
expect customer hears sue
expect customer hears john

# Sue holds John: Sue and the caller talk alone.
hold john
expect customer hears sue
expect sue hears customer
expect customer not hears john
expect john not hears customer
expect john not hears sue
resume john
expect john hears customer
expect john hears sue

# Hold all: everyone but Sue is held; resume all brings them back.
hold all
expect customer not hears sue
expect john not hears sue
expect customer not hears john
hold all
expect refused "Everyone is already on hold"
resume all
expect customer hears john
expect customer hears sue
resume all
expect refused "No one is on hold"

# Back to silent monitoring: the moves are refused again, and no one hears Sue.
monitor
hold customer
expect refused "barge in to take control"
expect customer not hears sue
end
expect status Available
