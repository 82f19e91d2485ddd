# Commands that make no sense are refused with a reason the CCP could show, and nothing changes.
as john
accept
expect refused "no incoming call to accept"
clear
expect refused "no contact to clear"
join
expect refused "not on a call"
status Dinner
expect refused "no status \"Dinner\""
quick-connect Maria
expect refused "make a call first, or wait for one to ring"
quick-connect Nobody
expect refused "No quick connect named"
dial 12ab
expect refused "not a phone number"
call +15555550123 -> +19999999999
expect refused "not a number the instance has claimed"
expect no contact
expect records 0

call +15555550123 -> +18005550100
wait until banner "Incoming call"
end
expect refused "Accept or Reject"
clear
expect refused "ringing"
accept
wait until banner Connected
# Two parties only: Join, Swap, Hold all and Leave do not apply.
join
expect refused "third party"
swap
expect refused "three parties"
hold all
expect refused "third party"
leave
expect refused "End call"
clear
expect refused "once the call has ended"
hold maria
expect refused "No party \"maria\""
resume customer
expect refused "not on hold"
expect banner Connected
expect disabled join "third party"
expect disabled clear "once the call has ended"
# Three parties by default: no fourth (docs §6 rule 16).
quick-connect Maria
wait until maria banner Connected
quick-connect "Shipping company"
expect refused "three-party"
# Maria, the secondary agent, controls only what she added.
maria: hold customer
expect refused "only the agent in charge"
maria: hangup customer
expect refused "after the agent who transferred"
# Once the caller has gone, no one can be added (docs §6 rule 18).
customer hangs up
expect banner Connected
quick-connect PasswordReset
expect refused "hung up"
customer says hello
expect refused "No caller is on a call"
