# scenario: scenarios/supervised-floor.yaml
# A supervisor on a consult (docs/supervisor.md): silent monitoring hears the conversation the
# agent is in, so while John consults Maria with the caller on hold Sue hears the two agents and
# not the held caller, and no one hears Sue. Barged in, Sue is in that conversation too: the agents
# hear her, the held caller does not (held parties hear no one, docs §1.5, §6 rules 13-19). After
# Join everyone hears her. Monitoring stops when the monitored agent leaves ([AG/monitor-conversations]).
call +15555550123 -> +18005550100
wait until john banner Connected
john: quick-connect Maria
wait until maria banner Connected
sue: monitor john
expect sue status Monitoring
expect sue hears john
expect sue hears maria
expect sue not hears customer
expect john not hears sue
expect maria not hears sue
expect customer not hears sue
maria: say Password reset here.
expect sue heard "Password reset here."

sue: barge
expect sue status "Barged in"
expect john hears sue
expect maria hears sue
expect customer not hears sue
sue: say Maria, please take this one.
expect maria heard "Maria, please take this one."
expect customer not heard "Maria, please take this one."

john: join
expect customer hears sue
expect sue hears customer
expect maria hears sue

# Back to silent monitoring, then John leaves the conference: the call goes on with Maria, and
# Sue's monitoring of John ends with his part of the call.
sue: monitor
expect customer not hears sue
expect sue hears customer
john: leave
expect sue status Available
expect sue not hears customer
expect customer hears maria
