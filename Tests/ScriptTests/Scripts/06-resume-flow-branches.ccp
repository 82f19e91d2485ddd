# scenario: scenarios/resume.yaml
# Each branch of Transfer to phone number (docs §6 rule 26): Call failed, Timeout, Error, and
# "do not resume".
as john
status Offline

# Call failed: the number is busy.
call +15555550123 -> +18005550100
wait 1s
customer presses 2
wait until customer heard "The shipping line is busy."
wait until customer heard "Welcome back."
customer hangs up

# Timeout: nobody answers within ThirdPartyConnectionTimeLimitSeconds (10 s).
call +15555550124 -> +18005550100
wait 1s
customer presses 3
wait 9s
expect customer not heard "Nobody answered"
wait 2s
expect customer heard "Nobody answered at shipping."
customer hangs up

# Error: the number is a reference that does not resolve.
call +15555550125 -> +18005550100
wait 1s
customer presses 5
expect customer heard "We could not reach shipping."
customer hangs up

# Do not resume: once the call connects, the flow is over; when shipping hangs up, so does the call.
call +15555550126 -> +18005550100
wait 1s
customer presses 4
wait 3s
expect caller Transferred
wait until caller Disconnected
expect customer +15555550126 not heard "Welcome back"
expect record 4 TransferredToEndpoint.Address +18005550199
expect record 4 DisconnectReason THIRD_PARTY_DISCONNECT
