# On a three-party call (the default: multi-party calls off) "Primary agent can only mute themselves.
# Secondary agent can only mute themselves." (AWS admin guide, three-party-multi-party-comparison;
# docs/supervisor.md, "Muting other parties"): muting another party is refused with why, and each
# agent's own Mute still works.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
mute customer
expect refused "each agent mutes only themselves"
quick-connect Maria
wait until maria banner Connected
join
mute maria
expect refused "each agent mutes only themselves"
maria: mute customer
expect refused "each agent mutes only themselves"
expect maria hears customer
expect hears customer
maria: mute
expect not hears maria
expect customer not hears maria
maria: unmute
expect customer hears maria
