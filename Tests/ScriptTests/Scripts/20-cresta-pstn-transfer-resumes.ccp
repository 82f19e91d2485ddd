# scenario: scenarios/cresta-pstn.yaml
# A real export (cresta VA_PSTN_Transfer): Lambda → attributes → "DTMF is …" → Transfer to phone
# number with Resume flow after disconnect (ContinueFlowExecution "True") and Send DTMF, both taken
# from the Lambda's response (docs §3.2 TransferParticipantToThirdParty, InvokeLambdaFunction).
call +15555550123 -> +18005550100
wait 1s
expect caller "In flow"
expect customer heard "DTMF is 11362"
wait until +18005550199 heard "Incoming call"
wait until caller Transferred
expect customer hears +18005550199
wait until customer heard "Virtual agent here."
# The digits from the Lambda's dtmfSequence reach the outside IVR, which answers and hangs up.
wait until +18005550199 heard "11362"
wait until customer heard "Hand-off 11362 received"
# The third party hung up and the caller did not: the flow resumes on Success, invokes the Lambda
# again (get_handoff_data) and reads the hand-off target from its response.
wait until customer heard "Call must be transferred to billing"
expect customer not hears +18005550199
wait until caller Disconnected
expect john no contact
expect records 1
expect record 1 InitiationMethod INBOUND
expect record 1 Attributes.phoneNumber +18005550199
expect record 1 Attributes.dtmfSequence 11362
expect record 1 Attributes.transferTarget billing
expect record 1 TransferredToEndpoint.Address +18005550199
expect record 1 Agent null
expect record 1 DisconnectReason CONTACT_FLOW_DISCONNECT

# "Resume flow after disconnect" works only if the third party hangs up: when the caller hangs up
# during the outside call, the whole call ends and the flow does not resume (docs §3.2).
call +15555550123 -> +18005550100
wait until caller Transferred
wait until customer heard "Virtual agent here."
customer hangs up
wait 10s
expect caller Disconnected
expect records 2
expect record 2 Attributes.phoneNumber +18005550199
expect record 2 Attributes.transferTarget null
expect record 2 TransferredToEndpoint.Address +18005550199
expect record 2 DisconnectReason CUSTOMER_DISCONNECT
