# scenario: scenarios/scv-agent-whisper.yaml
# A real export (Salesforce SCV sample agent whisper, AGENT_WHISPER) as the agent whisper: Set
# logging, then Check contact attributes on $.Attributes.sfdc-RTT_flag__c. Without the flag it
# takes NoMatchingCondition and says "Transcript disabled." before the queue name.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
expect banner Connecting
wait until john heard "Transcript disabled."
wait until john heard "BasicQueue"
expect customer not heard "Transcript disabled."
wait until banner Connected
expect john hears customer
end
clear

# A caller whose inbound flow set sfdc-RTT_flag__c to "1", answered by Maria: the Equals "1"
# condition skips straight to the queue name.
status Offline
as maria
status Available
call +15555550124 -> +18005550102
wait until banner "Incoming call"
accept
expect banner Connecting
wait until maria heard "BasicQueue"
wait until banner Connected
expect maria not heard "Transcript disabled."
expect maria hears customer
end
clear
expect records 2
expect record 1 Agent.Username john
expect record 1 Attributes.sfdc-RTT_flag__c null
expect record 2 Agent.Username maria
expect record 2 Attributes.sfdc-RTT_flag__c 1
