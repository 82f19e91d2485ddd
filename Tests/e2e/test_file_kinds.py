"""Each kind of input file recognised where it is given, and one plain line where it is the wrong kind:
`termccp check` on a folder and on a CCP theme, a lesson given to `run`/`--scenario`, a scenario given to
`learn` (exit status 2, no flood of "unknown key" lines)."""

import shutil
import subprocess
from xml.etree import ElementTree

import pytest

from conftest import ROOT

LESSON = ROOT / "Sources" / "Training" / "Resources" / "agent_quick_connect.yaml"
SCENARIO = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "scenario.yaml"
THEMES = ROOT / "themes"


def run(termccp_path, *args, cwd=None):
    return subprocess.run([termccp_path, *map(str, args)], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def test_check_of_a_folder_checks_each_file_of_a_known_kind_in_it(termccp_path, tmp_path):
    shutil.copy(THEMES / "default.json", tmp_path / "theme.json")
    (tmp_path / "call.ccp").write_text("call +15555550123 -> +18005550100\nwait 3s\nexpect caller \"In queue\"\n")
    (tmp_path / "notes.txt").write_text("not checked\n")
    done = run(termccp_path, "check", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "unknown kind" not in done.stdout
    assert done.stdout.splitlines()[-1] == "2 files checked: 0 errors, 0 warnings"


def test_check_of_a_folder_with_nothing_to_check_says_what_check_takes(termccp_path, tmp_path):
    (tmp_path / "notes.txt").write_text("x\n")
    done = run(termccp_path, "check", tmp_path)
    assert done.returncode == 2
    assert f"{tmp_path}: is a folder with no .yaml, .yml, .json or .ccp file directly inside it" in done.stdout
    assert "check takes scenarios and lessons" in done.stdout


def test_every_shipped_theme_checks_clean_and_a_bad_one_names_its_line(termccp_path, tmp_path):
    themes = sorted(THEMES.glob("*.json"))
    done = run(termccp_path, "check", *themes)
    assert done.returncode == 0, done.stdout
    bad = tmp_path / "bad-theme.json"
    bad.write_text((THEMES / "default.json").read_text().replace('"hint": {"fg": "bright-black"}', '"hint": {"fg": "purplish"}'))
    done = run(termccp_path, "check", bad)
    assert done.returncode == 2
    line = next(i for i, text in enumerate(bad.read_text().splitlines(), 1) if "purplish" in text)
    assert f"{bad}:{line}: theme:" in done.stdout, done.stdout
    assert "Actions" not in done.stdout, "a theme must not be checked as a flow"


def test_an_unknown_kind_of_file_says_what_it_is_and_what_check_takes(termccp_path, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x\n")
    done = run(termccp_path, "check", notes)
    assert done.returncode == 2
    assert f"{notes}: a .txt file is not a kind termccp knows — check takes scenarios and lessons" in done.stdout


def test_a_lesson_given_to_run_says_to_use_learn(termccp_path):
    for args in (["run", LESSON], ["script", "--scenario", LESSON, ROOT / "Tests" / "ScriptTests" / "Scripts" / "01-inbound-call.ccp"]):
        done = run(termccp_path, *args)
        assert done.returncode == 2
        assert f"{LESSON}: this is a lesson, not a scenario — run it with termccp learn {LESSON}" in done.stderr
        assert "unknown key" not in done.stderr
        assert len(done.stderr.splitlines()) == 2, done.stderr


def test_a_scenario_given_to_learn_says_to_use_run(termccp_path):
    done = run(termccp_path, "learn", SCENARIO)
    assert done.returncode == 2
    assert f"{SCENARIO}: this is a scenario, not a lesson — run it with termccp run {SCENARIO}" in done.stderr
    assert "unknown key" not in done.stderr
    assert len(done.stderr.splitlines()) == 2, done.stderr


SCRIPT = ROOT / "Tests" / "ScriptTests" / "Scripts" / "01-inbound-call.ccp"
TEST_CASE = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "fail-assert-reports-the-check.json"
FLOW = ROOT / "Tests" / "e2e" / "fixtures" / "instance" / "describe-contact-flow-10000000-0000-4000-8000-000000000001.json"
THEME = THEMES / "default.json"

KIND_NAMES = {SCRIPT: "a script", SCENARIO: "a scenario", LESSON: "a lesson", TEST_CASE: "an Amazon Connect test case",
              FLOW: "a flow export", THEME: "a CCP theme"}


@pytest.mark.parametrize("command, expected, wrong", [
    ("script", "a script", SCENARIO), ("script", "a script", LESSON), ("script", "a script", TEST_CASE),
    ("script", "a script", FLOW), ("script", "a script", THEME),
    ("demo", "a script", SCENARIO), ("demo", "a script", LESSON), ("demo", "a script", TEST_CASE),
    ("test", "an Amazon Connect test case", SCRIPT), ("test", "an Amazon Connect test case", SCENARIO),
    ("test", "an Amazon Connect test case", LESSON), ("test", "an Amazon Connect test case", FLOW),
    ("run", "a scenario", SCRIPT), ("run", "a scenario", TEST_CASE), ("learn", "a lesson", SCRIPT),
])
def test_a_file_of_another_kind_is_named_in_one_line_with_the_command_that_takes_it(termccp_path, tmp_path, command, expected, wrong):
    # Before, `script SCENARIO.yaml` printed a line per YAML line ("unknown command"), `test x.ccp` "malformed JSON".
    junit = tmp_path / "report.xml"
    args = [command, wrong] + (["--junit", junit] if command in ("script", "test") else [])
    done = run(termccp_path, *args)
    assert done.returncode == 2, done.stderr
    first = done.stderr.splitlines()[0]
    assert first.startswith(f"{wrong}: this is {KIND_NAMES[wrong]}, not {expected} — "), done.stderr
    assert "unknown command" not in done.stderr and "malformed" not in done.stderr and "unknown key" not in done.stderr
    # script, test and demo report a bad file as one line; run and learn add their "nothing was run" line.
    assert len(done.stderr.splitlines()) == (2 if command in ("run", "learn") else 1), done.stderr
    if command in ("script", "test"):
        assert '<error type="BadInput"' in junit.read_text(), "the JUnit report names the wrong-kind file as an <error>"


def test_demo_with_its_arguments_swapped_says_so(termccp_path):
    done = run(termccp_path, "demo", SCENARIO, SCRIPT)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"{SCENARIO}: this is a scenario and {SCRIPT} is a script: the two are the wrong way round — give the script first: termccp demo {SCRIPT} {SCENARIO}"]


def test_a_wrong_kind_file_in_a_suite_is_an_error_testcase_while_the_others_run(termccp_path, tmp_path):
    junit = tmp_path / "report.xml"
    done = run(termccp_path, "script", SCRIPT, SCENARIO, "--junit", junit)
    assert done.returncode == 2
    assert f"{SCRIPT}: passed" in done.stdout
    cases = {case.get("name"): case for case in ElementTree.parse(junit).getroot().iter("testcase")}
    error = cases[str(SCENARIO)].find("error")
    assert error is not None and "this is a scenario, not a script" in error.get("message")
    assert cases[str(SCRIPT)].find("error") is None and cases[str(SCRIPT)].find("failure") is None


def test_check_of_a_ccp_file_holding_a_scenario_says_what_it_is(termccp_path, tmp_path):
    misnamed = tmp_path / "scenario.ccp"
    shutil.copy(SCENARIO, misnamed)
    done = run(termccp_path, "check", misnamed)
    assert done.returncode == 2
    assert f"{misnamed}: this is a scenario, not a script — run it with termccp run {misnamed}" in done.stdout
    assert "unknown command" not in done.stdout


def written_outputs(termccp_path, folder):
    """Every kind of file termccp writes, made by termccp itself where a command run without a terminal makes it;
    the lesson reports (written only after a lesson played in a terminal) in their documented shape
    (docs/lesson-format.md, Reports)."""
    out = {name: folder / name for name in ("diagram.mmd", "diagram.svg", "records.json", "events.jsonl", "report.xml", "results.json")}
    done = run(termccp_path, "script", SCRIPT, "--diagram", out["diagram.mmd"], "--records", out["records.json"],
               "--events", out["events.jsonl"], "--junit", out["report.xml"])
    assert done.returncode == 0, done.stderr
    assert run(termccp_path, "script", SCRIPT, "--diagram", out["diagram.svg"]).returncode == 0
    done = run(termccp_path, "test", TEST_CASE, "--scenario", SCENARIO, "--results", out["results.json"])
    assert out["results.json"].exists(), done.stderr
    out["demo.cast"] = folder / "demo.cast"
    out["demo.cast"].write_text('{"version": 2, "width": 80, "height": 24, "timestamp": 0, "env": {"TERM": "xterm"}}\n'
                                '[0.5, "o", "\\u001b[H"]\n')
    out["lesson.json"] = folder / "lesson.json"
    out["lesson.json"].write_text('{"lesson": "Take a call", "source": "take-a-call", "agent": "john", "result": "completed", '
                                  '"duration": 40, "score": null, "measures": null, "handleTime": null, "goals": [], "forbidden": []}\n')
    out["lesson.csv"] = folder / "lesson.csv"
    out["lesson.csv"].write_text("lesson,row,goal_number,goal_id,goal,met,met_at_s,result,score,time_to_answer_s,handle_time_s,"
                                 "customer_hold_s,holds,transfers_completed,refused_moves,forbidden_events,missed_offers,"
                                 "forbidden_rule,forbidden_event,forbidden_at_s\r\n")
    return out


OUTPUT_NAMES = {"diagram.mmd": ("a sequence diagram (Mermaid)", "--diagram"), "diagram.svg": ("a sequence diagram (SVG picture)", "--diagram"),
                "records.json": ("a contact record file (JSON)", "--records"), "events.jsonl": ("an engine event log (JSON Lines)", "--events"),
                "report.xml": ("a JUnit XML report", "--junit"), "results.json": ("a test case results file (JSON)", "--results"),
                "demo.cast": ("a recording (asciicast)", "--record"), "lesson.json": ("a lesson report (JSON)", "--report"),
                "lesson.csv": ("a lesson report (CSV)", "--report")}


@pytest.mark.parametrize("command, expected", [("run", "a scenario"), ("script", "a script"), ("test", "an Amazon Connect test case"),
                                               ("learn", "a lesson"), ("demo", "a script"), ("--scenario", "a scenario")])
def test_a_file_termccp_wrote_given_as_an_input_says_what_it_is_and_which_command_writes_it(termccp_path, tmp_path, command, expected):
    # Before, `termccp run x.mmd` was read as YAML ("mapping values are not allowed"), `script x.mmd` as a script.
    for name, path in written_outputs(termccp_path, tmp_path).items():
        kind, flag = OUTPUT_NAMES[name]
        args = ["script", "--scenario", path, SCRIPT] if command == "--scenario" else [command, path]
        done = run(termccp_path, *args)
        assert done.returncode == 2, (name, done.stderr)
        first = done.stderr.splitlines()[0]
        assert first.startswith(f"{path}: this is {kind}, not {expected} — "), first
        assert f"{flag} " in first and " writes it" in first, first
        assert "YAML" not in done.stderr and "unknown command" not in done.stderr and "malformed" not in done.stderr, done.stderr


def test_check_names_a_file_termccp_wrote_instead_of_checking_it_as_an_input(termccp_path, tmp_path):
    outputs = written_outputs(termccp_path, tmp_path)
    done = run(termccp_path, "check", *outputs.values())
    assert done.returncode == 2
    for name, path in outputs.items():
        kind, flag = OUTPUT_NAMES[name]
        line = next(l for l in done.stdout.splitlines() if l.startswith(f"{path}:"))
        assert line.startswith(f"{path}: this is {kind}, a file termccp writes, not one check reads — "), line
        assert f"{flag} " in line, line
    assert "Actions" not in done.stdout, "a JSON output must not be checked as a flow"
    assert done.stdout.splitlines()[-1] == f"{len(outputs)} files checked: {len(outputs)} errors, 0 warnings"


def test_every_kind_of_input_saved_with_a_byte_order_mark_reads_as_without_it(termccp_path, tmp_path):
    # Editors on Windows save UTF-8 with a byte order mark; the YAML reader took it as part of the first key and
    # refused every such scenario and lesson ("YAML syntax ... line 2"). RFC 3629 §6: the mark is not text.
    bom = b"\xef\xbb\xbf"
    for source, name in [(LESSON, "lesson.yaml"), (THEMES / "light.json", "theme.json")]:
        (tmp_path / name).write_bytes(bom + source.read_bytes())
    (tmp_path / "scenario.yaml").write_bytes(bom + b"queues: [{ name: Q }]\nroutingProfiles: [{ name: P, queues: [Q] }]\n"
                                             b"agents: [{ username: a, routingProfile: P }]\n")
    (tmp_path / "call.ccp").write_bytes(bom + b"call +15555550123 -> +18005550100\nwait 3s\nexpect caller \"In queue\"\n")
    done = run(termccp_path, "check", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "4 files checked: 0 errors, 0 warnings", done.stdout
    script = run(termccp_path, "script", tmp_path / "call.ccp")
    assert script.returncode == 0, script.stdout + script.stderr
    # A byte that is not UTF-8 after the mark is still found at its offset in the file, the mark counted.
    (tmp_path / "bad.yaml").write_bytes(bom + b"queues:\n  - name: Caf\xe9\n")
    bad = run(termccp_path, "check", tmp_path / "bad.yaml")
    assert bad.returncode == 2
    assert f"{tmp_path / 'bad.yaml'}:2: the file is not UTF-8 text: byte 0xE9 at byte offset 24" in bad.stdout, bad.stdout


def test_check_of_an_empty_yaml_file_says_it_is_empty_and_what_each_kind_starts_with(termccp_path, tmp_path):
    # It cannot tell a lesson from a scenario with nothing in it: "the scenario is empty" misled a trainer
    # starting a lesson file (issue 11 review 3). learn and run know which kind they expect and say so.
    empty = tmp_path / "week1.yaml"
    empty.write_text("# lesson for week 1\n")
    done = run(termccp_path, "check", empty)
    assert done.returncode == 2
    assert done.stdout.startswith(f"{empty}:1: the file is empty — a lesson starts with `title:`, `story:` and `goals:`")
    assert "scenario is empty" not in done.stdout
    learn = run(termccp_path, "learn", empty)
    assert learn.returncode == 2 and "the lesson is empty" in learn.stderr + learn.stdout
