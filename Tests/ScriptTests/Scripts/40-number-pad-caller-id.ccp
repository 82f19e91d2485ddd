# The number pad during a contact: the caller ID an added number sees is the outbound caller ID of
# the queue the contact is in (AWS Knowledge Center, caller ID on external transfers; docs §6 rule
# 9); the routing profile's default outbound queue only when the agent has no contact. Maria works
# PasswordReset (+18005550101, her default outbound queue); John's caller was in BasicQueue
# (+18005550100, Example Corp).
manual maria
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until maria banner "Incoming call"
maria: accept
wait until maria banner Connected
join
leave
expect banner "After contact work"
clear

# Maria now has John's caller, a contact in BasicQueue.
as maria
expect banner Connected
expect party customer connected
dial +18005550199
expect party +18005550199 connecting
expect +18005550199 heard "Incoming call from +18005550100 (Example Corp)"
expect +18005550199 not heard "+18005550101"
wait until party +18005550199 connected
# The agent's own transcript keeps the tones it sent.
dtmf 11362
expect maria heard "11362"
wait until maria heard "Order 11362 ships today"
wait until maria heard "Acme Shipping hung up"
end
expect banner "After contact work"
clear

# Idle, a call comes from the default outbound queue of Maria's routing profile.
dial +18005550199
expect banner Connecting
wait until banner Connected
end
expect record 3 InitiationMethod OUTBOUND
expect record 3 Agent.Username maria
expect record 3 SystemEndpoint.Address +18005550101
