# scenario: scenarios/scv-no-lambda.yaml
# An unresolvable reference (%%…%% left by deployment tooling) takes the error branch at run time
# (docs §3.6 quirk 8); the real flow retries twice, then plays its error prompt and hangs up the
# transfer. John keeps his caller.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
wait until john heard "We have encountered an error"
wait until john heard "Transfer to Maria failed"
expect party maria absent
expect party customer "on hold"
expect record 2 Attributes.error_desc "lambda loop fail"
resume customer
expect john hears customer
