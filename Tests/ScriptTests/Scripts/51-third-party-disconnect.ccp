# DisconnectReason THIRD_PARTY_DISCONNECT (docs §2.4, §6 rule 23): John adds the shipping line and
# leaves the caller talking to it. The contact is still on the call, so its record waits: when the
# shipping line hangs up, the reason is THIRD_PARTY_DISCONNECT and the DisconnectTimestamp is when
# the caller's call ended, not when John left.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect "Shipping company"
wait until party +18005550199 connected
leave
expect banner "After contact work"
clear
expect caller Transferred
expect customer hears +18005550199
expect record 1 DisconnectReason null
expect record 1 DisconnectTimestamp null
wait 10s
external +18005550199 hangs up
expect caller Disconnected
expect record 1 DisconnectReason THIRD_PARTY_DISCONNECT
expect record 1 DisconnectTimestamp set
expect record 1 TransferredToEndpoint.Address +18005550199

# The caller hanging up instead is CUSTOMER_DISCONNECT, at that time too.
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect "Shipping company"
wait until party +18005550199 connected
leave
clear
wait 10s
customer hangs up
expect record 2 DisconnectReason CUSTOMER_DISCONNECT
