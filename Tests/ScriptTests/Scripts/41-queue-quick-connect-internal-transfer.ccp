# Queue quick connect in three-party mode (AWS "How quick connects work", queue quick connects;
# docs §1.5, §6 rules 12 and 20): until an agent of the queue accepts, John sees the new party as
# "Internal transfer" Connecting, never the quick connect's name. From Maria's accept until she is
# connected (the agent whisper to her, then the customer whisper to John) John's banner stays
# Connecting and the party Connecting; then both read Connected.
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected

quick-connect PasswordReset
expect banner Connecting
expect party "Internal transfer" connecting
expect party customer "on hold"
wait until maria banner "Incoming call"
expect banner Connecting
expect party "Internal transfer" connecting
# Maria (a bot) accepts after 3 s; the agent whisper plays to her.
wait until maria banner Connecting
expect banner Connecting
expect party "Internal transfer" connecting
# The customer whisper plays to John, still Connecting.
wait until john heard "beep"
expect banner Connecting
expect party "Internal transfer" connecting
wait until maria banner Connected
expect banner Connected
expect party "Internal transfer" connected
expect john hears maria
