# scenario: scenarios/queue-ping-pong.yaml
# A customer queue flow that moves the caller to the other queue at once: the two queues hand the
# caller back and forth with no time passing. termccp bounds the flow steps one call takes at one
# instant; the flow that goes over is ended with the reason (the caller's transcript, --trace,
# the flow.ended event) and the caller waits in the queue it is in (issue 8 point 4).
as john
call +15555550123 -> +18005550100
wait until caller "In queue"
expect customer heard "without any time passing"
status Available
wait until banner "Incoming call"
accept
wait until banner Connected
# Only the looping flow was ended: the whispers at the same instant play as usual.
expect john not heard "Flow error"
expect customer heard "beep"
expect john hears customer
end
clear
expect no contact
