# scenario: scenarios/cresta-pstn-busy.yaml
# The cresta export when the number its Lambda returns is busy: Transfer to phone number takes
# CallFailed (only with ContinueFlowExecution "True", docs §3.2), which the flow wires to Disconnect.
call +15555550123 -> +18005550100
wait 1s
expect customer heard "DTMF is 42"
wait until caller Disconnected
expect customer not heard "Call must be transferred"
expect customer not hears +18005550198
expect john no contact
expect records 1
expect record 1 Attributes.phoneNumber +18005550198
expect record 1 Attributes.transferTarget null
expect record 1 Agent null
