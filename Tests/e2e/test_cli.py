"""The command line as a user and a CI job meet it (README "Command line"): `termccp script` exit
statuses 0/1/2, the contents of --events and --records, nothing written on bad input, --trace,
--coverage, `termccp check`'s output, the output paths that are refused before anything runs
(issue 8 point 2), write errors and signals that leave nothing half-written (point 3), --version
and shell completions."""

import json
import os
import re
import resource
import signal
import stat
import subprocess
import time

import pytest

from conftest import ROOT

# One inbound call on the built-in scenario, answered and ended by John (docs §3.4 Inbound).
PASSING = """\
as john
manual maria
manual sam
call +15555550123 -> +18005550100
wait until banner "Incoming call"
accept
wait until banner Connected
expect party customer connected
end
expect banner "After contact work"
clear
expect no contact
expect records 1
"""


def run(termccp_path, *args, cwd, env=None, timeout=60, preexec=None):
    full_env = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", "HOME": str(cwd)}
    full_env.update(env or {})
    return subprocess.run([termccp_path, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=full_env, stdin=subprocess.DEVNULL, preexec_fn=preexec)


def listing(folder):
    return sorted(os.listdir(folder))


@pytest.fixture
def cli(termccp_path, tmp_path):
    """cli(*args) runs termccp in tmp_path; write(name, text) puts a file there."""
    def call(*args, **kw):
        return run(termccp_path, *args, cwd=tmp_path, **kw)
    return call


def write(folder, name, text):
    path = folder / name
    path.write_text(text)
    return path


# ---------------------------------------------------------------- exit statuses

def test_script_that_holds_exits_0_and_counts_its_expectations(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp")
    assert done.returncode == 0, done.stderr
    m = re.fullmatch(r"call\.ccp: passed, (\d+) expectations \(virtual time \d+:\d\d\)\n", done.stdout)
    assert m and int(m.group(1)) >= 4, done.stdout


def test_false_expectation_exits_1_naming_the_line_and_what_was_seen(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING.replace("expect records 1", "expect records 2"))
    done = cli("script", "call.ccp")
    assert done.returncode == 1
    first = done.stdout.splitlines()[0]
    assert first == "call.ccp:13: expect records 2"
    assert "1" in done.stdout.splitlines()[1]


def test_unknown_command_is_bad_input_exit_2_with_file_and_line(cli, tmp_path):
    write(tmp_path, "bad.ccp", "as john\nfrobnicate now\n")
    done = cli("script", "bad.ccp")
    assert done.returncode == 2
    assert done.stderr.startswith("bad.ccp:2:")
    assert done.stdout == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_and_errors_on_one_pipe_stay_whole_lines_in_order(termccp_path, tmp_path, jobs):
    # A CI log is usually `2>&1`: an error must not land inside a result line, whatever the buffer size.
    names = [write(tmp_path, f"pass-{i:03}-{'x' * 60}.ccp", PASSING).name for i in range(120)]
    # An agent the scenario lacks is found as the file runs, after the others printed their results.
    names.append(write(tmp_path, "zz-bad.ccp", "as john\ncall +15555550123 -> +18005550100\nas olga\n").name)
    done = subprocess.run([termccp_path, "script", "-j", jobs, *names], cwd=tmp_path, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    passed = [line for line in lines if line.startswith("pass-")]
    assert len(passed) == 120
    assert all(re.fullmatch(r"pass-\d{3}-x{60}\.ccp: passed, .*", line) for line in passed)
    assert lines[-2].startswith("zz-bad.ccp:3: no agent named")
    # The suite's closing line: the bad file did not stop the others (README "QA").
    assert lines[-1] == "termccp: 1 of 121 files could not run (bad input, above); the others ran"
    assert lines[:-2] == passed


def test_missing_script_is_bad_input(cli):
    done = cli("script", "nowhere.ccp")
    assert done.returncode == 2
    assert "nowhere.ccp" in done.stderr


@pytest.mark.parametrize("args,hint", [(["scirpt", "call.ccp"], '; did you mean "script"?'),
                                       (["demoo", "call.ccp"], '; did you mean "demo"?'),
                                       (["bogus"], ".")])
def test_a_mistyped_command_is_named_with_the_closest_command_not_read_as_runs_scenario(cli, tmp_path, args, hint):
    # review12: `run` is the default command, so `termccp scirpt call.ccp` answered "Unexpected argument
    # 'call.ccp'" with run's usage, and `termccp bogus` said the scenario file "bogus" does not exist.
    write(tmp_path, "call.ccp", PASSING)
    done = cli(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f'termccp: unknown command "{args[0]}"{hint} Commands: run, script, test, check, '), done.stderr
    assert "Usage:" not in done.stderr and "Unexpected argument" not in done.stderr, done.stderr


def test_a_first_word_naming_a_file_is_still_runs_scenario(cli, tmp_path):
    # A scenario file may have no extension: a word that names a file is not taken for a command.
    write(tmp_path, "floor", "not: [a scenario\n")
    done = cli("floor")
    assert done.returncode == 2
    assert "unknown command" not in done.stderr and "floor" in done.stderr + done.stdout, done.stderr


def test_bad_flag_is_bad_input(cli):
    done = cli("script", "--no-such-flag", "x.ccp")
    assert done.returncode == 2
    assert "--no-such-flag" in done.stderr


# ---------------------------------------------------------------- what is written

def test_events_are_json_lines_in_virtual_time_order(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--events", "events.jsonl")
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    events = [json.loads(line) for line in lines]
    assert events, "no event written"
    for e in events:
        assert isinstance(e["at"], int) and isinstance(e["type"], str)
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)
    types = [e["type"] for e in events]
    # The offer to John comes before the contact is connected to him (docs §6 rule 3).
    offered = next(i for i, e in enumerate(events) if e["type"] == "contact.offered" and e.get("agent") == "john")
    assert any(e.get("agent") == "john" and "connect" in e["type"] for e in events[offered + 1:]), types
    assert listing(tmp_path) == ["call.ccp", "events.jsonl"]


def test_events_carry_streams_states_flow_actions_and_prompts(cli, tmp_path):
    # Typed engine events as --events writes them (issue 9): Streams state names (docs §6 rules 1-3), flow
    # actions as the Testing language observes them, prompts with whom they played to.
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--events", "events.jsonl")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    states = [e["state"] for e in events if e["type"] == "contact.state" and e["agent"] == "john"]
    assert states == ["connecting", "connected", "ended"]
    customer = [e["state"] for e in events if e["type"] == "party.state" and e.get("party") == "customer"]
    assert customer == ["disconnected"]
    assert {e["state"] for e in events if e["type"] == "party.state" and "leg" in e} == {"connected", "disconnected"}
    started = [e for e in events if e["type"] == "flow.action_started"]
    completed = [e for e in events if e["type"] == "flow.action_completed"]
    assert started and completed
    greeting = next(e for e in completed if e["action"] == "greeting")
    assert greeting["action_type"] == "MessageParticipant" and greeting["branch"] == "Success"
    assert greeting["flow"] == "Sample inbound" and greeting["role"] == "inbound"
    whisper = next(e for e in events if e["type"] == "prompt" and e["kind"] == "whisper")
    assert whisper["party"] == "agent john" and whisper["text"] == "BasicQueue"


def test_records_are_the_completed_contacts_in_connect_field_names(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--records", "records.json")
    assert done.returncode == 0, done.stderr
    records = json.loads((tmp_path / "records.json").read_text())
    assert len(records) == 1
    r = records[0]
    assert r["InitiationMethod"] == "INBOUND"
    assert r["Agent"]["Username"] == "john"
    assert r["CustomerEndpoint"]["Address"] == "+15555550123"
    assert r["SystemEndpoint"]["Address"] == "+18005550100"
    assert r["DisconnectReason"] == "AGENT_DISCONNECT"
    assert re.fullmatch(r"[0-9a-f-]{36}", r["ContactId"])
    assert listing(tmp_path) == ["call.ccp", "records.json"]


def test_output_written_when_an_expectation_failed(cli, tmp_path):
    # A failing run ran to its end: its events and records are what a QA engineer reads to see why.
    write(tmp_path, "call.ccp", PASSING.replace("expect records 1", "expect records 2"))
    done = cli("script", "call.ccp", "--records", "records.json", "--events", "events.jsonl")
    assert done.returncode == 1
    assert len(json.loads((tmp_path / "records.json").read_text())) == 1
    assert (tmp_path / "events.jsonl").read_text().strip()


def test_bad_input_writes_nothing_and_keeps_the_old_files(cli, tmp_path):
    write(tmp_path, "bad.ccp", "as john\ncall +15555550123 -> +18005550100\nfrobnicate\n")
    write(tmp_path, "events.jsonl", "old events\n")
    write(tmp_path, "records.json", "old records\n")
    done = cli("script", "bad.ccp", "--events", "events.jsonl", "--records", "records.json")
    assert done.returncode == 2
    assert (tmp_path / "events.jsonl").read_text() == "old events\n"
    assert (tmp_path / "records.json").read_text() == "old records\n"
    assert listing(tmp_path) == ["bad.ccp", "events.jsonl", "records.json"]


def test_refused_command_at_run_time_writes_nothing(cli, tmp_path):
    # A scenario that does not load is bad input found after the outputs were opened.
    write(tmp_path, "call.ccp", PASSING)
    write(tmp_path, "broken.yaml", "agents: [ { username: x\n")
    done = cli("script", "call.ccp", "--scenario", "broken.yaml", "--events", "events.jsonl")
    assert done.returncode == 2
    assert "broken.yaml" in done.stderr
    assert listing(tmp_path) == ["broken.yaml", "call.ccp"]


def test_records_take_one_script(cli, tmp_path):
    write(tmp_path, "a.ccp", PASSING)
    write(tmp_path, "b.ccp", PASSING)
    done = cli("script", "a.ccp", "b.ccp", "--records", "records.json")
    assert done.returncode == 2
    assert "--records takes one script" in done.stderr
    assert listing(tmp_path) == ["a.ccp", "b.ccp"]


def test_existing_regular_file_is_replaced_keeping_its_permissions(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    old = write(tmp_path, "records.json", "old\n")
    os.chmod(old, 0o640)
    done = cli("script", "call.ccp", "--records", "records.json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(old.read_text())) == 1
    assert stat.S_IMODE(os.stat(old).st_mode) == 0o640


# ---------------------------------------------------------------- trace, coverage, check

def test_trace_prints_each_flow_action_with_its_branch(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--trace")
    assert done.returncode == 0, done.stderr
    trace = [l for l in done.stdout.splitlines() if l.startswith("[")]
    assert trace
    for line in trace:
        assert re.fullmatch(r"\[\d+:\d\d\] .+ › .+ \(\w+\) → .+", line), line
    # The built-in inbound flow plays its greeting and transfers to the queue.
    assert any("Sample inbound" in l and "(MessageParticipant)" in l for l in trace)
    assert any("(TransferContactToQueue)" in l for l in trace)


def test_coverage_reports_actions_and_branches_per_flow(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--coverage")
    assert done.returncode == 0, done.stderr
    report = done.stdout.split("Flow coverage\n", 1)[1].splitlines()
    inbound = next(l for l in report if l.startswith("  Sample inbound"))
    assert re.search(r"actions \d+/\d+, branches \d+/\d+ \(\d+%\)", inbound)


def test_check_prints_problems_with_their_place_and_a_summary(cli, tmp_path):
    write(tmp_path, "ok.ccp", PASSING)
    write(tmp_path, "bad.ccp", "as john\nfrobnicate\n")
    done = cli("check", "ok.ccp", "bad.ccp")
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    assert any(l.startswith("bad.ccp:2:") for l in lines), lines
    assert not any(l.startswith("ok.ccp") for l in lines)
    assert lines[-1] == "2 files checked: 1 error, 0 warnings"


def test_check_of_good_files_exits_0(cli, tmp_path):
    write(tmp_path, "ok.ccp", PASSING)
    done = cli("check", "ok.ccp")
    assert done.returncode == 0, done.stdout
    assert done.stdout == "1 file checked: 0 errors, 0 warnings\n"


# ---------------------------------------------------------------- output paths (issue 8 point 2)

def make_target(tmp_path, kind):
    """An existing path that is not a regular file; returns (path, check that it is untouched)."""
    target = tmp_path / "out"
    if kind == "directory":
        target.mkdir()
        (target / "keep.txt").write_text("precious\n")
        return target, lambda: target.is_dir() and (target / "keep.txt").read_text() == "precious\n"
    if kind == "fifo":
        os.mkfifo(target)
        return target, lambda: stat.S_ISFIFO(os.lstat(target).st_mode)
    if kind == "symlink":
        real = tmp_path / "real.json"
        real.write_text("precious\n")
        target.symlink_to(real)
        return target, lambda: target.is_symlink() and real.read_text() == "precious\n"
    if kind == "dangling-symlink":
        target.symlink_to(tmp_path / "nowhere")
        return target, lambda: target.is_symlink() and not (tmp_path / "nowhere").exists()
    if kind == "device":
        return "/dev/null", lambda: stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    raise AssertionError(kind)


KINDS = {"directory": "a folder", "fifo": "a FIFO", "symlink": "a symbolic link",
         "dangling-symlink": "a symbolic link", "device": "a device"}


@pytest.mark.parametrize("flag", ["--events", "--records", "--junit"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_output_path_that_is_not_a_regular_file_is_refused_before_the_run(cli, tmp_path, flag, kind):
    write(tmp_path, "call.ccp", PASSING)
    target, untouched = make_target(tmp_path, kind)
    before = listing(tmp_path)
    done = cli("script", "call.ccp", flag, str(target), timeout=20)
    assert done.returncode == 2
    assert f"{flag} {target}: is {KINDS[kind]}" in done.stderr
    assert "nothing was run" in done.stderr
    assert "passed" not in done.stdout
    assert untouched()
    assert listing(tmp_path) == before


@pytest.mark.parametrize("spelling", ["same.json", "./same.json", "sub/../same.json"])
def test_events_and_records_on_one_path_are_refused(cli, tmp_path, spelling):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--events", "same.json", "--records", spelling)
    assert done.returncode == 2
    assert "--events and --records name the same file" in done.stderr
    assert listing(tmp_path) == ["call.ccp", "sub"]


def test_junit_and_events_on_one_path_are_refused(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--events", "out.xml", "--junit", "./out.xml")
    assert done.returncode == 2
    assert "--events and --junit name the same file" in done.stderr
    assert listing(tmp_path) == ["call.ccp"]


def test_output_on_an_input_is_refused(cli, tmp_path):
    script = write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--records", "call.ccp")
    assert done.returncode == 2
    assert "termccp: --records call.ccp: is an input of this run" in done.stderr
    assert script.read_text() == PASSING


@pytest.mark.parametrize("path,why", [("missing/out.json", "its folder does not exist"),
                                      ("file.txt/out.json", "a part of the path is not a folder")])
def test_output_that_cannot_be_written_is_refused_before_the_run(cli, tmp_path, path, why):
    write(tmp_path, "call.ccp", PASSING)
    write(tmp_path, "file.txt", "x\n")
    done = cli("script", "call.ccp", "--events", path)
    assert done.returncode == 2
    assert f"--events {path}: cannot be written ({why})" in done.stderr
    assert "passed" not in done.stdout
    assert listing(tmp_path) == ["call.ccp", "file.txt"]


TEST_CASE = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "fail-assert-reports-the-check.json"
TEST_CASE_SCENARIO = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "scenario.yaml"

# Every option that names a file termccp writes, with the command around it (FLAG stands for the path).
OUTPUT_OPTIONS = [
    ["script", "call.ccp", "--diagram", "FLAG"], ["script", "call.ccp", "--records", "FLAG"],
    ["script", "call.ccp", "--events", "FLAG"], ["script", "call.ccp", "--junit", "FLAG"],
    ["test", str(TEST_CASE), "--scenario", str(TEST_CASE_SCENARIO), "--events", "FLAG"],
    ["test", str(TEST_CASE), "--scenario", str(TEST_CASE_SCENARIO), "--junit", "FLAG"],
    ["test", str(TEST_CASE), "--scenario", str(TEST_CASE_SCENARIO), "--results", "FLAG"],
    ["learn", "take-a-call", "--report", "FLAG"], ["run", "--record", "FLAG"], ["demo", "call.ccp", "--record", "FLAG"],
    ["import", "export", "-o", "FLAG"],
]
# A folder, a path whose folder is missing, and one the system will not let anyone write (sysfs refuses a new
# file even to root, so the check holds whoever runs the tests); each path names its kind of file.
UNWRITABLE = "/sys/kernel/termccp-test"
PLACES = {"a folder": ("out", "is a folder"), "a missing folder": ("missing/out", "cannot be written (its folder does not exist)"),
          "an unwritable folder": (UNWRITABLE, "cannot be written (permission denied)")}
NOTHING_DONE = {"script": "nothing was run.", "test": "nothing was run.", "learn": "nothing was run.",
                "run": "nothing was run.", "demo": "nothing was run.", "import": "nothing was written."}
EXTENSIONS = {"--diagram": ".mmd", "--records": ".json", "--events": ".jsonl", "--junit": ".xml", "--results": ".json",
              "--report": ".json", "--record": ".cast", "-o": ".yaml"}


@pytest.mark.parametrize("args", OUTPUT_OPTIONS, ids=lambda a: f"{a[0]} {a[-2]}")
@pytest.mark.parametrize("place", list(PLACES))
def test_every_output_option_refuses_a_path_it_cannot_write_in_one_message_shape(cli, tmp_path, args, place):
    # Issue 12 review point 5: `--diagram /tmp` printed ArgumentParser's "Error: ..." where every other
    # refused output says "termccp: FLAG PATH: why" with status 2. Nothing is written, a folder is left as it was.
    if place == "an unwritable folder" and not os.path.isdir("/sys/kernel"):
        pytest.skip("no sysfs here")
    write(tmp_path, "call.ccp", PASSING)
    (tmp_path / "export").mkdir()
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept\n")
    flag = args[-2]
    path, why = PLACES[place]
    if place != "a folder":
        path += EXTENSIONS[flag]
    before = listing(tmp_path)
    done = cli(*[path if a == "FLAG" else a for a in args], timeout=30)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"termccp: {flag} {path}: {why}"), done.stderr
    # ...and ends saying nothing happened, as every other refusal before a run does (run and demo --record said
    # only the reason, import -o too).
    assert done.stderr.rstrip().endswith(NOTHING_DONE[args[0]]), done.stderr
    assert "Error:" not in done.stderr and "Usage:" not in done.stderr, done.stderr
    assert listing(tmp_path) == before
    assert listing(folder) == ["kept.txt"] and (folder / "kept.txt").read_text() == "kept\n"


@pytest.mark.parametrize("args", OUTPUT_OPTIONS, ids=lambda a: f"{a[0]} {a[-2]}")
@pytest.mark.parametrize("name", ["out.mmd", "out.svg", "out.cast"])
def test_an_output_named_as_another_kind_of_file_is_refused_before_the_run(cli, tmp_path, args, name):
    # Issue 12 review point 6: .mmd, .svg and .cast name their kind whatever a file holds (OutputKind), so an
    # option writing another kind under such a name (`--events out.mmd`) made a file termccp later took for
    # that kind. Each option is checked the same way; its own kind's name is taken.
    flag = args[-2]
    own = {"--diagram": ("out.mmd", "out.svg"), "--record": ("out.cast",)}.get(flag, ())
    if name in own:
        pytest.skip(f"{name} is {flag}'s own kind")
    write(tmp_path, "call.ccp", PASSING)
    (tmp_path / "export").mkdir()
    before = listing(tmp_path)
    done = cli(*[name if a == "FLAG" else a for a in args], timeout=30)
    assert done.returncode == 2, done.stderr
    expected = (f"termccp: {flag} {name}: the file's extension chooses the format" if flag == "--diagram"
                else f"termccp: {flag} {name}: .{name.split('.')[-1]} names a ")
    assert done.stderr.startswith(expected), done.stderr
    assert done.stderr.rstrip().endswith(NOTHING_DONE[args[0]]), done.stderr
    assert listing(tmp_path) == before


@pytest.mark.parametrize("command", [["run"], ["learn", "take-a-call"], ["demo", "call.ccp"]])
def test_a_theme_option_given_an_output_or_another_input_says_what_the_file_is(cli, tmp_path, command):
    # Issue 12 review point 6: `--theme x.mmd` was looked up as a built-in theme's name ("unknown theme"),
    # bypassing the file-kind check every other input option makes (FileKindMismatch).
    write(tmp_path, "call.ccp", PASSING)
    assert cli("script", "call.ccp", "--diagram", "written.mmd").returncode == 0
    cases = {"written.mmd": "written.mmd: this is a sequence diagram (Mermaid), not a CCP theme — termccp script SCRIPT.ccp --diagram written.mmd writes it",
             "missing.cast": "missing.cast: this is the name of a recording (asciicast), not a CCP theme — give --theme a built-in theme's name",
             "call.ccp": "call.ccp: this is a script, not a CCP theme — run it with termccp script call.ccp"}
    for theme, first in cases.items():
        done = cli(*command, "--theme", theme, timeout=30)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith(first), done.stderr
        assert "unknown theme" not in done.stderr


@pytest.mark.parametrize("command", [["run"], ["learn", "take-a-call"], ["demo", "call.ccp"]])
def test_a_theme_named_by_termccp_theme_is_checked_and_reported_as_coming_from_it(cli, tmp_path, command):
    # --theme's help says its default is $TERMCCP_THEME, which nothing read: a bad one must be refused before
    # the terminal is touched, naming the variable, and --theme must win over it.
    write(tmp_path, "call.ccp", PASSING)
    done = cli(*command, env={"TERMCCP_THEME": "sepia"}, timeout=30)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith('termccp: TERMCCP_THEME: unknown theme "sepia"; built-in themes: default'), done.stderr
    done = cli(*command, env={"TERMCCP_THEME": "out.mmd"}, timeout=30)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("TERMCCP_THEME: out.mmd: this is the name of a sequence diagram (Mermaid), "
                                  "not a CCP theme — give TERMCCP_THEME a built-in theme's name"), done.stderr
    overridden = cli(*command, "--theme", "light", env={"TERMCCP_THEME": "sepia"}, timeout=30)
    assert "TERMCCP_THEME" not in overridden.stderr and "sepia" not in overridden.stderr, overridden.stderr


# ---------------------------------------------------------------- write errors and signals (point 3)

def limit_file_size(limit):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_file_too_large_is_a_clear_message_and_leaves_the_old_file(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    write(tmp_path, "events.jsonl", "old\n")
    done = cli("script", "call.ccp", "--events", "events.jsonl", preexec=limit_file_size(512))
    assert done.returncode == 2
    assert "--events events.jsonl: write failed (file too large); the file was left as it was" in done.stderr
    assert (tmp_path / "events.jsonl").read_text() == "old\n"
    assert listing(tmp_path) == ["call.ccp", "events.jsonl"]


# A run that takes seconds of engine work: calls one after another on virtual time.
LONG = "as john\nmanual maria\nmanual sam\n" + "".join(
    "call +15555550123 -> +18005550100\nwait 2m\n" for _ in range(3000))


def no_core_files():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def start_long_run(termccp_path, tmp_path):
    """A run caught mid-way: both partial files exist and events are being written."""
    write(tmp_path, "long.ccp", LONG)
    write(tmp_path, "events.jsonl", "old events\n")
    proc = subprocess.Popen([termccp_path, "script", "long.ccp", "--events", "events.jsonl", "--records",
                             "records.json"], cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=no_core_files)
    deadline = time.monotonic() + 30
    while True:
        partial = [n for n in os.listdir(tmp_path) if ".partial-" in n]
        events = [n for n in partial if n.startswith("events")]
        if len(partial) == 2 and events and os.path.getsize(tmp_path / events[0]) > 0:
            return proc
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the run was never caught writing: {proc.communicate()}")
        time.sleep(0.01)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGPIPE,
                                 signal.SIGUSR1, signal.SIGALRM], ids=lambda s: s.name)
def test_signal_during_a_run_removes_the_partial_files(termccp_path, tmp_path, sig):
    proc = start_long_run(termccp_path, tmp_path)
    proc.send_signal(sig)
    proc.communicate(timeout=30)
    # Ended by the signal itself, so a shell sees 128 + n and a loop of runs stops on Ctrl-C.
    assert proc.returncode == -sig
    assert listing(tmp_path) == ["events.jsonl", "long.ccp"]
    assert (tmp_path / "events.jsonl").read_text() == "old events\n"


# ---------------------------------------------------------------- conventions (issue 14 point 27)

def test_version(cli):
    done = cli("--version")
    assert done.returncode == 0
    assert re.fullmatch(r"termccp \d+\.\d+\.\d+\n", done.stdout)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_script(cli, shell):
    done = cli("--generate-completion-script", shell)
    assert done.returncode == 0, done.stderr
    for word in ("script", "check", "run", "records", "scenario"):
        assert word in done.stdout


def test_bash_completion_completes_subcommands(cli, tmp_path):
    done = cli("--generate-completion-script", "bash")
    completion = write(tmp_path, "termccp.bash", done.stdout)
    probe = (f'source "{completion}"; COMP_WORDS=(termccp sc); COMP_CWORD=1; COMP_LINE="termccp sc"; '
             f'COMP_POINT=10; _termccp; printf "%s\\n" "${{COMPREPLY[@]}}"')
    got = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=20)
    assert "script" in got.stdout.split(), got.stdout + got.stderr


@pytest.mark.parametrize("args", [["--speed", "-1"], ["run", "--speed", "-1"], ["learn", "take-a-call", "--speed", "-1"], ["demo", "examples/warm-transfer.ccp", "--speed", "-1"],
                                  ["--speed", "0"], ["--speed", "101"]])
def test_a_speed_out_of_range_says_the_allowed_range(termccp_path, args):
    # `--speed -1` read as a missing value before; every bad speed now names the range.
    done = subprocess.run([termccp_path, *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert "--speed must be from 0.1 to 100" in done.stderr
    assert "Missing value" not in done.stderr
