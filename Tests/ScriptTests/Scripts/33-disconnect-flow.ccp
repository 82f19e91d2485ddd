# scenario: scenarios/flow-actions.yaml
# Set disconnect flow (the CustomerRemaining hook): when John hangs up first, the caller stays on
# and hears the survey flow, in a new DISCONNECT segment (docs §2.3, §3.4 Disconnect).
as john
call +15555550123 -> +18005550140
wait until banner "Incoming call"
accept
wait until banner Connected
end
expect banner "After contact work"
expect caller "In flow"
expect customer heard "Please rate your call from 1 to 5."
customer presses 5
expect customer heard "Thank you. Goodbye."
wait 3s
expect caller Disconnected
expect records 2
expect record 2 InitiationMethod DISCONNECT
expect record 2 PreviousContactId record 1 ContactId
expect record 2 Agent null
expect record 2 DisconnectReason CONTACT_FLOW_DISCONNECT
