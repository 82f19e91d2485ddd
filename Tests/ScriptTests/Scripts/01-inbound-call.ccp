# An inbound call end to end (docs §3.4 Inbound, §6 rules 3, 5, 27): the inbound flow, the queue,
# the offer to the longest-idle Available agent, whispers, then the conversation.
as john
manual maria
manual sam
status Offline
as maria
status Offline
as sam
status Offline
as john
status Available
expect status Available
expect no contact

call +15555550123 -> +18005550100
expect caller "In flow"
expect customer heard "Thank you for calling Example Corp."
wait until caller "In queue"
expect customer heard "Your call is very important to us"
expect banner "Incoming call"
expect enabled accept
expect enabled reject
expect disabled clear "ringing"
expect john heard "Incoming call from +15555550123"

accept
# The agent whisper plays to the agent while the caller is still queued (docs §6 rule 27).
expect banner Connecting
expect john heard "BasicQueue"
expect caller "In queue"
expect customer not heard "BasicQueue"
wait 1s
# Then the customer whisper (a beep) to the caller.
expect customer heard "beep"
expect john not heard "beep"
wait 1s
expect banner Connected
expect caller Connected
expect party customer connected
expect john hears customer
expect customer hears john

say Hello, this is John. How can I help?
expect customer heard "Hello, this is John"
wait until john heard "I forgot my password"
expect customer not heard "I forgot my password"

end
expect banner "After contact work"
expect caller Disconnected
expect status Available
clear
expect no contact
expect record 1 InitiationMethod INBOUND
expect record 1 Agent.Username john
expect record 1 Queue.Name BasicQueue
expect record 1 DisconnectReason AGENT_DISCONNECT
expect record 1 CustomerEndpoint.Address +15555550123
expect record 1 SystemEndpoint.Address +18005550100
