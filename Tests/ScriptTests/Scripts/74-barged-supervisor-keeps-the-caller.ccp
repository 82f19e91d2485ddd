# scenario: scenarios/supervisor.yaml
# A supervisor who barged in and dropped the agent is the one left with the caller: going back to
# silent monitoring is refused (it would leave the caller on a call no one is on), the caller stays
# with her, and her End call ends the call as an agent's would (docs/supervisor.md; docs §6 rule 17:
# the call stays up while the caller or an agent is on it).
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
sue: monitor john
sue: barge
expect john heard "Sue Park (supervisor) joined the call"
sue: monitor
expect john heard "Sue Park (supervisor) is listening silently again"
sue: barge
sue: hangup john
expect john heard "Sue Park (supervisor) disconnected you"
expect john banner "After contact work"
sue: monitor
expect refused "You disconnected John Doe"
expect sue status "Barged in"
wait 1m
expect sue hears customer
expect customer hears sue
expect caller Connected
sue: end
expect sue status Available
expect caller Disconnected
expect sue not hears customer
