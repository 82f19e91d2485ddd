# scenario: scenarios/flow-actions.yaml
# DequeueContactAndTransferToQueue makes a QUEUE_TRANSFER segment (docs §6 rule 21);
# "Hold customer or agent" lets the caller key in a card number while the agent is on hold.
as john
status Offline
as olga
status Available
call +15555550123 -> +18005550100
wait until caller "In queue"
expect customer heard "Please hold."
wait 31s
# After 30 s the queue flow moves the caller to Overflow, where Olga is Available.
expect olga banner "Incoming call"
expect records 2
expect record 1 InitiationMethod INBOUND
expect record 1 Queue.Name BasicQueue
expect record 1 Queue.DequeueTimestamp set
expect record 2 InitiationMethod QUEUE_TRANSFER
expect record 2 PreviousContactId record 1 ContactId
expect record 2 Queue.Name Overflow
olga: accept
wait until olga banner Connected
olga: end
olga: clear
olga: status Offline

# Secure input: John hands the caller a keypad through a queue transfer flow.
as john
status Available
call +15555550124 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect "Secure card entry"
# The flow puts John on hold and the caller back on the line to hear its prompt.
expect customer heard "Please enter your card number"
expect john not heard "Please enter your card number"
expect customer not hears john
customer presses 4111222233334444#
expect customer heard "Thank you. Returning you to your agent."
wait 3s
expect john hears customer
expect party customer connected
expect record 4 Attributes.cardLast4 4111222233334444
