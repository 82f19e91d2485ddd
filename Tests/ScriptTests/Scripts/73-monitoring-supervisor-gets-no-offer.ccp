# scenario: scenarios/supervisor-in-queue.yaml
# A supervisor listening to a call is on a contact of its own (MonitorContact gives it a ContactId,
# docs/supervisor.md): routing offers it nothing until monitoring ends, and then the waiting caller
# is offered at once. Sue works BasicQueue like John; John is busy with Pat.
call +15555550123 -> +18005550100
wait until john banner Connected
sue: status Available
sue: monitor john
call +15555550124 -> +18005550100
wait 30s
expect sue status Monitoring
expect sue no contact
sue: end
expect sue banner "Incoming call"
