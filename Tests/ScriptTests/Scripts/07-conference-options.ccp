# Every option after the consult connects (docs §1.5, §6 rules 13, 14, 19).
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until maria banner Connected
expect enabled join
expect enabled swap
expect enabled hold-all
expect enabled leave

# Hold all: Maria and the caller on hold; John alone hears the agent hold flow.
hold all
expect banner "On hold"
expect party customer "on hold"
expect party maria "on hold"
expect maria banner "On hold"
expect maria heard "You are on hold"
expect john heard "You are on hold"
expect john not hears maria
expect disabled hold-all "already on hold"
expect enabled resume-all
# Resume one party: talk to Maria alone.
resume maria
expect party maria connected
expect john hears maria
expect customer not hears maria
# Hold that one again, resume the caller: talk to the caller alone.
hold maria
resume customer
expect john hears customer
expect customer not hears maria
expect maria not hears john
# Leave with one held and one connected (scenario 1): the held one is taken off hold and
# connected to the other.
leave
expect banner "After contact work"
expect maria banner Connected
expect maria hears customer
expect customer hears maria
expect maria party customer connected
clear

# Scenario 3: both held, then Leave: both are taken off hold and connected.
as maria
manual maria
end
clear
call +15555550124 -> +18005550100
as john
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect "Shipping company"
wait until party +18005550199 connected
hold all
expect caller "On hold"
leave
expect caller Transferred
expect customer hears +18005550199
expect +18005550199 hears customer
# The caller can hang up the external party's call; a call with one party left ends.
external +18005550199 hangs up
expect caller Disconnected
expect record 3 TransferredToEndpoint.Address +18005550199
