# Phone-number quick connect and the number pad (docs §6 rule 9): no flow runs; the queue's
# outbound caller ID is shown to the external party.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

quick-connect "Shipping company"
expect banner Connecting
expect party +18005550199 connecting
expect john not heard "Transferring now"
expect +18005550199 heard "Incoming call from +18005550100 (Example Corp)"
# No second dial while one is still ringing (docs §6 rule 16).
dial +15550001111
expect refused "Wait until"
wait 3s
expect banner Connected
expect john heard "Shipping company answered"
wait 1s
expect john heard "Please enter your order number"
expect customer not heard "Please enter your order number"
# The number pad during a call sends tones; the shipping IVR reads them.
dtmf 11362
expect +18005550199 heard "11362"
wait 2s
expect john heard "Order 11362 ships today"
wait until john heard "Shipping company hung up"
expect party +18005550199 absent
expect record 1 TransferredToEndpoint.Address +18005550199
expect record 1 TransferCompletedTimestamp set
resume customer
expect john hears customer
end
clear

# Idle number pad: an outbound call.
dial +15550002222
expect banner Connecting
expect john heard "Calling +15550002222"
wait 3s
expect customer +15550002222 heard "This call is not being recorded."
wait until banner Connected
expect record 2 InitiationMethod OUTBOUND
expect record 2 Queue.Name BasicQueue
expect record 2 SystemEndpoint.Address +18005550100
end
expect banner "After contact work"
clear

# An outbound call to a number with an IVR: it greets, reads the tones, answers and hangs up.
# John heard the same IVR on the first call, so these lines count only what comes after the mark.
mark outbound
dial +18005550199
wait until banner Connected
wait until john heard "Please enter your order number" since outbound
expect john heard "Order 11362 ships today" 0 times since outbound
mark tones
dtmf 11362
wait until john heard "Order 11362 ships today" since tones
wait until banner "After contact work"
clear
