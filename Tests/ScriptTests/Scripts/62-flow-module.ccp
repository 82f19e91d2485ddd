# scenario: scenarios/flow-modules.yaml
# InvokeFlowModule runs the module, which plays its prompt and sets an attribute, and EndFlowModuleExecution
# returns to the invoking action's Success branch. A module the scenario does not declare takes the error branch.
call +15555550123 -> +18005550107
wait until customer heard "Back from the module."
expect customer heard "Hello from the module."
expect customer not heard "Error branch."
wait 5s
expect record 1 Attributes.greeted yes
mark second
call +15555550123 -> +18005550108
wait until customer heard "Error branch."
expect customer not heard "Back from the module." since second
expect customer not heard "Hello from the module." since second
