"""Bad numbers, unreadable files and hostile inputs given to the real binary: exit status 2 and a
message that says what and where, never a crash or a hang (issue 8 points 1, 4, 5 and 6)."""

import os
import subprocess

import pytest

from conftest import ROOT


def run(termccp_path, *args, cwd=None):
    return subprocess.run([termccp_path, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60, cwd=cwd)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e300", "-5", "0.05", "101"])
def test_speed_out_of_range_names_the_range_and_the_value(termccp_path, value):
    done = run(termccp_path, "run", f"--speed={value}")
    assert done.returncode == 2
    assert "--speed must be from 0.1 to 100, found" in done.stderr


def test_a_scenario_number_out_of_range_names_file_line_key_and_range(termccp_path, tmp_path):
    scenario = tmp_path / "s.yaml"
    scenario.write_bytes(b"queues:\r\n  - name: Q\r\n    maxContacts: 1e300\r\n")
    done = run(termccp_path, "check", str(scenario))
    assert done.returncode == 2
    assert f"{scenario}:3: queues[0].maxContacts: expected a whole number from 1 to 1000000, found \"1e300\"" in done.stdout


def test_nested_aliases_are_refused_quickly_and_once(termccp_path, tmp_path):
    text = "m: &m {" + ", ".join(f"k{i}: v" for i in range(100)) + "}\n"
    text += "n: &n {<<: [" + ", ".join(["*m"] * 100) + "]}\n"
    text += "agents: [" + ", ".join(["*n"] * 1000) + "]\n"
    scenario = tmp_path / "laughs.yaml"
    scenario.write_text(text)
    done = run(termccp_path, "check", str(scenario))
    assert done.returncode == 2
    assert "larger than 100000 YAML nodes once its aliases are expanded" in done.stdout
    assert len(done.stdout.splitlines()) == 2


def test_check_prints_a_hundred_problems_a_file_and_counts_the_rest(termccp_path, tmp_path):
    scenario = tmp_path / "many.yaml"
    scenario.write_text("instance:\n" + "".join(f"  typo{i}: 1\n" for i in range(1000)))
    done = run(termccp_path, "check", str(scenario))
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    assert len(lines) == 102
    assert lines[-2] == f"{scenario}: … and 900 more problems (900 errors, 0 warnings) not shown; fix these first and check again"
    assert lines[-1] == "1 file checked: 1000 errors, 0 warnings"


@pytest.mark.parametrize("kind", ["yaml", "json", "ccp"])
def test_cannot_read_says_which_cause(termccp_path, tmp_path, kind):
    missing = tmp_path / f"nope.{kind}"
    folder = tmp_path / f"folder.{kind}"
    folder.mkdir()
    latin1 = tmp_path / f"latin1.{kind}"
    latin1.write_bytes(b"# x\n\xe9\n")
    fifo = tmp_path / f"pipe.{kind}"
    os.mkfifo(fifo)
    for path, message in [(missing, ": cannot read the file: it does not exist"),
                          (folder, ": cannot read the file: it is a folder"),
                          (latin1, ":2: the file is not UTF-8 text: byte 0xE9 at byte offset 4"),
                          (fifo, ": cannot read the file: it is not a regular file")]:
        done = run(termccp_path, "check", str(path))
        assert done.returncode == 2, path
        assert f"{path}{message}" in done.stdout, done.stdout


def test_a_bad_theme_file_names_its_line_and_column(termccp_path, tmp_path):
    theme = tmp_path / "mine.json"
    theme.write_bytes(b'{\r\n  "name": "mine",\r\n  "roles": {,\r\n}')
    done = run(termccp_path, "run", "--theme", str(theme))
    assert done.returncode == 2
    assert f"{theme}:3:13: malformed JSON" in done.stderr


AGENT_HOLD_FLOW = {"Name": "Held", "Type": "AGENT_HOLD", "Content": (
    '{"Version": "2019-10-30", "StartAction": "end", "Actions": '
    '[{"Identifier": "end", "Type": "EndFlowExecution", "Parameters": {}, "Transitions": {}}]}')}

SCENARIO_WITH_A_BAD_KEY_AND_A_WRONG_FLOW = """\
queues: [{ name: Q }]
routingProfiles: [{ name: P, queues: [Q] }]
agents: [{ username: a, routingProfile: P, bogus: 1 }]
flows:
  - { name: Held, file: held.json }
phoneNumbers:
  - { number: "+18005550100", flow: Held }
"""


@pytest.mark.parametrize("how", ["scenario", "script --scenario"])
def test_check_reports_a_scenarios_own_problems_and_its_flows_together(termccp_path, tmp_path, how):
    # Newcomer review #6: a problem in the scenario hid its flows' problems; a flow of the wrong type had no line.
    import json
    (tmp_path / "held.json").write_text(json.dumps(AGENT_HOLD_FLOW))
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text(SCENARIO_WITH_A_BAD_KEY_AND_A_WRONG_FLOW)
    if how == "scenario":
        args = [str(scenario)]
    else:
        script = tmp_path / "t.ccp"
        script.write_text("expect no contact\n")
        args = [str(script), "--scenario", str(scenario)]
    done = subprocess.run([termccp_path, "check", *args], capture_output=True, text=True)
    assert done.returncode == 2
    assert f"{scenario}:3: agents[0].bogus: unknown key `bogus`" in done.stdout
    assert f"{scenario}:7: phoneNumbers[0].flow: flow \"Held\" is a Agent hold flow (AGENT_HOLD)" in done.stdout
    assert f"{tmp_path / 'held.json'}:1: action end (EndFlowExecution)" in done.stdout


WALKTHROUGH = str(ROOT / "Tests" / "ScriptTests" / "Scripts" / "01-inbound-call.ccp")


@pytest.mark.parametrize("args, flag", [
    (["script", WALKTHROUGH, "--diagram"], "--diagram"),
    (["script", WALKTHROUGH, "--records"], "--records"),
    (["script", WALKTHROUGH, "--events"], "--events"),
    (["script", WALKTHROUGH, "--junit"], "--junit"),
    (["learn", "take-a-call", "--report"], "--report"),
    (["run", "--record"], "--record"),
    (["demo", WALKTHROUGH, "--record"], "--record"),
])
def test_an_output_path_that_is_a_folder_is_called_a_folder_whatever_its_name(termccp_path, tmp_path, args, flag):
    # Issue 12 review point 2: `--diagram /tmp` said the name had no extension; a folder is named as a folder,
    # for every output option, and left as it was.
    folder = tmp_path / "out"
    folder.mkdir()
    done = run(termccp_path, *args, str(folder), cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert f"{flag} {folder}: is a folder" in done.stderr, done.stderr
    assert "extension" not in done.stderr
    assert list(folder.iterdir()) == []


def test_check_flags_script_expectations_that_can_never_hold_as_for_a_lesson(termccp_path, tmp_path):
    # Issue 12 review point 1 (and issue 11 point 5): before, only unknown agents were named.
    script = tmp_path / "s.ccp"
    script.write_text("as john\nexpect banner Conected\nexpect party bob connected\nexpect party maria connected\n")
    done = run(termccp_path, "check", str(script))
    assert done.returncode == 2
    assert done.stdout.splitlines() == [
        f'{script}:2:15: the CCP never shows the banner "Conected", so this expectation can never hold — did you mean Connected? '
        "known banners: Incoming call, Callback incoming, Connecting, Connected, On hold, Missed contact, After contact work",
        f'{script}:3:14: no party named "bob" can be on a call in this scenario, so this expectation can never hold — '
        "known parties: customer, Internal transfer, john, John Doe, maria, Maria Garcia, sam, Sam Lee, BasicQueue, PasswordReset, "
        "Shipping company, Acme Shipping",
        "1 file checked: 2 errors, 0 warnings",
    ]


@pytest.mark.parametrize("text, expected", [
    # Issue 12 review point 4: an unclosed quote at the line where it opens, not at the end of the text.
    ('queues:\n  - name: "BasicQueue\n    hours: h\nagents:\n  - username: john\n',
     ':2:11: YAML syntax: the quote (") opened here is never closed'),
    # Point 5: a section of the wrong shape once, without "unknown agent" wherever an agent is named.
    ("queues:\n  - name: Q\nroutingProfiles:\n  - { name: P, queues: [Q] }\nagents: john\n"
     "quickConnects:\n  - { name: M, type: USER, user: john, queues: [Q] }\n",
     ":5: agents: expected a list, found \"john\""),
])
def test_check_reports_a_broken_scenario_once_at_the_line_to_change(termccp_path, tmp_path, text, expected):
    scenario = tmp_path / "s.yaml"
    scenario.write_text(text)
    done = run(termccp_path, "check", str(scenario))
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{scenario}{expected}"), done.stdout
    assert lines[1] == "1 file checked: 1 error, 0 warnings"
