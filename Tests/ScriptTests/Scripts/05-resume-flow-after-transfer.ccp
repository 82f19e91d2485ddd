# scenario: scenarios/resume.yaml
# Seed "Resume a contact flow after transfer" (docs §3.2 TransferParticipantToThirdParty, §6 rule 26):
# Send DTMF, caller ID number and name, a timeout, and resume flow after disconnect.
as john
call +15555550123 -> +18005550100
wait 1s
customer presses 1
expect customer heard "Transferring to +18005550199"
expect caller "In flow"
expect +18005550199 heard "Incoming call from +18005550100 (Example Corp)"
wait 2s
expect caller Transferred
expect customer hears +18005550199
wait 1s
# The DTMF digits go to the shipping IVR, which reads them and answers.
expect +18005550199 heard "1,1362"
expect customer heard "Acme Shipping."
wait until customer heard "Order 11362 ships today"
# When it hangs up, the caller returns to the flow on Success and reaches an agent.
wait until customer heard "Welcome back. Connecting you to an agent."
expect customer not heard "could not reach shipping"
wait until banner "Incoming call"
accept
wait until banner Connected
expect record 1 TransferredToEndpoint.Address +18005550199
