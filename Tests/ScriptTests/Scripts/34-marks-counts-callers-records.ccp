# The sharper expectations (README "The command language"): marks and counts, several callers at
# once, an outbound callee by its number, numeric comparisons, and completed records beside all.
as john
manual maria
manual sam
maria: status Offline
sam: status Offline

# Two callers queue; each is addressed by its number.
call +15555550123 -> +18005550100
call +15555550124 -> +18005550100
wait until banner "Incoming call"
expect caller +15555550123 "In queue"
expect caller +15555550124 "In queue"
accept
wait until banner Connected
expect caller +15555550123 Connected
expect caller +15555550124 "In queue"
expect customer +15555550123 heard "beep" once
expect customer +15555550124 not heard "beep"
expect customer +15555550124 heard "Your call is very important to us"

# A hold of 6 s: the held caller hears the hold flow only after the mark.
mark hold
expect customer +15555550123 not heard "hold music" since hold
hold customer
expect caller +15555550123 "On hold"
expect customer +15555550123 heard "hold music" since hold
wait 6s
resume customer
mark talk
# `#` alone is a digit: the caller presses the pound key and John hears the tone.
customer +15555550123 presses #
expect heard "#" once since talk
expect heard "#" once since hold
expect customer +15555550124 not heard "#"
end

# Both contacts have records, numbered as they began; only John's is completed after Clear.
expect records 2
expect completed records 0
expect record 2 CustomerEndpoint.Address +15555550124
expect record 2 DisconnectTimestamp null
clear
expect completed records 1
expect completed record 1 CustomerEndpoint.Address +15555550123
expect completed record 1 Agent.NumberOfHolds = 1
expect completed record 1 Agent.CustomerHoldDuration >= 5
expect completed record 1 Agent.CustomerHoldDuration <= 7
expect record 1 Agent.CustomerHoldDuration > 5
expect record 1 Agent.CustomerHoldDuration < 7
expect record 1 Agent.CustomerHoldDuration != 0
expect record 1 DisconnectReason != CUSTOMER_DISCONNECT

# The second caller is offered next; it hangs up, and its record completes after Clear.
wait until banner "Incoming call"
accept
wait until banner Connected
expect caller +15555550124 Connected
expect caller +15555550123 Disconnected
# A hold loop counts once per repeat (hold music lasts 30 s), and stops when the caller is resumed.
mark hold2
hold customer
wait 65s
expect customer +15555550124 heard "hold music" 3 times since hold2
# A repeat after a mark counts since the mark, although the transcript folds it into one line.
mark midhold
wait 30s
expect customer +15555550124 heard "hold music" once since midhold
expect customer +15555550124 heard "hold music" 4 times since hold2
resume customer
mark resumed
wait 40s
expect customer +15555550124 heard "hold music" 0 times since resumed
# Without a mark, the count includes the music heard while queued for John.
expect customer +15555550124 heard "hold music" 5 times
customer +15555550124 hangs up
expect banner "After contact work"
clear
expect completed records 2
expect completed record 2 CustomerEndpoint.Address +15555550124
expect completed record 2 DisconnectReason CUSTOMER_DISCONNECT

# An outbound callee is addressed by its number, as a caller is.
mark outbound
dial +15550002222
wait until +15550002222 heard "This call is not being recorded."
expect customer +15550002222 heard "This call is not being recorded." once since outbound
wait until banner Connected
expect caller +15550002222 Connected
expect john hears +15550002222
expect +15550002222 hears john
expect party +15550002222 connected
say Hello from John
expect +15550002222 heard "Hello from John" once
hold +15550002222
expect caller +15550002222 "On hold"
expect +15550002222 not hears john
resume customer
customer +15550002222 says Thanks for calling back
expect heard "Thanks for calling back" once
end
clear
expect completed records 3
expect completed record 3 InitiationMethod OUTBOUND
expect completed record 3 CustomerEndpoint.Address +15550002222
