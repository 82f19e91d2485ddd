# A rejected voice contact: the standard CCP shows it as missed (Streams issues 977 and 792,
# maintainers' answers); it waits for Clear contact like a missed one, and the contact is offered
# again once the agent is routable.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
reject
expect banner "Missed contact"
expect status Missed
expect disabled accept
expect enabled clear
wait 30s
expect banner "Missed contact"
clear
wait until banner "Incoming call"
accept
wait until banner Connected
