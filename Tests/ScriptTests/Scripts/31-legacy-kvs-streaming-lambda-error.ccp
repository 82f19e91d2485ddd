# scenario: scenarios/kvs-streaming-no-lambda.yaml
# The realtime-transcription legacy export when its Lambda (an ARN of account 126597142151) does not
# resolve: the InvokeExternalResource Error branch plays its prompt and disconnects.
call +15555550123 -> +18005550100
wait until customer heard "An error occurred with the KVS trigger lambda function."
expect customer not heard "An error occurred when we tried to start streaming"
expect customer not heard "what city you are from"
wait until caller Disconnected
expect records 1
expect record 1 Attributes.transcribeCall true
