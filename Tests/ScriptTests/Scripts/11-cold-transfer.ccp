# Cold transfer: John leaves while Maria still rings. The caller comes off hold and the transfer
# goes on for the caller; the customer whisper then plays to the caller (docs §1.5 cold transfer).
as john
manual maria
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until maria banner "Incoming call"
leave
expect banner "After contact work"
expect caller "In queue"
expect maria banner "Incoming call"
maria: accept
wait 1s
expect customer heard "beep"
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
expect maria banner "Rejected contact"
expect john heard "Transfer to Maria failed"
expect party Maria absent
expect party customer "on hold"
resume customer
expect john hears customer
