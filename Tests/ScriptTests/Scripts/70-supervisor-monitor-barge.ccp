# scenario: scenarios/supervisor.yaml
# Supervisor monitor and barge (docs/supervisor.md): silent monitoring hears the call and is heard
# by no one; barge joins the conversation, heard by everyone; a barged supervisor can drop the
# agent (DisconnectReason BARGED); End call stops monitoring.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

# Nothing to monitor until an agent is on a live call; no one monitors themselves.
as sue
monitor sue
expect refused "yourself"
barge
expect refused "Monitor a call first"
monitor john
expect status Monitoring
expect heard "Monitoring John Doe's call"
expect sue hears customer
expect sue hears john
expect customer not hears sue
expect john not hears sue
expect no contact
customer says Hello, is anyone there?
john: say Yes, John here.
expect sue heard "Hello, is anyone there?"
expect sue heard "Yes, John here."
say Can you hear me?
expect refused "barge in to be heard"
hangup john
expect refused "barge in to take control"
monitor john
expect refused "already monitoring"

# Barge: the supervisor joins the conversation.
barge
expect status "Barged in"
expect customer hears sue
expect john hears sue
expect sue hears customer
expect john heard "Sue Park (supervisor) joined the call"
say This is Sue, the supervisor.
expect customer heard "This is Sue, the supervisor."
expect john heard "This is Sue, the supervisor."
# Back to silent monitoring, then barge again.
monitor
expect status Monitoring
expect customer not hears sue
barge
# A barged supervisor can drop the agent: the agent's segment ends BARGED, the caller stays with Sue.
hangup john
expect john banner "After contact work"
expect customer hears sue
expect sue hears customer
expect record 1 DisconnectReason BARGED
john: clear
end
expect status Available
expect sue not hears customer
# Sue's own contact: a MONITOR record (docs §2.3), completed when she ended monitoring.
expect completed records 2
expect completed record 2 InitiationMethod MONITOR
expect completed record 2 Agent.Username sue
expect completed record 2 Queue null
