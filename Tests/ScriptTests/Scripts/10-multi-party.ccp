# scenario: scenarios/multiparty.yaml
# Multi-party: up to six participants, every agent sees every party by its quick connect name and
# has the same controls; no new dial while one rings (docs §1.5, §6 rules 16, 20).
as john
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
quick-connect Maria
expect party Maria connected
quick-connect Sam
expect refused "Wait until"
wait until maria banner Connected
join
quick-connect Sam
wait until sam banner Connected
join
quick-connect Supplier
wait until party +18005550188 connected
join
# Customer, John, Maria, Sam, Supplier: five. One more makes six.
quick-connect Lawyer
wait until party +18005550177 connected
join
quick-connect Notary
expect refused "6 participants"
# Maria sees every party and may hold the caller.
expect maria party customer connected
expect maria party Sam connected
expect maria party +18005550188 connected
maria: hold customer
expect party customer "on hold"
expect customer not hears sam
maria: resume customer
expect customer hears sam
expect sam hears +18005550177
# Secondary agents held by someone cannot hear each other until taken off hold.
hold maria
hold sam
expect maria not hears sam
resume all
expect maria hears sam
# When the caller and John have gone, only third parties remain: the contact ends (docs §6 rule 17).
customer hangs up
expect maria banner Connected
leave
expect maria banner "After contact work"
expect sam banner "After contact work"
