# scenario: scenarios/cresta-pstn-no-answer.yaml
# The cresta export when nobody answers the number its Lambda returns: after the flow's
# ThirdPartyConnectionTimeLimitSeconds (30 s) the dial is cancelled and ConnectionTimeLimitExceeded
# leads to Disconnect (docs §3.2 TransferParticipantToThirdParty).
call +15555550123 -> +18005550100
wait 1s
expect customer heard "DTMF is 42"
wait 25s
expect caller "In flow"
wait until caller Disconnected within 10s
expect customer not heard "Call must be transferred"
expect records 1
expect record 1 Attributes.dtmfSequence 42
expect record 1 Attributes.transferTarget null
