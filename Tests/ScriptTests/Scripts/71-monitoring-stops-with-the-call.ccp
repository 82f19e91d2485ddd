# scenario: scenarios/supervisor.yaml
# Monitoring stops by itself when the agent ends the conversation ([AG/monitor-conversations]),
# and a supervisor stops it with End call. Barge needs multi-party calls and enhanced monitoring
# ([AG/monitor-barge]); silent monitoring does not.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
sue: monitor john
expect sue status Monitoring
end
expect sue status Available
expect sue not hears customer
expect sue heard "Monitoring ended: John Doe's conversation is over"
sue: end
expect refused "no call"
clear

call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
sue: monitor John
sue: end
expect sue status Available
expect sue heard "Stopped monitoring"
expect sue not hears john
# Each monitoring made Sue a MONITOR record, completed when it stopped: the first when John ended
# the call, the second by her own End call.
expect completed record 2 InitiationMethod MONITOR
expect completed record 2 Agent.Username sue
