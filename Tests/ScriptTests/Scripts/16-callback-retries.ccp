# scenario: scenarios/callbacks.yaml
# A callback nobody answers is tried again after its retry delay, then given up (docs §1.1
# MissedCallCustomer: "Queued callbacks are retried").
as john
call +15555550144 -> +18005550100
wait until customer heard "Press 1 to be called back"
customer presses 1
wait 3s
customer hangs up
wait until sam banner "Callback incoming" within 40s
wait until sam heard "Calling +15555550144" within 10s
expect sam banner Connecting
wait 30s
# No answer: Sam is free again without after contact work.
expect sam no contact
wait 59s
expect sam no contact
wait until sam banner "Callback incoming" within 5s
wait until sam no contact within 45s
expect records 2
expect record 2 InitiationMethod CALLBACK
expect record 2 AgentConnectionAttempts 2
