# A warm transfer with an agent quick connect (Amazon Connect, "How quick connects work").
# A customer phones the support line and John answers.
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
customer says I am locked out of my account.
say Let me get a colleague from password reset.

# John consults Maria with a quick connect: the customer goes on hold and hears the hold flow.
pause
quick-connect Maria
expect party customer "on hold"
expect customer not hears john

# Maria's CCP rings; she accepts, hears the queue's whisper, and talks to John alone.
wait until maria banner Connected
expect john hears maria
expect customer not hears maria
say Maria, I have a caller locked out of their account.

# Join: John, Maria and the customer all talk together.
join
expect customer hears maria
expect customer hears john

# John leaves. Maria and the customer stay connected; John is in after contact work.
leave
expect banner "After contact work"
expect maria banner Connected
maria: say Hi, this is Maria. I can reset that password for you.
expect customer heard "reset that password"

# John clears his contact and is ready for the next call.
clear
expect status Available

# Maria's contact is a TRANSFER segment linked to John's: PreviousContactId points back.
expect record 2 InitiationMethod TRANSFER
expect record 2 PreviousContactId record 1 ContactId
