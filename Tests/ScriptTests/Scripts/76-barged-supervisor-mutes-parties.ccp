# scenario: scenarios/supervisor.yaml
# A barged-in supervisor mutes and unmutes parties (docs/supervisor.md): barge needs multi-party
# calls, and on a multi-party call "Any agent on the call can mute any other participant on the
# call", while "An agent can only unmute themselves, not another agent. However, an agent can unmute
# participants who are not agents" (AWS admin guide, three-party-multi-party-comparison). A muted
# party stays in the conversation: it hears everyone, no one hears it. Silent, the supervisor cannot
# act on the call.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

as sue
mute customer
expect refused "monitor a call and barge in first"
monitor john
mute customer
expect refused "barge in to take control"
unmute customer
expect refused "barge in to take control"
barge
unmute customer
expect refused "Pat Caller is not muted"
mute nobody
expect refused "No party nobody"

# Sue mutes the caller: the caller still hears John and Sue; no one hears the caller.
mute customer
expect heard "You muted Pat Caller"
expect john heard "Sue Park (supervisor) muted Pat Caller"
expect customer hears john
expect customer hears sue
expect john not hears customer
expect sue not hears customer
expect john hears sue
expect sue hears john
customer says Can anyone hear me?
expect john not heard "Can anyone hear me?"
expect sue not heard "Can anyone hear me?"
john: say I'm still here.
expect customer heard "I'm still here."
mute customer
expect refused "Pat Caller is already muted"
# Hold and resume leave the mute as it was.
hold customer
resume customer
expect john not hears customer
# A caller is not an agent: the supervisor unmutes it.
unmute customer
expect john heard "Sue Park (supervisor) unmuted Pat Caller"
expect john hears customer
expect sue hears customer
customer says Now?
expect john heard "Now?"

# Sue mutes John: John hears the caller and Sue, no one hears John; only John unmutes himself.
mute john
expect john heard "Sue Park (supervisor) muted you"
expect customer not hears john
expect sue not hears john
expect john hears customer
expect john hears sue
unmute john
expect refused "Only John Doe can unmute themselves"
john: unmute
expect customer hears john
expect sue hears john

# Back to silent monitoring: the moves are refused again.
monitor
mute customer
expect refused "barge in to take control"
end
expect status Available
