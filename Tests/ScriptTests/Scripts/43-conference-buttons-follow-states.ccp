# Conference controls follow the connection states the CCP shows (docs §5.2, §1.5): one party held
# and one connected: Join, Swap, Hold all; every party held: Resume all; all joined: Hold all. An
# agent quick connect shows Connected as soon as it is routed (docs §1.4), before Maria answers:
# Join then conferences John and the caller while Maria rings; Hold all and Swap say to wait until
# she answers, since no one is on that connection yet.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

quick-connect Maria
expect party customer "on hold"
expect party maria connected
expect enabled join
expect disabled swap "Wait until Maria answers"
expect disabled hold-all "Wait until Maria answers"
# Maria (a bot) accepts after 3 s, then the whispers play.
wait until maria banner Connected
expect party customer "on hold"
expect party maria connected
expect enabled join
expect enabled swap
expect enabled hold-all
hold all
expect party customer "on hold"
expect party maria "on hold"
expect disabled hold-all "already on hold"
expect enabled resume-all
expect disabled swap "one party on hold and one connected"
resume all
expect party customer connected
expect party maria connected
expect john hears maria
expect customer hears maria
expect enabled hold-all
expect disabled join "already joined"
expect disabled swap "one party on hold and one connected"
