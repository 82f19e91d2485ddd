# scenario: scenarios/scv-agent-transfer.yaml
# A real export as the agent transfer flow: Lambda → attributes → Set working queue by
# $.Agent.UserName (the quick connect's user, docs §3.2) → Transfer to queue (Maria's agent queue).
as john
manual maria
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
expect john heard "Transferring now to an Available Agent"
wait 3s
expect record 2 Attributes.voiceCallId vc-0042
expect record 2 Queue.Name maria
# Maria is Offline: the transfer waits in her queue until she is Available.
wait 30s
expect maria no contact
as maria
status Available
expect banner "Incoming call"
accept
wait until banner Connected
expect john hears maria
expect record 2 Agent.Username maria
