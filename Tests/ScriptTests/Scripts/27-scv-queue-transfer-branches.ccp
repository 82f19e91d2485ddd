# scenario: scenarios/scv-queue-transfer.yaml
# A real export (Salesforce SCV sample queue transfer, QUEUE_TRANSFER) behind three queue quick
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

# Sales is open and Maria is staffed: the transfer reaches her.
quick-connect Sales
wait until john heard "Transferring you to the appropriate queue. One moment please."
wait until maria banner Connecting
expect maria heard "Sales"
wait until maria banner Connected
expect john hears maria
leave
expect banner "After contact work"
clear
# One record per segment: the inbound contact, then each queue quick connect's transfer.
expect records 4
expect record 2 Attributes.voiceCallId vc-0077
expect record 2 Agent null
expect record 3 Attributes.voiceCallId vc-0077
expect record 3 Agent null
expect record 4 InitiationMethod TRANSFER
expect record 4 InitialContactId record 1 ContactId
expect record 4 Queue.Name Sales
expect record 4 Agent.Username maria
expect record 4 Attributes.voiceCallId vc-0077
