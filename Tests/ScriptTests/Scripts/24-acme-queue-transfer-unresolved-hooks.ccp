# scenario: scenarios/acme-queue-transfer.yaml
# A real export (gitlab-cicd acme_queue_transfer_AUTO) as a queue quick connect's transfer flow.
# Set flow attributes, then Set customer whisper / Set agent whisper to $.FlowAttributes.* that do
# not resolve here (ARNs with ${…} placeholders, docs §3.6 quirk 8): both take NoMatchingError, so
# the default whispers play. Then Transfer to queue puts the transfer into AcmeQueue.
as john
manual sam
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Acme
expect banner Connecting
expect party customer "on hold"
expect customer heard "hold music"
# Maria is Offline: the transfer waits in AcmeQueue (its only place) and John hears the queue flow.
wait until john heard "Your call is very important to us"
expect maria no contact

# A second caller reaches Sam, who tries the same quick connect: AcmeQueue is at capacity
# (maxContacts 1), Transfer to queue takes QueueAtCapacity, which the flow wires to Disconnect.
call +15555550124 -> +18005550100
wait until sam banner "Incoming call"
sam: accept
wait until sam banner Connected
sam: quick-connect Acme
wait 2s
expect sam party customer "on hold"
expect sam party Acme absent
expect sam banner "On hold"
sam: resume customer
expect sam hears customer

# Maria comes in; the waiting transfer is offered to her. The agent whisper hook did not resolve,
# so the default agent whisper says the queue name; the default customer whisper beeps to John.
maria: status Available
wait until maria banner Connecting
expect maria heard "AcmeQueue"
wait until john heard "beep"
wait until maria banner Connected
expect john hears maria
wait until john heard "Hi, this is Maria from Acme."
expect record 1 Queue.Name BasicQueue
join
expect customer +15555550123 hears maria
leave
expect banner "After contact work"
clear
expect record 2 InitiationMethod TRANSFER
expect record 2 Queue.Name AcmeQueue
expect record 2 Agent.Username maria
expect record 2 PreviousContactId record 1 ContactId
# Sam's transfer segment never reached a queue or an agent.
expect record 4 InitiationMethod TRANSFER
expect record 4 PreviousContactId record 3 ContactId
expect record 4 Queue null
expect record 4 Agent null
