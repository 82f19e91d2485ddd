# scenario: scenarios/kvs-streaming.yaml
# A legacy "modules" export (realtime-transcription kvStreamingSampleFlow) as an inbound flow:
# SetLoggingBehavior → PlayPrompt (SSML) → StartMediaStreaming → SetAttributes → InvokeExternalResource
# (Lambda) → PlayPrompt (SSML with breaks) → Disconnect (docs §3.7).
call +15555550123 -> +18005550100
wait 1s
expect customer heard "Thank you for using Amazon Connect IVR recording solution"
expect caller "In flow"
wait until customer heard "To demonstrate please tell me what city you are from?"
expect customer not heard "An error occurred"
expect customer not heard "<break"
wait until caller Disconnected
expect john no contact
expect records 1
expect record 1 Attributes.transcribeCall true
expect record 1 Attributes.saveCallRecording true
expect record 1 Attributes.languageCode en-US
expect record 1 Agent null
expect record 1 Queue null
