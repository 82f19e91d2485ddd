# "How quick connects work", queue quick connect (docs §1.5, §6 rule 12).
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

quick-connect PasswordReset
# John's banner shows Connecting at once: "Internal transfer Connecting".
expect banner Connecting
expect party PasswordReset connecting
expect disabled join "Wait until"
expect disabled quick-connects "Wait until"
expect party customer "on hold"
# The queue transfer flow runs for John: it checks hours and staffing, then transfers to the queue.
expect john heard "Now transferring your call."
wait until john heard "Your call is very important to us"
# The longest-idle available agent of PasswordReset (Maria) is offered the contact.
wait until maria banner "Incoming call"
expect sam no contact
wait until maria banner Connecting
expect maria heard "PasswordReset"
wait until john heard "beep"
wait until maria banner Connected
expect banner Connected
expect john hears maria
expect customer not hears maria
expect record 2 InitiationMethod TRANSFER
expect record 2 Queue.Name PasswordReset
expect record 2 Agent.Username maria
expect record 2 PreviousContactId record 1 ContactId
# Swap to the caller, then back.
swap
expect party customer connected
expect john hears customer
expect john not hears maria
swap
expect john hears maria
end
# With three parties, End call is Leave: the others stay on the call.
expect banner "After contact work"
expect customer hears maria
