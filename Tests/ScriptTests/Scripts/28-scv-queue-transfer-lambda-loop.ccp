# scenario: scenarios/scv-queue-transfer-no-lambda.yaml
# The SCV sample queue transfer flow when its Lambda (%%INVOKE_TELEPHONY_FUNCTION_ARN%%) does not
# resolve: NoMatchingError returns to the Loop, which tries twice (LoopCount "2"), then DoneLooping
# sets error attributes and plays the error prompt; the transfer hangs up, John keeps his caller.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Sales
wait until john heard "We have encountered an error and cannot currently handle your call"
wait 12s
expect party Sales absent
expect party customer "on hold"
expect maria no contact
expect john not heard "Transferring you to the appropriate queue"
resume customer
expect john hears customer
end
clear
expect records 2
expect record 2 InitiationMethod TRANSFER
expect record 2 Attributes.error_desc "lambda loop fail"
expect record 2 Attributes.process_error true
expect record 2 Attributes.voiceCallId null
expect record 2 Agent null
