# scenario: scenarios/long-whisper.yaml
# Whispers (docs §6 rule 27): the agent whisper plays while the caller is still in queue; an agent
# who hangs up during it (the banner says Connecting) leaves the caller in the queue; a whisper
# lasts at most 2 minutes.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait 5s
expect banner Connecting
expect john heard "please please"
expect enabled end
end
# Let go before talking: Missed contact, as for an offer not taken; the caller waits on.
expect banner "Missed contact"
expect caller "In queue"
expect customer not hears john
clear
wait until banner "Incoming call"
accept
mark accepted
# 400 words take 160 s; the whisper is cut at 120 s, then the customer whisper's beep (1 s).
wait 1m59s
expect banner Connecting
wait 2s
expect banner Connected
expect customer heard "beep" since accepted
expect john hears customer
expect record 1 AgentConnectionAttempts 2
end
clear
