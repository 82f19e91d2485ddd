# scenario: scenarios/legacy-queue.yaml
# A legacy customer queue flow with LoopPrompts (issue 14 point 16): the caller hears the loop while nobody can
# take the call (maria is Offline), and again on its next turn.
maria: status Offline
call +15555550123 -> +18005550106
wait until customer heard "Please hold for the next available representative"
mark looping
wait 30s
expect caller "In queue"
expect customer heard "Please hold for the next available representative" since looping
expect customer not heard "Flow error" since looping
maria: status Available
wait until maria banner Connected
