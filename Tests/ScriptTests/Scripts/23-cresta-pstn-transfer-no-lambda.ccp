# scenario: scenarios/cresta-pstn-no-lambda.yaml
# The cresta export with no Lambda response declared: InvokeLambdaFunction takes NoMatchingError
# (wired to the same next block), Set contact attributes cannot resolve $.External.phoneNumber and,
# all or nothing, sets neither attribute (docs §3.2 UpdateContactAttributes); the prompt reads an
# empty attribute; Transfer to phone number has no number and takes NoMatchingError → Disconnect.
call +15555550123 -> +18005550100
wait 1s
expect customer heard "DTMF is"
wait until caller Disconnected
expect customer not heard "Call must be transferred"
expect records 1
expect record 1 Attributes.phoneNumber null
expect record 1 Attributes.dtmfSequence null
expect record 1 TransferredToEndpoint null
