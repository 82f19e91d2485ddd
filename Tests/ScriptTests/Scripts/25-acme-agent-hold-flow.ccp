# scenario: scenarios/acme-hold.yaml
# A real export (gitlab-cicd acme_hold_AUTO, AGENT_HOLD) as the agent hold flow: Loop prompts with
# SSML "You are on hold" and a 10 s break. A held agent, and an agent left alone while everyone
# else is held, hear it (README "Hold loops"); the held caller hears the customer hold flow.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
expect john not heard "You are on hold"
hold customer
expect customer heard "hold music"
expect john heard "You are on hold"
expect customer not heard "You are on hold"
resume customer
expect john hears customer

# A conference: Maria joins, then Hold all leaves John alone and holds Maria, an agent.
quick-connect Maria
wait until maria banner Connected
expect maria not heard "You are on hold"
join
expect customer hears maria
hold all
expect party customer "on hold"
expect party maria "on hold"
expect maria heard "You are on hold"
expect customer not heard "You are on hold"
expect maria not hears john
resume all
expect john hears maria
expect customer hears maria
