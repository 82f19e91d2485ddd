# Agent statuses (docs §1.6, §6 rules 5–8): routable only when Available; Next status while on a
# contact; Missed after 20 s; after contact work with the routing profile's timeout.
as john
manual maria
manual sam
status Lunch
expect status Lunch
as maria
status Break
as sam
status Offline
expect sam status Offline

# Nobody Available: the caller waits in queue.
call +15555550123 -> +18005550100
wait 10s
expect caller "In queue"
expect john no contact
# John becomes Available: the call is offered to him.
as john
status Available
expect banner "Incoming call"
# 20 s to accept; at 19 s it still rings; at 20 s it is missed.
wait 19s
expect banner "Incoming call"
wait 1s
expect banner "Missed contact"
expect status Missed
expect caller "In queue"
expect disabled accept "no incoming call"
expect enabled clear
clear
expect status Available
# Cleared, he is routable again and is offered the same caller.
expect banner "Incoming call"
reject
# The CCP shows a rejected voice contact as missed (Streams issues 977, 792).
expect banner "Missed contact"
expect status Missed
clear
wait until banner "Incoming call"
accept
wait until banner Connected

# Next status while on a contact: routing stops, the status applies after Clear contact.
status Lunch
expect status Available
expect next-status Lunch
# Choosing Available cancels it; choosing Lunch again sets it.
status Available
expect next-status none
status Lunch
end
expect banner "After contact work"
expect next-status Lunch
clear
expect status Lunch
expect next-status none
expect no contact

# After contact work with a timeout: Maria's routing profile ends ACW after 10 s.
as maria
status Available
call +15555550124 -> +18005550100
as john
status Available
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until maria banner "Incoming call"
maria: accept
wait until maria banner Connected
maria: end
expect maria banner "After contact work"
wait 9s
expect maria banner "After contact work"
wait 1s
expect maria no contact
expect maria status Available
expect record 3 Agent.AfterContactWorkDuration 10
