# scenario: scenarios/store-input.yaml
# Store customer input with no input takes Success with $.StoredCustomerInput = "Timeout" (admin guide, Store
# customer input); only the terminating key is treated the same (README: How it behaves); digits are stored, and
# after the first digit each next one is awaited 5 s. $.Lex.IntentName holds the intent a Lex bot matched.
call +15555550123 -> +18005550101
wait 20s
expect customer heard "Timeout branch."
expect customer not heard "Error branch."
mark hash
call +15555550123 -> +18005550101
wait until customer heard "Enter the extension."
customer presses "#"
wait 5s
expect customer heard "Timeout branch." since hash
mark digits
call +15555550123 -> +18005550101
wait until customer heard "Enter the extension."
customer presses 12
wait 4s
expect customer not heard "branch." since digits
customer presses "#"
wait 5s
expect customer heard "Extension branch." since digits
mark lex
call +15555550123 -> +18005550103
wait until customer heard "Where are you calling from?"
customer says I am calling from a repair facility
wait until customer heard "You are a Repair_Facility caller."
expect customer not heard "Error branch." since lex
