"""`termccp import DIR -o scenario.yaml` (issue 10 point 4) on a hand-written AWS CLI export
(fixtures/instance, shaped after the API Reference's response syntax; see its SOURCES.md)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import termccp_binary

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "instance"
I = "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-4333-8444-555555555555"
PROMPT_ID = "30000000-0000-4000-8000-000000000001"


@pytest.fixture(scope="module")
def binary():
    return termccp_binary()


def run(binary, *args, cwd=None):
    return subprocess.run([binary, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture
def imported(binary, tmp_path):
    out = tmp_path / "scenario.yaml"
    result = run(binary, "import", FIXTURE, "-o", out)
    assert result.returncode == 0, result.stderr
    return out, result.stdout


def test_every_section_is_mapped_from_the_cli_output(imported):
    out, _ = imported
    s = yaml.safe_load(out.read_text())
    assert s["statuses"] == ["Lunch", "Training"]
    hours = {h["name"]: h for h in s["hours"]}
    # America/New_York on the scenario's default start (2026-11-21) is UTC-5.
    assert hours["Business hours"]["utcOffset"] == "-05:00"
    assert hours["Business hours"]["open"] == {
        "Mon": "08:00-17:00", "Tue": "08:00-17:00", "Wed": "08:00-17:00", "Thu": "08:00-17:00", "Fri": "08:00-17:00",
        "Sat": ["10:00-12:30", "13:00-14:00"]}
    assert hours["Basic Hours"]["always"] is True
    assert s["queues"] == [
        {"name": "Sales", "outboundCallerId": {"number": "+18005550100", "name": "Example Corp"}, "hours": "Business hours", "maxContacts": 10},
        {"name": "Support", "hours": "Basic Hours"}]
    # Voice queues in priority order; the chat-only profile (and its user) cannot take calls.
    assert s["routingProfiles"] == [
        {"name": "Sales team", "queues": ["Sales", "Support"], "defaultOutboundQueue": "Sales", "acwTimeout": "30s"}]
    assert s["agents"] == [
        {"username": "john", "firstName": "John", "lastName": "Doe", "routingProfile": "Sales team"},
        {"username": "maria", "firstName": "Maria", "lastName": "Garcia", "routingProfile": "Sales team"}]
    assert s["quickConnects"] == [
        {"name": "Maria", "type": "USER", "user": "maria", "flow": "Warm transfer", "queues": ["Sales"]},
        {"name": "Support queue", "type": "QUEUE", "queue": "Support"},
        {"name": "Shipping", "type": "PHONE_NUMBER", "phoneNumber": "+18005550199", "queues": ["Sales", "Support"]}]
    assert s["phoneNumbers"] == [{"number": "+18005550100", "flow": "Main inbound"}]
    assert [f["name"] for f in s["flows"]] == ["Main inbound", "Sales hold line", "Warm transfer"]
    assert [f["type"] for f in s["flows"]] == ["CONTACT_FLOW", "CUSTOMER_QUEUE", "AGENT_TRANSFER"]
    assert s["prompts"] == {PROMPT_ID: {"text": "(recorded prompt: Welcome jingle)"}}


def test_flow_references_by_arn_resolve_to_the_imported_names(imported):
    out, _ = imported
    flows = out.parent / "scenario-flows"
    main = (flows / "Main inbound.json").read_text()
    assert f"{I}/queue/Sales" in main
    assert f"{I}/contact-flow/Sales hold line" in main
    for id_ in ("b0000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000002"):
        assert id_ not in main
    # Prompts keep their ids: the scenario's prompts are keyed by them.
    assert f"{I}/prompt/{PROMPT_ID}" in (flows / "Sales hold line.json").read_text()


def test_what_could_not_be_mapped_is_reported_with_what_to_add(imported):
    _, stdout = imported
    for expected in [
        "Lambda function lookup-customer: invoked by the imported flows",
        "phone number +18005550101: no flow is associated with it",
        "user maria: auto-accepts calls",
        "user chen: its routing profile Chat only was not imported",
        "routing profile Chat only: has no voice queues",
        "flow module Authenticate caller: termccp does not run flow modules",
        "hours Business hours: time zone America/New_York changes offset",
        "queue Support: outbound whisper flow Warm transfer",
        "quick connect Support queue: its flow 99999999-0000-4000-8000-000000000000 was not exported",
        "flows: 1 archived flow was skipped",
        "prompts: 1 recorded prompt imported by name only",
    ]:
        assert expected in stdout, expected
    assert "does not load" not in stdout


def test_imported_scenario_passes_check(binary, imported):
    out, _ = imported
    result = run(binary, "check", out)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_call_to_the_imported_number_runs_the_imported_flows(binary, imported, tmp_path):
    out, _ = imported
    script = tmp_path / "call.ccp"
    script.write_text("\n".join([
        "as maria", "status Offline", "as john",
        "call +15555550123 -> +18005550100",
        'expect customer heard "Welcome to Example Corp sales."',
        'wait until caller "In queue"',
        # The CustomerQueue hook names the queue flow by ARN and id.
        'expect customer heard "All our sales agents are busy"',
        "accept",
        # The agent whisper names the queue the flow set by ARN and id.
        'expect john heard "Sales"',
    ]) + "\n")
    result = run(binary, "script", "--scenario", out, script)
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_twice_gives_the_same_files(binary, imported):
    out, _ = imported
    first = out.read_text()
    flows = {p.name: p.read_text() for p in (out.parent / "scenario-flows").iterdir()}
    assert run(binary, "import", FIXTURE, "-o", out).returncode == 0
    assert out.read_text() == first
    assert {p.name: p.read_text() for p in (out.parent / "scenario-flows").iterdir()} == flows
    assert not list(out.parent.glob("*.partial-*"))


def test_missing_folder_is_bad_input(binary, tmp_path):
    out = tmp_path / "s.yaml"
    result = run(binary, "import", tmp_path / "nope", "-o", out)
    assert result.returncode == 2
    assert "not a folder of AWS CLI output" in result.stderr
    assert not out.exists()


def test_malformed_cli_output_names_file_and_line(binary, tmp_path):
    export = tmp_path / "export"
    shutil.copytree(FIXTURE, export)
    (export / "list-queues.json").write_text('{\n  "QueueSummaryList": [\n    { "Id": "x", }\n  ]\n}\n')
    out = tmp_path / "s.yaml"
    result = run(binary, "import", export, "-o", out)
    assert result.returncode == 2
    assert f"{export / 'list-queues.json'}:3:" in result.stderr
    assert "malformed JSON" in result.stderr
    assert not out.exists() and not (tmp_path / "s-flows").exists()


def test_misshapen_cli_output_is_bad_input(binary, tmp_path):
    export = tmp_path / "export"
    shutil.copytree(FIXTURE, export)
    (export / "list-users.json").write_text('{ "Users": [] }\n')
    result = run(binary, "import", export, "-o", tmp_path / "s.yaml")
    assert result.returncode == 2
    assert "list-users.json:1: $.UserSummaryList: the output has no UserSummaryList list" in result.stderr


@pytest.mark.parametrize("kind", ["folder", "fifo", "symlink"])
def test_output_that_is_not_a_regular_file_is_refused(binary, tmp_path, kind):
    out = tmp_path / "s.yaml"
    target = tmp_path / "elsewhere.yaml"
    target.write_text("keep me\n")
    if kind == "folder":
        out.mkdir()
    elif kind == "fifo":
        os.mkfifo(out)
    else:
        out.symlink_to(target)
    result = run(binary, "import", FIXTURE, "-o", out)
    assert result.returncode == 2
    # Worded as every refused output path is (issue 12 review point 5).
    assert result.stderr.startswith(f"termccp: -o {out}: is a"), result.stderr
    assert "termccp only replaces regular files" in result.stderr
    assert target.read_text() == "keep me\n"
    assert not (tmp_path / "s-flows").exists()


def test_existing_regular_output_is_replaced(binary, tmp_path):
    out = tmp_path / "s.yaml"
    out.write_text("old\n")
    assert run(binary, "import", FIXTURE, "-o", out).returncode == 0
    assert out.read_text().startswith("# Imported by `termccp import`")


def test_an_acw_timeout_beyond_the_scenario_range_is_reported_not_written(binary, tmp_path):
    export = tmp_path / "export"
    shutil.copytree(FIXTURE, export)
    for user in export.glob("describe-user-*.json"):
        user.write_text(user.read_text().replace('"AfterContactWorkTimeLimit": 30', '"AfterContactWorkTimeLimit": 100000'))
    out = tmp_path / "s.yaml"
    result = run(binary, "import", export, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "routing profile Sales team: its users' after contact work timeout is 100000s, longer than termccp's 24h" in result.stdout
    assert "acwTimeout" not in yaml.safe_load(out.read_text())["routingProfiles"][0]
    assert run(binary, "check", out).returncode == 0
