# scenario: scenarios/scv-queue-transfer.yaml
# A real export (Salesforce SCV sample queue transfer, QUEUE_TRANSFER) behind four queue quick
# connects. Each run: Loop → Lambda (voiceCallId) → Set contact attributes → Check hours of
# operation (the quick connect's queue, docs §3.2) → Check staffing → prompt → Transfer to queue.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

# Weekend desk is closed on a Monday afternoon: the False branch, its prompt, Goodbye, Disconnect.
quick-connect "Weekend desk"
wait until john heard "The department you are trying to reach is not currently open"
wait until john heard "Goodbye."
wait 2s
expect party WeekendDesk absent
expect party customer "on hold"
expect john not heard "Transferring you to the appropriate queue"
resume customer

# Returns is open but nobody is staffed: Check staffing's NumberGreaterThan 0 does not hold
# (NoMatchingCondition).
quick-connect Returns
wait until john heard "No agents are available to take your call"
wait until party Returns absent within 15s
expect party customer "on hold"
expect john not heard "Transferring you to the appropriate queue"
resume customer

# A second caller waits in BasicQueue (John is busy), which fills it. A transfer back to BasicQueue
# passes the hours and staffing checks (John, on a call, is staffed), then Transfer to queue takes
# QueueAtCapacity.
call +15555550124 -> +18005550100
wait until customer +15555550124 heard "Thank you for calling Example Corp."
wait 3s
expect caller "In queue"
quick-connect Basic
wait until john heard "Transferring you to the appropriate queue. One moment please."
wait until john heard "higher than normal volume of calls"
wait until party BasicQueue absent within 20s
expect party customer "on hold"
resume customer

# Sales is open and Maria is staffed: the transfer reaches her. John heard the transfer flow's
# prompt on the first attempt too; only this attempt's counts.
mark sales
quick-connect Sales
wait until john heard "Transferring you to the appropriate queue. One moment please." since sales
wait until maria banner Connecting
expect maria heard "Sales"
wait until maria banner Connected
expect john hears maria
leave
expect banner "After contact work"
clear
# One record per segment: the inbound contact, then each queue quick connect's transfer.
expect records 6
expect record 4 InitiationMethod INBOUND
expect record 4 CustomerEndpoint.Address +15555550124
expect record 5 Attributes.voiceCallId vc-0077
expect record 5 Queue null
expect record 5 Agent null
expect record 2 Attributes.voiceCallId vc-0077
expect record 2 Agent null
expect record 3 Attributes.voiceCallId vc-0077
expect record 3 Agent null
expect record 6 InitiationMethod TRANSFER
expect record 6 InitialContactId record 1 ContactId
expect record 6 Queue.Name Sales
expect record 6 Agent.Username maria
expect record 6 Attributes.voiceCallId vc-0077

# John is free again: the caller waiting in BasicQueue reaches him.
wait until banner "Incoming call"
accept
wait until banner Connected
expect john hears customer
expect record 4 Agent.Username john
