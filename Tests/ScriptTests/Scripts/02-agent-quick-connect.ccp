# "How quick connects work", agent quick connect, step by step (docs §1.5, §6 rules 10, 11).
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

quick-connect Maria
# 1. John's banner says Connected at once, although Maria is not connected yet.
expect banner Connected
expect party maria connected
# The customer is on hold and hears the customer hold flow.
expect party customer "on hold"
expect caller "On hold"
expect customer heard "hold music"
expect customer not hears john
# 2. The agent transfer flow runs and John hears its prompt.
expect john heard "Transferring now"
expect customer not heard "Transferring now"
# 3. Maria is offered the contact.
wait until maria banner "Incoming call"
expect maria enabled accept
# ... she accepts (the built-in Maria accepts after 3 s); her banner says Connecting.
wait until maria banner Connecting
# 4. The agent whisper plays to Maria: the queue name.
expect maria heard "BasicQueue"
# 5. The customer whisper plays to John: a beep.
wait until john heard "beep"
expect maria not heard "beep"
# 6. Both are Connected and can talk; the customer still holds.
wait until maria banner Connected
expect banner Connected
expect john hears maria
expect maria hears john
expect customer not hears maria
say Maria, I have a caller locked out of their account.
expect maria heard "locked out of their account"
expect customer not heard "locked out of their account"
expect record 2 InitiationMethod TRANSFER
expect record 2 Agent.Username maria

# Join: all three talk (a conference).
join
expect party customer connected
expect caller Connected
expect customer hears maria
expect customer hears john
# Leave: John is done; Maria and the caller stay connected (docs §6 rules 14, 15).
leave
expect banner "After contact work"
expect maria banner Connected
expect customer hears maria
expect maria hears customer
expect record 1 DisconnectReason AGENT_DISCONNECT
expect record 1 NextContactId record 2 ContactId
expect record 2 PreviousContactId record 1 ContactId
expect record 2 InitialContactId record 1 ContactId
clear
expect status Available
expect no contact
customer hangs up
expect maria banner "After contact work"
expect record 2 DisconnectReason CUSTOMER_DISCONNECT
