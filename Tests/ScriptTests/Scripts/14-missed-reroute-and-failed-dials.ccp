# scenario: scenarios/dial-targets.yaml
# A missed offer goes to the next agent (docs §6 rule 5); dials that fail leave the call as it was.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

# Maria has been idle longest and is offered the queue transfer; she lets it ring out.
quick-connect PasswordReset
wait until maria banner "Incoming call"
expect sam no contact
wait 20s
expect maria status Missed
expect maria banner "Missed contact"
# The next agent, Sam, is offered it and accepts.
expect sam banner "Incoming call"
wait until sam banner Connected
expect record 2 AgentConnectionAttempts 2
expect record 2 Agent.Username sam
hangup sam
expect sam banner "After contact work"
expect party customer "on hold"
resume customer

# A busy number: the attempt ends and the caller stays with John.
dial +18005550198
expect party +18005550198 connecting
wait 2s
expect john heard "Busy line is busy"
expect party +18005550198 absent
# A number that never answers gives up after 30 s.
dial +18005550197
wait 29s
expect party +18005550197 connecting
wait 1s
expect john heard "Silent line did not answer"
resume customer
expect john hears customer

# An idle outbound call that is not answered returns John to his status with no after contact work.
end
clear
dial +18005550197
expect banner Connecting
wait 30s
expect no contact
expect status Available
