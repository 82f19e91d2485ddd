# scenario: scenarios/callbacks.yaml
# The seed's chain of three records (docs §2.5): connected to agent 1, transferred to agent 2,
# then a queued callback connected to agent 3.
as john
manual maria
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
# While the transfer waits in the queue, its queue flow (which offers a callback) plays to John.
# John leaves before Maria accepts: the queue flow goes on for the caller, who takes the offer.
# The caller heard the same offer while queued for John, so only what follows a mark counts.
mark transfer
quick-connect PasswordReset
wait until maria banner "Incoming call"
expect john heard "Press 1 to be called back" since transfer
mark left
leave
clear
customer presses 1
expect customer heard "We will call you back" since left
maria: accept
wait until maria banner Connected
maria: end
maria: clear
expect records 3
expect record 3 InitiationMethod CALLBACK
# Thirty seconds after it was requested, the callback queues and is offered to Sam.
wait until sam banner "Callback incoming" within 40s
wait until sam banner Connecting
expect sam heard "Callbacks"
wait until customer heard "This call is not being recorded."
wait until sam banner Connected
expect customer hears sam
expect caller Connected
# Record 1 was with John, record 2 with Maria (TRANSFER), record 3 with Sam (CALLBACK).
expect record 1 Agent.Username john
expect record 2 Agent.Username maria
expect record 2 InitiationMethod TRANSFER
expect record 3 Agent.Username sam
expect record 1 NextContactId record 2 ContactId
expect record 2 PreviousContactId record 1 ContactId
expect record 2 NextContactId record 3 ContactId
expect record 3 PreviousContactId record 2 ContactId
expect record 3 InitialContactId record 1 ContactId
expect record 3 CustomerEndpoint.Address +15555550123
expect record 3 Queue.Name Callbacks
expect record 3 ConnectedToSystemTimestamp set
