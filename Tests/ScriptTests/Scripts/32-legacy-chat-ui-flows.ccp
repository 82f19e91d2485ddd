# scenario: scenarios/chat-ui-legacy.yaml
# Two legacy "modules" exports (amazon-connect-chat-ui-examples) as inbound flows of claimed numbers.
as john
manual john

# InteractiveMessaging: GetUserInput with target Lex. What the caller says picks the Help intent;
# the module has no intent branches, so NoMatch leads to Check attribute on Lex.Slots.action.
call +15555550123 -> +18005550100
wait until customer heard "Type help to get help!"
wait 2s
customer says help
expect caller "In queue"
wait until banner "Incoming call"
expect customer not heard "Sorry I did not understand that"
accept
wait until banner Connected
expect john heard "BasicQueue"
end
clear
expect records 1
expect record 1 Queue.Name BasicQueue

# The same flow when the caller says nothing: the Lex block's Error branch plays its prompt and
# disconnects.
call +15555550123 -> +18005550100
wait until customer heard "Type help to get help!"
wait until customer heard "Sorry I did not understand that. Please try again later."
wait until caller Disconnected
expect no contact
expect records 2
expect record 2 Queue null

# Basic Chat: Set disconnect flow names "Basic Chat Disconnect Flow" by console name only, which
# does not resolve; Set working queue by the user-defined attribute "username" does not resolve
# either; both Error branches lead to Set working queue BasicQueue and Transfer to queue.
call +15555550124 -> +18005550101
wait until customer +15555550124 heard "Hi you are being put into queue"
wait until banner "Incoming call"
accept
wait until banner Connected
expect john hears customer
end
clear
expect records 3
expect record 3 Queue.Name BasicQueue
expect record 3 CustomerEndpoint.Address +15555550124
