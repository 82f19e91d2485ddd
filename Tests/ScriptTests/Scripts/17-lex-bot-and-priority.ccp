# scenario: scenarios/callbacks.yaml
# A Lex bot picks the branch from what the caller says; routing priority puts a gold member first.
as john
status Offline
call +15555550123 -> +18005550110
expect customer heard "How can I help you today?"
customer says where is my order?
expect customer heard "Your order ships today."
# The bot asks again once the answer has played.
wait 5s
customer says blah blah
expect customer heard "Sorry, I did not get that."
wait 5s
customer says I want a human
wait until caller "In queue"
customer hangs up

# Priority: two callers wait; the second pressed 1 and is offered first.
call +15555550131 -> +18005550120
wait 6s
call +15555550132 -> +18005550120
wait 1s
customer +15555550132 presses 1
wait 3s
status Available
expect banner "Incoming call"
expect john heard "Incoming call from +15555550132"
