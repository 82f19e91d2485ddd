# scenario: scenarios/flow-actions.yaml
# Check staffing, Distribute by percentage (seeded: the same seed takes the same branch), and
# Store customer input with phone number validation (InvalidPhoneNumber).
as john
status Offline
call +15555550123 -> +18005550130
expect customer heard "All agents are busy."
wait 2s
expect customer heard "Branch B."
wait 3s
expect customer heard "Enter your ten digit phone number."
customer presses 123#
expect customer heard "That is not a valid phone number."
wait 3s
customer presses 5555550100#
wait until caller "In queue"
expect record 1 Attributes.phone +15555550100
customer hangs up

as john
status Available
call +15555550124 -> +18005550130
expect customer +15555550124 heard "An agent is available."
