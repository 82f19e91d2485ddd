# scenario: scenarios/acme-customer-queue.yaml
# A real export (gitlab-cicd acme_customer_queue_AUTO, CUSTOMER_QUEUE) as the customer queue flow:
# Loop prompts with a text and a recorded prompt, looping until an agent takes the call.
as john
call +15555550123 -> +18005550100
wait until customer heard "Thank you for calling Example Corp."
expect caller "In flow"
wait until customer heard "Please stay on the line for the next available representative"
expect caller "In queue"
wait until customer heard "Acme queue music"
expect customer not heard "very important to us"
# John is Offline; the loop plays again after the music.
wait 30s
expect john no contact
status Available
expect banner "Incoming call"
accept
wait until banner Connected
expect john hears customer
expect john heard "BasicQueue"
expect record 1 Queue.Name BasicQueue
