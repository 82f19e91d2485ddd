# scenario: scenarios/system-attributes.yaml
# Every system attribute the scenario gives a value resolves (docs/system-attributes.md, admin guide "List of
# available contact attributes and their JSONPath reference"): one UpdateContactAttributes reads them all, and
# it is all or nothing, so a single one that did not resolve would take the flow's error branch.
call +15555550123 -> +18005550160
wait until customer heard "Where are you calling from?"
customer says I am calling from Acme repair today.
wait until customer heard "Intent Repair_Facility"
expect customer heard "Intent Repair_Facility from Acme, caller +15555550123, voice Matthew, region us-east-1, channel VOICE, method INBOUND, name [] description []."
expect customer not heard "Error branch."
wait 20s
expect records 1
expect record 1 Attributes.region us-east-1
expect record 1 Attributes.instance arn:aws:connect:us-east-1:123456789012:instance/attrs
expect record 1 Attributes.channel VOICE
expect record 1 Attributes.method INBOUND
expect record 1 Attributes.customer +15555550123
expect record 1 Attributes.customerType TELEPHONE_NUMBER
expect record 1 Attributes.dialled +18005550160
expect record 1 Attributes.dialledType TELEPHONE_NUMBER
expect record 1 Attributes.callback +15555550123
expect record 1 Attributes.callbackNumber +15555550123
expect record 1 Attributes.contactId record 1 ContactId
expect record 1 Attributes.initialContactId record 1 InitialContactId
expect record 1 Attributes.intent Repair_Facility
expect record 1 Attributes.facility Acme
expect record 1 Attributes.session +15555550123
expect record 1 Attributes.voice Matthew
expect record 1 Attributes.stream set
expect record 1 Attributes.streamStart set
expect record 1 Attributes.streamStop set
expect record 1 Attributes.streamFragment 1
expect record 1 Attributes.queue BasicQueue
expect record 1 Attributes.queueArn arn:aws:connect:us-east-1:123456789012:instance/attrs/queue/BasicQueue
expect record 1 Attributes.queueCallerId +18005550100
expect record 1 Attributes.queueCallerName "Example Corp"
expect record 1 Attributes.metricsQueue BasicQueue
expect record 1 Attributes.queued 0
expect record 1 Attributes.oldest 0
expect record 1 Attributes.online 0
expect record 1 Attributes.available 0
expect record 1 Attributes.staffed 0
