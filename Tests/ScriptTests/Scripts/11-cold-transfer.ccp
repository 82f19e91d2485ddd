# Cold transfer: John leaves while Maria still rings. The caller comes off hold and the transfer
# goes on for the caller, who hears the customer whisper only once Maria accepts (docs §1.5 cold
# transfer). The caller heard a whisper on the way to John, so marks count only what came after.
as john
manual maria
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until maria banner "Incoming call"
mark cold
leave
expect banner "After contact work"
expect caller "In queue"
expect maria banner "Incoming call"
expect customer not heard "beep" since cold
wait 5s
expect customer not heard "beep" since cold
mark accepted
maria: accept
wait 1s
expect customer heard "beep" once since accepted
expect customer heard "beep" once since cold
wait until maria banner Connected
expect maria hears customer
expect maria party customer connected
expect record 1 NextContactId record 2 ContactId
expect record 2 InitiationMethod TRANSFER

# A transfer that nobody takes: Maria rejects; the caller stays with John.
as john
clear
maria: end
maria: clear
call +15555550124 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until maria banner "Incoming call"
maria: reject
expect maria banner "Missed contact"
expect john heard "Transfer to Maria failed"
expect party Maria absent
expect party customer "on hold"
resume customer
expect john hears customer

# A cold transfer through a queue quick connect: John leaves while the transfer waits in the queue.
# The caller hears the customer queue flow, and then, once Maria accepts, the customer whisper
# (README "How it behaves", Quick connects; docs §1.5).
end
clear
maria: clear
manual sam
sam: status Offline
expect maria status Available
call +15555550125 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect PasswordReset
mark queued
leave
expect caller "In queue"
wait 5s
expect customer heard "Your call is very important to us" since queued
expect customer not heard "beep" since queued
wait until maria banner "Incoming call"
mark offered
maria: accept
expect customer not heard "beep" since offered
wait 1s
expect customer heard "beep" once since offered
wait until maria banner Connected
expect maria hears customer
