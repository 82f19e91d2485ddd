#!/usr/bin/env bash
# Export an Amazon Connect instance as AWS CLI JSON, one file per call, for `termccp import DIR -o FILE`.
#
#   scripts/export-instance.sh INSTANCE_ID DIR
#
# Needs the AWS CLI v2 (it follows every page of a list call itself) and jq, with credentials allowed the
# connect:List* and connect:Describe* calls below. File names are the ones `termccp import` reads
# (README, "QA"). Nothing is changed in the instance.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 INSTANCE_ID DIR" >&2
    exit 2
fi
instance=$1
dir=$2
mkdir -p "$dir"

call() { # call FILE aws-connect-subcommand args...
    local file=$1; shift
    aws connect "$@" --instance-id "$instance" --output json > "$dir/$file.partial"
    mv "$dir/$file.partial" "$dir/$file"
}

ids() { # ids FILE LIST_KEY [jq filter on items]
    jq -r ".$2[] ${3:-} | .Id" "$dir/$1"
}

call list-agent-statuses.json list-agent-statuses
call list-phone-numbers-v2.json list-phone-numbers-v2
call list-flow-associations.json list-flow-associations --resource-type VOICE_PHONE_NUMBER
call list-prompts.json list-prompts

call list-hours-of-operations.json list-hours-of-operations
for id in $(ids list-hours-of-operations.json HoursOfOperationSummaryList); do
    call "describe-hours-of-operation-$id.json" describe-hours-of-operation --hours-of-operation-id "$id"
done

call list-queues.json list-queues --queue-types STANDARD
for id in $(ids list-queues.json QueueSummaryList); do
    call "describe-queue-$id.json" describe-queue --queue-id "$id"
    call "list-queue-quick-connects-$id.json" list-queue-quick-connects --queue-id "$id"
done

call list-routing-profiles.json list-routing-profiles
for id in $(ids list-routing-profiles.json RoutingProfileSummaryList); do
    call "describe-routing-profile-$id.json" describe-routing-profile --routing-profile-id "$id"
    call "list-routing-profile-queues-$id.json" list-routing-profile-queues --routing-profile-id "$id"
done

call list-users.json list-users
for id in $(ids list-users.json UserSummaryList); do
    call "describe-user-$id.json" describe-user --user-id "$id"
done

call list-quick-connects.json list-quick-connects
for id in $(ids list-quick-connects.json QuickConnectSummaryList); do
    call "describe-quick-connect-$id.json" describe-quick-connect --quick-connect-id "$id"
done

call list-contact-flows.json list-contact-flows
for id in $(ids list-contact-flows.json ContactFlowSummaryList '| select(.ContactFlowState != "ARCHIVED")'); do
    call "describe-contact-flow-$id.json" describe-contact-flow --contact-flow-id "$id"
done

call list-contact-flow-modules.json list-contact-flow-modules
for id in $(ids list-contact-flow-modules.json ContactFlowModulesSummaryList); do
    call "describe-contact-flow-module-$id.json" describe-contact-flow-module --contact-flow-module-id "$id"
done

echo "exported to $dir; now run: termccp import $dir -o scenario.yaml"
