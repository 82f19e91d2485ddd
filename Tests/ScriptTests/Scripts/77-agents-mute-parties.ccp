# scenario: scenarios/multiparty.yaml
# Agents mute and unmute other participants on a multi-party call (docs/supervisor.md, "Muting other
# parties"): "Any agent on the call can mute any other participant on the call", and "An agent can
# only unmute themselves, not another agent. However, an agent can unmute participants who are not
# agents" (AWS admin guide, three-party-multi-party-comparison). A muted party stays in the
# conversation: it hears everyone, no one hears it. One operation with a barged-in supervisor's
# (walkthrough 76).
as john
mute customer
expect refused "You're not on a call"
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
mute nobody
expect refused "No party \"nobody\""
mute john
expect refused "That's you"
quick-connect Maria
wait until maria banner Connected
join
expect maria hears customer

# John mutes the caller: the caller still hears John and Maria; no one hears the caller.
mute customer
expect heard "You muted +15555550123"
expect maria heard "John muted +15555550123"
expect customer hears john
expect customer hears maria
expect john not hears customer
expect maria not hears customer
expect john hears maria
customer says Can anyone hear me?
expect not heard "Can anyone hear me?"
expect maria not heard "Can anyone hear me?"
maria: say I'm still here.
expect customer heard "I'm still here."
mute customer
expect refused "already muted"
expect maria party customer connected
# Hold and resume leave the mute as it was.
hold customer
resume customer
expect not hears customer
# The caller is not an agent: Maria unmutes it, though John muted it.
maria: unmute customer
expect heard "Maria unmuted +15555550123"
expect hears customer
expect maria hears customer
customer says Now?
expect maria heard "Now?"
maria: unmute customer
expect refused "not muted"

# Maria mutes John: John hears everyone, no one hears John; only John unmutes himself.
maria: mute john
expect heard "Maria muted you"
expect customer not hears john
expect maria not hears john
expect hears customer
expect hears maria
say Hello?
expect customer not heard "Hello?"
maria: unmute john
expect refused "Only John can unmute themselves"
unmute john
expect refused "That's you"
unmute
expect customer hears john
expect maria hears john

# An external party added with a quick connect: muted, it still hears the call.
quick-connect Supplier
wait until party +18005550188 connected
join
maria: mute +18005550188
expect customer not hears +18005550188
expect +18005550188 hears customer
unmute +18005550188
expect customer hears +18005550188
