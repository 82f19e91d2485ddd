# scenario: scenarios/system-attributes.yaml
# Check queue metrics on agent queues (docs §3.2 CheckMetricData: QueueId | AgentId, else the working queue):
# the working queue set to john's agent queue, and maria's agent queue named by her ARN. The agent whisper then
# reads the agent attributes ($.Agent.*) of the agent who took the call.
john: status Available
call +15555550123 -> +18005550161
wait until customer heard "John is available."
wait until customer heard "Maria is not staffed."
wait until customer heard "John's queue holds 0 calls."
expect customer heard "John is available."
expect customer not heard "Error branch."
wait until john banner "Incoming call"
accept
wait until john heard "Agent John Doe (john), queue john."
wait until john banner Connected
end
clear
john: status Offline
maria: status Available
call +15555550123 -> +18005550161
wait until customer heard "John is not available."
wait until customer heard "Maria is staffed."
wait 10s
expect customer heard "Maria is staffed."
expect customer not heard "Error branch."
